// Published indices outside /indices/, on the built site's data (the demo's two simulated
// indices): a profile's section (34-unit /provinces/79/, pre-merger /provinces/63-02/) shows for
// each index the unit's latest year, score, rank, published rank, national mean, best unit and
// top-level components, equal to this test's own SQL over published_indices (native oracle); on
// /rankings/, choosing a published index for the map redraws it with quartile classes equal to
// an independent computation from the same table.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOracle, openPage, waitForEngineReady } from './harness';
import type { NativeDb } from '../../src/lib/server/native-db';
import type { Row } from '../../src/lib/metrics/query';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle();
});
afterAll(() => oracle?.close());

const en = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v);
const q = (sql: string, params: (string | number)[] = []): Promise<Row[]> => oracle.run({ sql, params });

async function cells(page: Page, selector: string): Promise<string[][]> {
	return page.$$eval(`${selector} tbody tr`, (rows) =>
		rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''))
	);
}

/** The oracle's figures of one unit for every index: latest year of its units, with its overall row. */
async function expectedFigures(code: string, is34: boolean) {
	const years = await q(
		`SELECT index_code, max(year)::INTEGER AS year FROM published_indices
		 WHERE component = '' AND province_code = ? AND ${is34 ? 'year >= 2025' : 'year < 2025'}
		 GROUP BY index_code ORDER BY index_code`,
		[code]
	);
	const out = [];
	for (const y of years) {
		const [overall] = await q(
			`SELECT (SELECT score FROM published_indices WHERE index_code = ? AND year = ? AND component = '' AND province_code = ?) AS score,
			   (SELECT rank FROM published_indices WHERE index_code = ? AND year = ? AND component = '' AND province_code = ?) AS published_rank,
			   count(*) FILTER (WHERE score > (SELECT score FROM published_indices WHERE index_code = ? AND year = ? AND component = '' AND province_code = ?)) + 1 AS rank,
			   count(*) AS n, avg(score) AS mean, max(score) AS best
			 FROM published_indices WHERE index_code = ? AND year = ? AND component = ''`,
			[...Array(3).fill([y.index_code, y.year, code]).flat(), y.index_code, y.year]
		);
		const [best] = await q(
			`SELECT p.name_en, count(*) OVER () AS n_best FROM published_indices i JOIN ${is34 ? 'provinces_34' : 'provinces_63'} p ON p.code = i.province_code
			 WHERE i.index_code = ? AND i.year = ? AND i.component = '' AND i.score = ? ORDER BY i.province_code LIMIT 1`,
			[String(y.index_code), Number(y.year), Number(overall.best)]
		);
		const components = await q(
			`SELECT component, coalesce(min(component_name_en), min(component_name_vi), component) AS name,
			   max(score) FILTER (WHERE province_code = ?) AS own, avg(score) AS mean
			 FROM published_indices WHERE index_code = ? AND year = ? AND component <> '' AND coalesce(parent_component, '') = ''
			 GROUP BY component ORDER BY component`,
			[code, String(y.index_code), Number(y.year)]
		);
		out.push({ index: String(y.index_code), year: Number(y.year), overall, best, components });
	}
	return out;
}

describe('published indices on a province profile', () => {
	for (const [path, code, is34] of [
		['/en/provinces/79/', '79', true],
		['/en/provinces/63-02/', '02', false]
	] as const) {
		it(`${path}: each index's latest year, score, ranks, mean, best and components equal the data`, async () => {
			const opened = await openPage(path, { viewport: { width: 1280, height: 1000 } });
			const { page } = opened;
			await page.waitForSelector('[data-testid="profile-indices"]');
			const expected = await expectedFigures(code, is34);
			expect(expected.map((e) => e.index)).toEqual(['PAR_INDEX', 'SIPAS']);
			const articles = page.locator('[data-testid="profile-index"]');
			expect(await articles.count()).toBe(expected.length);
			expect(await page.locator('[data-testid="profile-indices-note"]').textContent()).toMatch(/no sampling interval/);
			for (const [i, e] of expected.entries()) {
				const a = articles.nth(i);
				expect(await a.getAttribute('data-index')).toBe(e.index);
				expect(Number(await a.getAttribute('data-year'))).toBe(e.year);
				const text = async (id: string) => (await a.locator(`[data-testid="${id}"]`).textContent())?.trim();
				expect(await text('profile-index-score')).toBe(en(Number(e.overall.score)));
				expect(await text('profile-index-rank')).toMatch(new RegExp(`^${Number(e.overall.rank)} of ${Number(e.overall.n)}( \\(tied\\))?$`));
				if (e.overall.published_rank !== null) expect(await text('profile-index-published-rank')).toBe(String(e.overall.published_rank));
				expect(await text('profile-index-mean')).toBe(en(Number(e.overall.mean)));
				const bestText = await text('profile-index-best');
				expect(bestText?.startsWith(String(e.best.name_en))).toBe(true);
				expect(bestText?.endsWith(`: ${en(Number(e.overall.best))}`)).toBe(true);
				const table = await cells(page, `[data-testid="profile-index"][data-index="${e.index}"] [data-testid="profile-index-components"]`);
				expect(table.map((r) => r.map((cell) => cell.replace('\u2212', '-')))).toEqual(
					e.components.map((c) => [String(c.name), en(Number(c.own)), en(Number(c.mean)), en(Number(c.own) - Number(c.mean))])
				);
				const link = await a.locator('[data-testid="profile-index-link"]').getAttribute('href');
				const url = new URL(link ?? '', 'http://x');
				expect([url.pathname, url.searchParams.get('idx'), url.searchParams.get('year'), url.searchParams.get('prov')]).toEqual([
					'/en/indices/',
					e.index,
					String(e.year),
					code
				]);
			}
			expect(opened.pageErrors).toEqual([]);
			expect(opened.consoleErrors).toEqual([]);
			await opened.close();
		});
	}
});

