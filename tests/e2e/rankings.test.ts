// Browser test of /rankings/: unit counts in both boundary modes, the top province's index and
// interval against an independent oracle (native DuckDB with this test's own SQL + the stats
// formulas), sorting, the CSV download, and a province name containing HTML shown as text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, openOracle, openPage, waitForEngineReady } from './harness';
import { EVIL_NAME, hostileProvinces63, routeProvinces63 } from './support/hostile-provinces';
import { csvTable, download, roundingTolerance } from './support/downloads';
import type { NativeDb } from '../../src/lib/server/native-db';
import { sipasIndex, SIPAS_FACTORS, type SurveyCubeRow } from '../../src/lib/stats/sipas-index';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle();
});
afterAll(() => oracle?.close());

/** Waits until the page's figures come from live queries for the current URL. */
async function waitForSettled(page: Page): Promise<void> {
	await waitForEngineReady(page, 90_000);
	await page.waitForSelector('[data-testid="rankings-page"][data-settled="true"]', { timeout: 60_000 });
}

const tableRows = (page: Page) => page.locator('[data-testid="rankings-table"] tbody tr');

async function tableCells(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="rankings-table"] tbody tr', (rows) =>
		rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''))
	);
}

/** The SIPAS index of every 63-unit province in a survey year, from this test's own SQL. */
async function oracleIndices(year: number): Promise<{ unit: string; estimate: number; lower: number; upper: number }[]> {
	const rows = await oracle.run({
		sql: `SELECT province_63 AS unit, factor, psu,
			  sum(n)::DOUBLE AS n, sum(n_pos)::DOUBLE AS n_pos, sum(sum_w) AS sum_w, sum(sum_w2) AS sum_w2,
			  sum(sum_w_pos) AS sum_w_pos, sum(sum_w2_pos) AS sum_w2_pos
			FROM survey_cube
			WHERE survey_year = ? AND province_63 IS NOT NULL
			GROUP BY province_63, factor, psu`,
		params: [year]
	});
	const byUnit = new Map<string, SurveyCubeRow[]>();
	for (const r of rows) {
		if (!(SIPAS_FACTORS as readonly string[]).includes(String(r.factor))) continue;
		const cell: SurveyCubeRow = {
			factor: String(r.factor),
			psu: r.psu === null ? null : String(r.psu),
			n: Number(r.n),
			n_pos: Number(r.n_pos),
			sum_w: Number(r.sum_w),
			sum_w2: Number(r.sum_w2),
			sum_w_pos: Number(r.sum_w_pos),
			sum_w2_pos: Number(r.sum_w2_pos)
		};
		byUnit.set(String(r.unit), [...(byUnit.get(String(r.unit)) ?? []), cell]);
	}
	const result = [];
	for (const [unit, cells] of byUnit) {
		const index = sipasIndex(cells);
		if (!index.suppressed) result.push({ unit, estimate: index.estimate, lower: index.lower, upper: index.upper });
	}
	return result.sort((a, b) => b.estimate - a.estimate);
}

const pct = (v: number) =>
	new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

