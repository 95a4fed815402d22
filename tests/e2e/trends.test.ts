// Browser test of /trends/: pick three provinces, switch the measure and the grouping, drill down
// to a sector and then to its procedures; the figures shown for one month equal those this test
// computes itself with native DuckDB from the raw rows; 50 rapid filter changes end on the chart
// of the last choice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../src/lib/server/native-db';
import { openOracle, openPage, waitForEngineReady } from './harness';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle(true);
}, 180_000);
afterAll(() => oracle?.close());

const PAGE = '[data-testid="trends-page"]';

async function waitForSettled(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForSelector(`${PAGE}[data-settled="true"]`, { timeout });
}

/** Waits for the URL state to show `attr` = `value` and for the live figures to settle. */
async function waitForState(page: Page, attr: string, value: string): Promise<void> {
	await page.waitForSelector(`${PAGE}[data-${attr}="${value}"][data-settled="true"]`, { timeout: 60_000 });
}

const days = (v: number | null) =>
	v === null ? '—' : new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
const count = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(v);

/** Rows of a ChartFrame's table alternative (switching it to the table first). */
async function frameTable(page: Page, testid: string): Promise<string[][]> {
	const frame = page.locator(`[data-testid="${testid}"]`);
	const toggle = frame.getByRole('button', { name: 'Show as table' });
	if (await toggle.count()) await toggle.click();
	await frame.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
	return frame
		.locator('table tbody tr')
		.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? '')));
}

async function backToChart(page: Page, testid: string): Promise<void> {
	const toggle = page.locator(`[data-testid="${testid}"]`).getByRole('button', { name: 'Show as chart' });
	if (await toggle.count()) await toggle.click();
}

/** This test's own figures for one province (34 units) and month, from the raw rows. */
async function oracleMonth(province: string, month: string, basis: 'finished' | 'received') {
	const column = basis === 'finished' ? 'finished_at' : 'received_at';
	const [row] = await oracle.run({
		sql: `SELECT
  quantile_disc(round(processing_wd, 1), 0.5) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL)::DOUBLE AS median,
  quantile_disc(round(processing_wd, 1), 0.9) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL)::DOUBLE AS p90,
  (SELECT COUNT(*) FROM dossiers r WHERE r.province_34 = ? AND strftime(r.received_at, '%Y-%m') = ?)::DOUBLE AS received,
  COUNT(*) FILTER (WHERE status <> 'withdrawn' AND finished_at IS NOT NULL)::DOUBLE AS finished,
  COUNT(*) FILTER (WHERE status = 'withdrawn')::DOUBLE AS withdrawn
FROM dossiers
WHERE province_34 = ? AND strftime(${column}, '%Y-%m') = ?`,
		params: [province, month, province, month]
	});
	return {
		median: row.median as number | null,
		p90: row.p90 as number | null,
		received: Number(row.received),
		finished: Number(row.finished),
		withdrawn: Number(row.withdrawn)
	};
}