describe('a published index as the rankings map’s indicator', () => {
	it('redraws the map with the published scores in quartile classes equal to the data', async () => {
		const opened = await openPage('/en/rankings/', { viewport: { width: 1280, height: 1000 } });
		const { page } = opened;
		await waitForEngineReady(page, 90_000);
		await page.waitForSelector('[data-testid="rankings-page"][data-settled="true"]', { timeout: 60_000 });
		await page.selectOption('[data-testid="rankings-map-index"]', 'PAR_INDEX');
		await page.waitForURL((u) => u.searchParams.get('mapidx') === 'PAR_INDEX', { timeout: 30_000 });
		await page.waitForSelector('[data-testid="rankings-published-map"][data-settled="true"]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid="rankings-map-chart"] svg path', { timeout: 60_000 });

		// Independent: competition ranks on the latest 34-unit year, class ⌊4(r − 1)/n⌋ + 1.
		const rows = await q(`WITH y AS (SELECT max(year) AS year FROM published_indices WHERE index_code = 'PAR_INDEX' AND year >= 2025),
			s AS (SELECT province_code AS code, score FROM published_indices, y WHERE index_code = 'PAR_INDEX' AND published_indices.year = y.year AND component = '')
			SELECT a.code, p.name_en, a.score, (SELECT count(*) FROM s b WHERE b.score > a.score) + 1 AS rank, (SELECT count(*) FROM s) AS n
			FROM s a JOIN provinces_34 p ON p.code = a.code ORDER BY a.code`);
		expect(rows.length).toBe(34);
		const classOf = new Map(rows.map((r) => [String(r.code), Math.min(4, Math.floor(((Number(r.rank) - 1) * 4) / Number(r.n)) + 1)]));
		const label = ['', 'Best quarter', 'Second quarter', 'Third quarter', 'Bottom quarter'];

		const table = await cells(page, '[data-testid="rankings-map-table"]');
		const byName = new Map(rows.map((r) => [String(r.name_en), r]));
		expect(table.length).toBe(34);
		for (const [name, value, quartile] of table) {
			const r = byName.get(name);
			expect(r, name).toBeDefined();
			expect(value).toBe(en(Number(r!.score)));
			expect(quartile).toBe(label[classOf.get(String(r!.code)) as number]);
		}
		expect(await page.locator('[data-testid="rankings-map"] .legend-title').textContent()).toMatch(/published index, no interval/);

		// The drawn map: units of one class share a fill, units of different classes do not.
		const fills = await page.evaluate(() => {
			const element = document.querySelector('[data-testid="rankings-map-chart"] div') as HTMLElement;
			const option = window.__reformLensChartOf?.(element)?.getOption() as {
				geo: { regions: { name: string; itemStyle: { areaColor: string } }[] }[];
			};
			return option.geo[0].regions.map((r) => [r.name, r.itemStyle.areaColor] as [string, string]);
		});
		const fillOf = new Map(fills);
		for (const a of rows)
			for (const b of rows) {
				const same = classOf.get(String(a.code)) === classOf.get(String(b.code));
				expect(fillOf.get(String(a.code)) === fillOf.get(String(b.code)), `${a.code}/${b.code}`).toBe(same);
			}

		// Back to the ranking's indicator: the key leaves the URL.
		await page.selectOption('[data-testid="rankings-map-index"]', '');
		await page.waitForURL((u) => !u.searchParams.has('mapidx'), { timeout: 30_000 });
		expect(await page.locator('[data-testid="rankings-published-map"]').count()).toBe(0);
		expect(opened.pageErrors).toEqual([]);
		expect(opened.consoleErrors).toEqual([]);
		expect(opened.foreignRequests()).toEqual([]);
		await opened.close();
	});
});