describe('/rankings/ in the browser', () => {
	it('lists the 63 provinces for 2024 in 63-unit mode; the top index and interval match the oracle; sorting and CSV work', async () => {
		const opened = await openPage('/en/rankings/?mode=63&year=2024', { viewport: { width: 1280, height: 1000 } });
		const { page } = opened;
		await waitForSettled(page);
		await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(63);

		const expected = await oracleIndices(2024);
		const [top] = expected;
		const names = new Map(
			(await oracle.run({ sql: 'SELECT code, name_en FROM provinces_63', params: [] })).map((r) => [String(r.code), String(r.name_en)])
		);
		const cells = await tableCells(page);
		// Default order: by rank. Columns: province, index, lower, upper, rank, rank range, …
		expect(cells[0][0]).toBe(names.get(top.unit));
		expect(cells[0].slice(1, 5)).toEqual([pct(top.estimate), pct(top.lower), pct(top.upper), '1']);
		expect(cells[0][5]).toMatch(/^1–\d+$/);

		// Sorting: the index column ascending, then descending.
		const header = page.locator('[data-testid="rankings-table"] thead th').nth(1).locator('button');
		await header.click();
		const ascending = (await tableCells(page)).map((r) => r[1]);
		await header.click();
		const descending = (await tableCells(page)).map((r) => r[1]);
		const numeric = (list: string[]) => list.filter((t) => /%$/.test(t)).map((t) => Number(t.replace('%', '')));
		const up = numeric(ascending);
		expect(up.length).toBeGreaterThan(30);
		expect(up).toEqual([...up].sort((a, b) => a - b));
		const down = numeric(descending);
		expect(down).toEqual([...down].sort((a, b) => b - a));
		expect((await tableCells(page))[0][0]).toBe(names.get(top.unit));

		// CSV (plain flavour): exactly the rows and columns shown, in the order shown, each value
		// rounded as shown, within half a unit of its last decimal of the oracle's.
		const shown = await tableCells(page);
		const [csvHeader, ...lines] = csvTable((await download(page, 'rankings-table', 'csv')).bytes.toString('utf8'), ',');
		expect(lines).toHaveLength(shown.length);
		const columns = await page.$$eval('[data-testid="rankings-table"] thead th', (ths) => ths.length);
		expect(csvHeader.length).toBe(columns);
		expect(lines.map((l) => l[0])).toEqual(shown.map((r) => r[0]));
		// Shares are written in percent, with the unit in the header.
		for (const column of csvHeader.slice(1, 4)) expect(column).toContain('(%)');
		const [, estimate, lower, upper] = lines[0];
		for (const [text, exact] of [
			[estimate, top.estimate],
			[lower, top.lower],
			[upper, top.upper]
		] as const)
			expect(Math.abs(Number(text) / 100 - exact)).toBeLessThanOrEqual(roundingTolerance(text) / 100);

		expect(opened.foreignRequests()).toEqual([]);
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('lists the 34 provinces for 2025 in 34-unit mode', async () => {
		const opened = await openPage('/en/rankings/?year=2025');
		const { page } = opened;
		// Prerendered first paint already has the 34 rows; the live result keeps them.
		expect(await tableRows(page).count()).toBe(34);
		await waitForSettled(page);
		await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(34);
		const cells = await tableCells(page);
		expect(cells.filter((r) => r[4] === '1').length).toBeGreaterThanOrEqual(1);
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('says there are no 63-province figures for the 2025 survey', async () => {
		const opened = await openPage('/en/rankings/?mode=63&year=2025');
		await expect.poll(() => opened.page.locator('[data-testid="rankings-mode-note"]').count(), { timeout: 30_000 }).toBe(1);
		expect(await tableRows(opened.page).count()).toBe(0);
		await opened.close();
	});

	it('ranks the on-time rate of 2024 by quartile in 63-unit mode, matching the oracle', async () => {
		const opened = await openPage('/en/rankings/?ind=on_time_rate&mode=63&from=2024-01&to=2024-12');
		const { page } = opened;
		await waitForSettled(page);
		await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(63);
		const [best] = await oracle.run({
			sql: `WITH c AS (
				  SELECT province_63 AS unit, sum(early) + sum(on_time) AS ok,
				    sum(early) + sum(on_time) + sum(late) AS done,
				    sum(overdue_backlog) FILTER (WHERE month = DATE '2024-12-01') AS overdue
				  FROM dossier_cube WHERE month BETWEEN DATE '2024-01-01' AND DATE '2024-12-01' AND province_63 IS NOT NULL
				  GROUP BY province_63)
				SELECT p.name_en, ok / (done + coalesce(overdue, 0)) AS rate, (done + coalesce(overdue, 0))::DOUBLE AS n
				FROM c JOIN provinces_63 p ON p.code = c.unit ORDER BY rate DESC, unit LIMIT 1`,
			params: []
		});
		const cells = await tableCells(page);
		// Columns: province, value, rank, quartile, change, n, …
		expect(cells[0][0]).toBe(best.name_en);
		expect(cells[0][1]).toBe(pct(Number(best.rate)));
		expect(cells[0][3]).toBe('Best quarter');
		expect(cells[0][5]).toBe(new Intl.NumberFormat('en-GB').format(Number(best.n)));
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	describe('a province name containing HTML', () => {
		const EVIL = EVIL_NAME;
		let evilParquet: Buffer;
		beforeAll(async () => {
			evilParquet = await hostileProvinces63(dataDir());
		});

		it('is shown as text in the table, the search results and the chart; no element is injected', async () => {
			const opened = await openPage('/en/rankings/?mode=63&year=2024&hl=01', {
				prepare: async (context) => {
					await routeProvinces63(context, evilParquet);
				}
			});
			const { page } = opened;
			await waitForSettled(page);
			await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(63);
			const names = (await tableCells(page)).map((r) => r[0]);
			expect(names).toContain(EVIL);
			await expect.poll(() => page.locator('[data-testid="rankings-highlighted"]').textContent()).toContain(EVIL);

			// Diacritic-insensitive search finds it, and the match is text too.
			await page.locator('[data-testid="rankings-highlight"] input').fill('ha noi');
			await expect.poll(() => page.locator('[data-testid="rankings-highlight"] li button').allTextContents()).toContain(EVIL);

			const injected = await page.evaluate(() => ({
				images: document.querySelectorAll('main img').length,
				xss: (window as unknown as { __xss?: number }).__xss ?? null,
				svgText: Array.from(document.querySelectorAll('[data-testid="rankings-chart"] svg text')).some((t) =>
					(t.textContent ?? '').includes('<img')
				)
			}));
			expect(injected).toEqual({ images: 0, xss: null, svgText: true });
			expect(opened.pageErrors).toEqual([]);
			await opened.close();
		});
	});
});