describe('/trends/ in the browser', () => {
	it('compares three provinces, switches measure and grouping, drills down to procedures; figures match native DuckDB', async () => {
		const opened = await openPage('/en/trends/?from=2025-01&to=2025-06', { viewport: { width: 1280, height: 1100 } });
		const { page } = opened;
		await waitForEngineReady(page);
		await waitForSettled(page);

		// Three provinces.
		for (const [code, expected] of [
			['01', '01'],
			['79', '01,79'],
			['22', '01,79,22']
		]) {
			await page.locator('[data-testid="trend-add-province"]').selectOption(code);
			await waitForState(page, 'provinces', expected);
		}
		const lines = await page.locator('[data-testid="trend-main-chart"]').getAttribute('data-lines');
		expect(lines?.split('|').slice(0, 3)).toEqual(['unit:01', 'unit:79', 'unit:22']);
		expect(lines).toContain('region:red_river_delta');
		expect(lines).toContain('region:southeast');
		expect(lines).toContain('all:');

		// Switch the measure to the 90th percentile.
		await page.locator('[data-testid="trend-metric"]').selectOption('p90_wd');
		await waitForState(page, 'metric', 'p90_wd');
		expect(await page.locator('[data-testid="trend-main-chart"]').getAttribute('data-metric')).toBe('p90_wd');

		// The figures shown for March 2025 equal this test's own computation from raw rows.
		const table = await frameTable(page, 'trend-main');
		for (const [code, name] of [
			['01', 'Ha Noi'],
			['79', 'Ho Chi Minh City'],
			['22', 'Quang Ninh']
		]) {
			const row = table.find((r) => r[0] === name && r[1] === 'Mar 2025');
			expect(row, `${name} Mar 2025`).toBeDefined();
			const expected = await oracleMonth(code, '2025-03', 'finished');
			expect(row![2]).toBe(days(expected.p90)); // the chosen measure
			expect(row![3]).toBe(count(expected.received));
			// Finished leaves withdrawn dossiers out; they have their own column.
			expect(row![4]).toBe(count(expected.finished));
			expect(row![5]).toBe(count(expected.withdrawn));
			expect(row![7]).toBe(days(expected.median));
			expect(row![8]).toBe(days(expected.p90));
		}
		await backToChart(page, 'trend-main');

		// Group by sector: one line per sector plus the chosen provinces together.
		await page.locator('[data-testid="trend-grouping"]').selectOption('sector');
		await waitForState(page, 'grouping', 'sector');
		const sectorLines = (await page.locator('[data-testid="trend-main-chart"]').getAttribute('data-lines'))!.split('|');
		const sectors = await oracle.run({
			sql: `SELECT DISTINCT sector FROM dossiers WHERE province_34 IN ('01', '79', '22') AND strftime(finished_at, '%Y-%m') BETWEEN '2025-01' AND '2025-06'`,
			params: []
		});
		expect(new Set(sectorLines.filter((l) => l.startsWith('value:')).map((l) => l.slice(6)))).toEqual(
			new Set(sectors.map((s) => String(s.sector)))
		);
		expect(sectorLines).toContain('all:');

		// Back to provinces; drill into Hà Nội, March 2025 (the accessible form beside the chart).
		await page.locator('[data-testid="trend-grouping"]').selectOption('province');
		await waitForState(page, 'grouping', 'province');
		await page.locator('[data-testid="trend-drill-line"]').selectOption('unit:01');
		await page.locator('[data-testid="trend-drill-month"]').selectOption('2025-03');
		await page.locator('[data-testid="trend-drill-pick"] button[type="submit"]').click();
		const drill = page.locator('[data-testid="trend-drilldown"]');
		await drill.waitFor({ timeout: 30_000 });
		await page.waitForSelector('[data-testid="trend-drilldown"][data-settled="true"]', { timeout: 60_000 });

		// By sector: the biggest sector of the month (finished basis) comes first, with its count
		// (withdrawn dossiers are not finished).
		const bySector = await oracle.run({
			sql: `SELECT sector, COUNT(*) FILTER (WHERE status <> 'withdrawn')::DOUBLE AS finished FROM dossiers
WHERE province_34 = '01' AND strftime(finished_at, '%Y-%m') = '2025-03' GROUP BY sector ORDER BY finished DESC, sector`,
			params: []
		});
		const sectorTable = await frameTable(page, 'trend-drill-sector');
		expect(sectorTable[0][0]).toBe(String(bySector[0].sector));
		expect(sectorTable[0][2]).toBe(count(Number(bySector[0].finished)));
		const sector = String(bySector[0].sector);

		// Then by procedure, from the province's raw rows only.
		await page.locator('[data-testid="trend-drill-sector-choices"]').locator(`button[data-key="${sector}"]`).click();
		await page.waitForSelector('[data-testid="trend-drilldown"][data-settled="true"] [data-testid="trend-procedures"] tbody tr', {
			timeout: 60_000
		});
		const procedures = await page
			.locator('[data-testid="trend-procedures"] tbody tr')
			.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? '')));
		const byProcedure = await oracle.run({
			sql: `SELECT coalesce(procedure_code, '') AS code, COUNT(*)::DOUBLE AS n,
  quantile_disc(round(processing_wd, 1), 0.5) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL)::DOUBLE AS median
FROM dossiers WHERE province_34 = '01' AND sector = ? AND strftime(finished_at, '%Y-%m') = '2025-03'
GROUP BY ALL ORDER BY n DESC, code`,
			params: [sector]
		});
		expect(procedures.length).toBe(byProcedure.length);
		// Largest first; the first row's figures equal the oracle's for that procedure.
		const shownCode = procedures[0][0] === '(no procedure code)' ? '' : procedures[0][0];
		const expectedRow = byProcedure.find((r) => r.code === shownCode);
		expect(expectedRow, `procedure ${shownCode}`).toBeDefined();
		expect(Number(expectedRow!.n)).toBe(Number(byProcedure[0].n));
		expect(procedures[0][1]).toBe(count(Number(expectedRow!.n)));
		expect(procedures[0][4]).toBe(days(expectedRow!.median as number | null));
		// Only Hà Nội's partitions were fetched for the drill-down.
		const raw = opened.requests.filter((u) => u.includes('/data/dossiers/'));
		expect(raw.length).toBeGreaterThan(0);
		expect(raw.every((u) => u.includes('province=01/'))).toBe(true);
		// The URL follows a choice once the burst of changes pauses (state/page-query).
		await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('dd=sector');

		expect(opened.foreignRequests()).toEqual([]);
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('shows the province-group filter disabled, saying where to look instead (the page splits by group itself)', async () => {
		const opened = await openPage('/en/trends/?group=pilot');
		const { page } = opened;
		await waitForEngineReady(page);
		const group = page.getByLabel('Provinces', { exact: true });
		await expect.poll(() => group.isDisabled()).toBe(true);
		const hint = await group.getAttribute('aria-describedby');
		expect(await page.locator(`[id="${hint}"]`).textContent()).toContain('Split by');
		// The choice is kept for the pages that use it.
		expect(await group.inputValue()).toBe('pilot');
		await page.getByRole('link', { name: 'Overview' }).click();
		await page.waitForURL(/\/en\/\?.*group=pilot/);
		await expect.poll(() => page.getByLabel('Provinces', { exact: true }).isDisabled(), { timeout: 30_000 }).toBe(false);
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('drops a sector the data does not have back to all sectors (a stale or hand-edited link)', async () => {
		const plain = await openPage('/en/trends/?ch=online');
		await waitForEngineReady(plain.page);
		await waitForSettled(plain.page);
		const expected = await frameTable(plain.page, 'trend-main');
		expect(expected.length).toBeGreaterThan(0);
		await plain.close();
		const opened = await openPage(`/en/trends/?sec=${encodeURIComponent("'; DROP TABLE x;--")}&ch=online`);
		const { page } = opened;
		await waitForEngineReady(page);
		await waitForSettled(page);
		expect(await page.getByTestId('trend-sector').inputValue()).toBe('');
		expect(await frameTable(page, 'trend-main')).toEqual(expected);
		await backToChart(page, 'trend-main');
		// the next change writes the URL without it
		await page.getByTestId('trend-sector').selectOption({ index: 1 });
		await page.waitForURL((url) => url.searchParams.get('sec') !== null && !url.search.includes('DROP'));
		expect(new URL(page.url()).searchParams.get('ch')).toBe('online');
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('ends on the chart of the last choice after 50 rapid filter changes within 2 s', async () => {
		const opened = await openPage('/en/trends/?from=2025-01&to=2025-06&p=01,79', { viewport: { width: 1280, height: 1000 } });
		const { page } = opened;
		await waitForEngineReady(page);
		await waitForSettled(page);

		// Typical single changes, timed from the change to the settled page (all charts redrawn).
		const latencies: number[] = [];
		for (const metric of ['p90_wd', 'on_time_rate', 'median_wd']) {
			const t0 = Date.now();
			await page.locator('[data-testid="trend-metric"]').selectOption(metric);
			await waitForState(page, 'metric', metric);
			latencies.push(Date.now() - t0);
		}
		for (const basis of ['received', 'finished']) {
			const t0 = Date.now();
			await page.locator('[data-testid="trend-basis"]').selectOption(basis);
			await waitForState(page, 'basis', basis);
			latencies.push(Date.now() - t0);
		}
		console.log(`trends: single filter change → settled (ms): ${latencies.join(', ')}`);

		// 50 changes of two filters that change every query (basis, sector slice).
		const burst = await page.evaluate(async () => {
			const basis = document.querySelector<HTMLSelectElement>('[data-testid="trend-basis"]')!;
			const sector = document.querySelector<HTMLSelectElement>('[data-testid="trend-sector"]')!;
			const sectors = Array.from(sector.options)
				.map((o) => o.value)
				.filter((v) => v !== '');
			const fire = (el: HTMLSelectElement, value: string) => {
				el.value = value;
				el.dispatchEvent(new Event('change', { bubbles: true }));
			};
			// All 50 scheduled up front, 30 ms apart (the last at 1.47 s): a slow change delays the
			// ones due behind it, never the whole schedule.
			const t0 = performance.now();
			const last = { basis: '', sector: '' };
			await new Promise<void>((done) => {
				for (let i = 0; i < 50; i++) {
					setTimeout(() => {
						if (i % 2 === 0) fire(basis, (last.basis = (i / 2) % 2 === 0 ? 'received' : 'finished'));
						else fire(sector, (last.sector = sectors[((i - 1) / 2) % sectors.length]));
						if (i === 49) done();
					}, i * 30);
				}
			});
			return { ...last, ms: performance.now() - t0 };
		});
		console.log(`trends: 50 changes issued in ${Math.round(burst.ms)} ms`);
		expect(burst.ms).toBeLessThan(2_000);
		expect(burst.basis).toBe('received'); // i = 48
		await page.waitForSelector(`${PAGE}[data-basis="received"][data-settled="true"]`, { timeout: 30_000 });
		expect(await page.locator('[data-testid="trend-sector"]').inputValue()).toBe(burst.sector);
		await expect.poll(() => new URL(page.url()).searchParams.get('sec'), { timeout: 5_000 }).toBe(burst.sector);
		expect(new URL(page.url()).searchParams.get('b')).toBe('received');

		// The chart's data are those of the last choice: received basis, the last sector (the
		// measure is still the median, the last one chosen before the burst).
		expect(await page.locator('[data-testid="trend-main-chart"]').getAttribute('data-metric')).toBe('median_wd');
		const table = await frameTable(page, 'trend-main');
		const row = table.find((r) => r[0] === 'Ha Noi' && r[1] === 'Feb 2025');
		const [expected] = await oracle.run({
			sql: `SELECT quantile_disc(round(processing_wd, 1), 0.5)::DOUBLE AS median, COUNT(*) FILTER (WHERE TRUE)::DOUBLE AS n
FROM dossiers
WHERE province_34 = '01' AND sector = ? AND strftime(received_at, '%Y-%m') = '2025-02'
  AND status <> 'withdrawn' AND processing_wd IS NOT NULL`,
			params: [burst.sector]
		});
		expect(row![2]).toBe(days(expected.median as number | null));
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('the province picker: arrow keys move the choice without adding; Enter adds the one shown', async () => {
		const opened = await openPage('/en/trends/');
		const { page } = opened;
		await waitForEngineReady(page);
		await waitForSettled(page);
		const picker = page.locator('[data-testid="trend-add-province"]');
		const chosen = () => page.locator('[data-testid="trend-chosen"] li').count();
		expect(await chosen()).toBe(0);
		await picker.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		await page.waitForTimeout(700); // longer than the URL write's pause: nothing must follow
		expect(await chosen()).toBe(0);
		expect(new URL(page.url()).searchParams.get('p')).toBeNull();
		const highlighted = await picker.inputValue();
		expect(highlighted).not.toBe('');
		await page.keyboard.press('Enter');
		await waitForState(page, 'provinces', highlighted);
		expect(await chosen()).toBe(1);
		expect(opened.pageErrors).toEqual([]);
		await opened.close();
	});

	it('draws no two lines alike: every series of the main chart has its own colour and dash, with a province chosen too', async () => {
		for (const path of ['/en/trends/', '/en/trends/?p=01']) {
			const opened = await openPage(path);
			const { page } = opened;
			await waitForEngineReady(page);
			await waitForSettled(page);
			const looks = await page.evaluate(() => {
				const el = document.querySelector('[data-testid="trend-main-chart"][_echarts_instance_]');
				const chart = el ? window.__reformLensChartOf?.(el) : undefined;
				const option = chart?.getOption() as
					{ series?: { type?: string; name?: string; color?: string; lineStyle?: { type?: unknown } }[] } | undefined;
				return (option?.series ?? [])
					.filter((s) => s.type === 'line' && s.name)
					.map((s) => ({ name: s.name!, look: `${s.color}|${JSON.stringify(s.lineStyle?.type ?? 'solid')}` }));
			});
			// The country and the six regions; with a province chosen, the province, its region and the country.
			expect(looks.length, path).toBeGreaterThanOrEqual(path.includes('p=') ? 3 : 7);
			const byLook = new Map<string, string[]>();
			for (const { name, look } of looks) byLook.set(look, [...(byLook.get(look) ?? []), name]);
			expect(
				[...byLook.values()].filter((names) => names.length > 1),
				path
			).toEqual([]);
			await opened.close();
		}
	});
});
