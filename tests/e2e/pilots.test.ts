// Browser test of /pilots/: the prerendered default view shows all four pilots; once DuckDB-WASM
// has the series the page recomputes; switching the comparator changes the estimate and the
// comparator weights table; the numbers of the summary sentence are those of the event-study
// chart (its caption, its estimate label in the SVG, and the estimates table); the placebo band
// the chart draws is, month by month, the band of its CSV download.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForEngineReady } from './harness';
import { csvTable, download, roundingTolerance } from './support/downloads';

const PAGE = '[data-testid="pilots-page"]';

async function waitForSettled(page: Page, attrs = ''): Promise<void> {
	// Generous: on a loaded 2-core machine DuckDB-WASM alone can take half a minute to start.
	await waitForEngineReady(page, 150_000);
	await page.waitForSelector(`${PAGE}[data-live="true"][data-settled="true"]${attrs}`, { timeout: 120_000 });
}

/** The figures of a container's number spans, by name (x, y, z, estimate…). */
function numbers(page: Page, testid: string): Promise<Record<string, string>> {
	return page.$eval(`[data-testid="${testid}"]`, (el) =>
		Object.fromEntries(Array.from(el.querySelectorAll('[data-num]')).map((s) => [s.getAttribute('data-num') ?? '', s.textContent ?? '']))
	);
}

async function weightRows(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="pilots-weights-table"] tbody tr', (rows) =>
		rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? ''))
	);
}

/** Summary and chart agree: |estimate| = x, same placebo counts, and the SVG label shows it. */
async function expectSummaryMatchesChart(page: Page): Promise<{ x: string; estimate: string; value: number }> {
	const summary = await numbers(page, 'pilots-summary');
	const caption = await numbers(page, 'pilots-event-caption');
	expect(caption.estimate.replace(/^[−+]/, '')).toBe(summary.x);
	expect(caption.y).toBe(summary.y);
	expect(caption.z).toBe(summary.z);
	const chartEstimate = await page.$eval('[data-testid="pilots-event-chart"] [data-estimate]', (el) => el.getAttribute('data-estimate'));
	expect(chartEstimate).toBe(caption.estimate);
	// Unrounded, too: the chart's estimate line is the summary's estimate.
	const summaryValue = Number(await page.getAttribute('[data-testid="pilots-summary"]', 'data-estimate-value'));
	const chartValue = Number(await page.getAttribute('[data-testid="pilots-event-chart"] [data-estimate-value]', 'data-estimate-value'));
	expect(Number.isFinite(summaryValue)).toBe(true);
	expect(chartValue).toBe(summaryValue);
	// The estimate's label drawn by ECharts (SVG renderer) carries the same number.
	await page.waitForFunction(
		(value) =>
			Array.from(document.querySelectorAll('[data-testid="pilots-event-chart"] svg text')).some((t) =>
				(t.textContent ?? '').includes(value)
			),
		caption.estimate,
		{ timeout: 15_000 }
	);
	return { x: summary.x, estimate: caption.estimate, value: summaryValue };
}

/** The band the event-study chart draws, by event month: its band series' shapes in data units. */
function drawnBand(page: Page): Promise<Record<string, [number, number]>> {
	return page.$eval('[data-testid="pilots-event-chart"] [data-estimate]', (el) => {
		const chart = window.__reformLensChartOf?.(el);
		if (!chart) throw new Error('no chart instance');
		const option = chart.getOption() as {
			xAxis: { data: string[] }[];
			series: {
				type: string;
				data: number[][];
				renderItem?: (p: unknown, a: unknown) => { type: string; shape: Record<string, unknown> } | null;
			}[];
		};
		const band = option.series.find((s) => s.type === 'custom');
		if (!band?.renderItem) throw new Error('no band series');
		const data = band.data;
		// An identity coordinate map: the shapes come back in (category index, value).
		const api = { value: (dim: number, i = 0) => data[i][dim], coord: (v: number[]) => v, style: () => ({}) };
		const out: Record<string, [number, number]> = {};
		const add = (x: number, y: number) => {
			const k = option.xAxis[0].data[x];
			const d = out[k];
			out[k] = d ? [Math.min(d[0], y), Math.max(d[1], y)] : [y, y];
		};
		data.forEach((_, dataIndex) => {
			const shape = band.renderItem!({ dataIndex }, api);
			if (!shape) return;
			if (shape.type === 'polygon') for (const [x, y] of shape.shape.points as number[][]) add(x, y);
			else {
				const l = shape.shape as { x1: number; y1: number; x2: number; y2: number };
				add(l.x1, l.y1);
				add(l.x2, l.y2);
			}
		});
		return out;
	});
}

/** The event-study CSV download (plain flavour, figures as shown): rows of [k, gap, band 5 %, band 95 %] as text. */
async function eventCsv(page: Page): Promise<string[][]> {
	const [, ...lines] = csvTable((await download(page, 'pilots-event-chart', 'csv')).bytes.toString('utf8'), ',');
	return lines;
}

/** A plain-CSV cell as a number (null when empty) and how far from the exact value its rounding allows. */
function csvNumber(text: string): { value: number | null; tolerance: number } {
	return { value: text === '' ? null : Number(text), tolerance: roundingTolerance(text) };
}

