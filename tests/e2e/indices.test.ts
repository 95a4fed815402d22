// Browser test of /indices/ on the built site's data (the demo's two simulated indices): pick
// the second index, change year and component, open one province; the ranking, the profile and
// the trend equal this test's own SQL over the same Parquet (native DuckDB oracle). The
// "component names are text" rule is tested on the pipeline and builders
// (scripts/import/published-indices.test.ts, src/lib/metrics/indices.test.ts): the demo carries
// no such name, and the page prints names only through text nodes and option labels.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOracle, openPage, waitForEngineReady } from './harness';
import type { NativeDb } from '../../src/lib/server/native-db';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle();
});
afterAll(() => oracle?.close());

async function waitForSettled(page: Page): Promise<void> {
	await waitForEngineReady(page, 90_000);
	await page.waitForSelector('[data-testid="indices-page"][data-settled="true"]', { timeout: 60_000 });
}

/** Waits for a new view: the URL has it and every query of the view has answered. */
async function waitForView(page: Page, key: string, value: string): Promise<void> {
	await page.waitForURL((u) => u.searchParams.get(key) === value, { timeout: 30_000 });
	await page.waitForSelector('[data-testid="indices-page"][data-settled="true"]', { timeout: 60_000 });
}

async function cells(page: Page, selector: string): Promise<string[][]> {
	return page.$$eval(`${selector} tbody tr`, (rows) =>
		rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''))
	);
}

const en = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v);

describe('/indices/ in the browser', () => {
	it('offers the two demo indices; the second, another year and component, one province: values equal the data', async () => {
		const opened = await openPage('/en/indices/', { viewport: { width: 1280, height: 1000 } });
		const { page } = opened;
		await waitForSettled(page);

		const codes = (await oracle.run({ sql: 'SELECT DISTINCT index_code FROM published_indices ORDER BY 1', params: [] })).map((r) =>
			String(r.index_code)
		);
		expect(codes).toEqual(['PAR_INDEX', 'SIPAS']);
		const options = await page.$$eval('[data-testid="indices-index"] option', (o) => o.map((x) => (x as HTMLOptionElement).value));
		expect(options).toEqual(codes);
		expect(await page.locator('[data-testid="indices-simulated"]').count()).toBe(1);
		expect(await page.locator('[data-testid="indices-no-interval"]').textContent()).toMatch(/no sampling interval/);

		// The second index, an earlier year, a component.
		await page.selectOption('[data-testid="indices-index"]', 'SIPAS');
		await waitForView(page, 'idx', 'SIPAS');
		await page.selectOption('[data-testid="indices-year"]', '2024');
		await waitForView(page, 'year', '2024');
		await page.selectOption('[data-testid="indices-component"]', 'access');
		await waitForView(page, 'comp', 'access');

		const expected = await oracle.run({
			sql: `SELECT i.province_code AS code, p.name_en, i.score,
				  (SELECT count(*) FROM published_indices j WHERE j.index_code = i.index_code AND j.year = i.year
				     AND j.component = i.component AND j.score > i.score) + 1 AS rank
				FROM published_indices i JOIN provinces_63 p ON p.code = i.province_code
				WHERE i.index_code = 'SIPAS' AND i.year = 2024 AND i.component = 'access'
				ORDER BY i.score DESC, i.province_code`,
			params: []
		});
		expect(expected.length).toBe(63);
		const table = await cells(page, '[data-testid="indices-ranking"]');
		expect(table.length).toBe(63);
		// Columns: our rank, published rank, province, score, computed SIPAS, interval, difference.
		expect(table.slice(0, 5).map((r) => [r[0], r[2], r[3]])).toEqual(
			expected.slice(0, 5).map((r) => [String(r.rank), String(r.name_en), en(Number(r.score))])
		);
		expect(await page.locator('[data-testid="indices-sipas-check"]').count()).toBe(1);
		// The difference is the published score minus the computed value shown beside it.
		const [first] = table;
		const parse = (s: string) => Number(s.replace(/,/g, '').replace('−', '-'));
		expect(parse(first[6])).toBeCloseTo(parse(first[3]) - parse(first[4]), 1);

		// Open one province: Hà Giang (02), merged into Tuyên Quang (08) in 2025.
		await page.selectOption('[data-testid="indices-province"]', '02');
		await waitForView(page, 'prov', '02');
		await page.locator('[data-testid="indices-profile"] button', { hasText: 'Show as table' }).click();
		const profile = await cells(page, '[data-testid="indices-profile"]');
		const stats = await oracle.run({
			sql: `SELECT component, avg(score) AS mean, max(score) AS best,
				  max(score) FILTER (WHERE province_code = '02') AS own
				FROM published_indices WHERE index_code = 'SIPAS' AND year = 2024 GROUP BY component ORDER BY component`,
			params: []
		});
		const access = stats.find((s) => s.component === 'access')!;
		const accessRow = profile.find((r) => r[0] === 'Access to the service');
		expect(accessRow?.slice(1, 4)).toEqual([en(Number(access.own)), en(Number(access.mean)), en(Number(access.best))]);
		expect(profile.length).toBe(stats.length);

		await page.locator('[data-testid="indices-trend"] button', { hasText: 'Show as table' }).click();
		const trend = await cells(page, '[data-testid="indices-trend"]');
		const series = await oracle.run({
			sql: `SELECT year::INTEGER AS year, province_code AS code, score FROM published_indices
				WHERE index_code = 'SIPAS' AND component = 'access'
				  AND ((year < 2025 AND province_code IN (SELECT code FROM provinces_63 WHERE merged_into_2025 = '08'))
				    OR (year >= 2025 AND province_code = '08'))
				ORDER BY year, code`,
			params: []
		});
		expect(trend.map((r) => [Number(r[0]), r[2]])).toEqual(series.map((r) => [Number(r.year), en(Number(r.score))]));
		expect(trend.filter((r) => r[1].includes('(34 units)')).map((r) => r[0])).toEqual(['2025']);

		expect(opened.pageErrors).toEqual([]);
		expect(opened.consoleErrors).toEqual([]);
		expect(opened.foreignRequests()).toEqual([]);
		await opened.close();
	});
});