describe('/pilots/', () => {
	it('prerenders all four pilots and a summary before the engine is ready', async () => {
		const p = await openPage('/en/pilots/', { waitUntil: 'domcontentloaded' });
		try {
			const text = await p.page.textContent('[data-testid="pilots-table"]');
			for (const name of ['Ha Noi', 'Quang Ninh', 'Binh Duong', 'Ho Chi Minh City']) expect(text).toContain(name);
			expect(await p.page.textContent('[data-testid="pilots-summary"]')).toMatch(
				/Across the 4 pilot provinces.*fell by [\d.]+ working days/
			);
			expect(await p.page.textContent('[data-testid="pilots-merger-note"]')).toContain('30 June 2025');
		} finally {
			await p.close();
		}
	}, 120_000);

	it('recomputes live; comparator switches change the estimate and the weights table; summary = chart', async () => {
		const p = await openPage('/en/pilots/');
		const { page } = p;
		try {
			await waitForSettled(page, '[data-comparator="all"]');
			// the four pilots are choosable in focus and listed in the table
			const focusOptions = await page.$$eval('[data-testid="pilots-focus"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
			expect(focusOptions).toEqual(expect.arrayContaining(['group', '01', '22', '74', '79']));
			expect(await page.locator('[data-testid="pilots-table"] tbody tr').count()).toBe(5);
			const all = await expectSummaryMatchesChart(page);
			// The drawn placebo band is the CSV's, in every month (negative lower bounds included).
			const csv = await eventCsv(page);
			expect(csv).toHaveLength(27);
			const drawn = await drawnBand(page);
			for (const [month, , lowText, highText] of csv) {
				const k = Number(month);
				const low = csvNumber(lowText);
				const high = csvNumber(highText);
				if (low.value === null || high.value === null) expect(drawn[String(k)], `month ${k}`).toBeUndefined();
				else {
					expect(Math.abs(drawn[String(k)]![0] - low.value), `month ${k} lower`).toBeLessThanOrEqual(low.tolerance);
					expect(Math.abs(drawn[String(k)]![1] - high.value), `month ${k} upper`).toBeLessThanOrEqual(high.tolerance);
				}
			}
			expect(csv.some(([, , low]) => low !== '' && Number(low) < 0)).toBe(true);
			const allWeights = await weightRows(page);
			expect(allWeights.length).toBe(59); // every non-pilot province, equal weights

			await page.selectOption('[data-testid="pilots-comparator"]', 'synthetic');
			await waitForSettled(page, '[data-comparator="synthetic"]');
			const synthetic = await expectSummaryMatchesChart(page);
			expect(synthetic.value).not.toBe(all.value);
			const syntheticWeights = await weightRows(page);
			expect(syntheticWeights).not.toEqual(allWeights);
			expect(syntheticWeights.length).toBeLessThan(59);

			await page.selectOption('[data-testid="pilots-comparator"]', 'peers');
			await waitForSettled(page, '[data-comparator="peers"]');
			const peers = await expectSummaryMatchesChart(page);
			expect(peers.value).not.toBe(all.value);
			expect(peers.value).not.toBe(synthetic.value);
			const peerWeights = await weightRows(page);
			expect(peerWeights).not.toEqual(allWeights);
			expect(peerWeights.length).toBe(8);
			// The URL follows a choice once the burst of changes pauses (state/page-query).
			await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('cmp=peers');

			// one pilot in focus, synthetic: the weights chart and the pre-period fit appear
			await page.selectOption('[data-testid="pilots-comparator"]', 'synthetic');
			await waitForSettled(page, '[data-comparator="synthetic"]');
			await page.selectOption('[data-testid="pilots-focus"]', '22');
			await waitForSettled(page, '[data-focus="22"]');
			expect(await page.textContent('[data-testid="pilots-summary"]')).toContain('Quang Ninh');
			await expectSummaryMatchesChart(page);
			await page.waitForSelector('[data-testid="pilots-weights-chart"] svg');
			await page.waitForSelector('[data-testid="pilots-fit-chart"] svg');
			const focusWeights = await weightRows(page);
			const total = focusWeights.reduce((s, r) => s + Number(r[1].replace('%', '').trim()), 0);
			expect(total).toBeGreaterThan(99.5);
			expect(total).toBeLessThan(100.5);

			expect(p.foreignRequests()).toEqual([]);
			expect(p.pageErrors).toEqual([]);
		} finally {
			await p.close();
		}
	}, 600_000);

	it('34-unit mode: TP. Hồ Chí Minh is one unit that only partly piloted (Vietnamese page)', async () => {
		const p = await openPage('/pilots/?units=34');
		try {
			await waitForSettled(p.page, '[data-mode="34"]');
			expect(await p.page.locator('[data-testid="pilots-table"] tbody tr').count()).toBe(4);
			expect(await p.page.textContent('[data-testid="pilots-merger-note"]')).toContain('Bà Rịa – Vũng Tàu');
			expect(await p.page.textContent('[data-testid="pilots-table"]')).toContain('(2/3)');
			await expectSummaryMatchesChart(p.page);
			expect(p.pageErrors).toEqual([]);
		} finally {
			await p.close();
		}
	}, 300_000);
});
