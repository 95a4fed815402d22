// Every page in both languages on a phone (390 × 844) and a desktop (1440 × 900): the document is
// never wider than the screen, no two text labels of a chart (axes, legend, event marks,
// reference-line labels) overlap, page-level controls are targets of at least 24 px, and a table
// that scrolls sideways says so.
//
// Labels are read from each chart's own scene (ECharts' zrender display list: every text it
// drew, with its transform), so canvas and SVG charts are checked alike and labels ECharts hid
// (hideOverlap) do not count.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './harness';

const PATHS = [
	'/',
	'/rankings/',
	'/pilots/',
	'/trends/',
	'/indices/',
	'/explore/',
	'/provinces/',
	'/provinces/79/',
	'/provinces/63-02/',
	'/data-quality/',
	'/methodology/'
];
const PAGES = [...PATHS, ...PATHS.map((p) => (p === '/' ? '/en/' : `/en${p}`))];
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];

interface Overlap {
	chart: string;
	a: string;
	b: string;
}

/** Pairs of text labels that overlap (by more than 1 px each way) inside each chart of the page. */
async function chartLabelOverlaps(page: Page): Promise<Overlap[]> {
	return page.evaluate(() => {
		interface Rect {
			x: number;
			y: number;
			width: number;
			height: number;
			clone(): Rect;
			applyTransform(m: number[] | null | undefined): void;
		}
		interface Displayable {
			type: string;
			invisible?: boolean;
			style?: { text?: string; opacity?: number; font?: string };
			/** Drawing order; zrender copies a text's z to its lines. */
			z?: number;
			transform?: number[] | null;
			getBoundingRect(): Rect;
			/** The clip paths drawn around it (a scrolling legend clips the entries past its pager). */
			__clipPaths?: Displayable[];
		}
		interface Chart {
			getZr(): { storage: { getDisplayList(update: boolean): Displayable[] } };
		}
		const found: { chart: string; a: string; b: string }[] = [];
		const chartOf = window.__reformLensChartOf as unknown as ((el: Element) => Chart | undefined) | undefined;
		if (!chartOf) return found;
		for (const el of document.querySelectorAll('[_echarts_instance_]')) {
			const chart = chartOf(el);
			if (!chart) continue;
			const name = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '?';
			const texts = chart
				.getZr()
				.storage.getDisplayList(true)
				// The demo mark (demo-mark.ts) is a watermark drawn behind everything (z < 0), not a label.
				.filter(
					(d) => d.type === 'tspan' && !d.invisible && (d.z ?? 0) >= 0 && (d.style?.text ?? '').trim() !== '' && d.style?.opacity !== 0
				)
				.map((d) => {
					const box = (e: Displayable) => {
						const r = e.getBoundingRect().clone();
						r.applyTransform(e.transform);
						return { l: r.x, t: r.y, r: r.x + r.width, b: r.y + r.height };
					};
					const shown = box(d);
					// zrender sizes a line by the width of "国", which a browser without CJK fonts
					// draws a few px wide: take the line as 1.2 × the font size, centred where drawn.
					const size = Number(/(\d+(?:\.\d+)?)px/.exec(d.style?.font ?? '')?.[1] ?? 12);
					const middle = (shown.t + shown.b) / 2;
					const half = Math.max(shown.b - shown.t, size * 1.2) / 2;
					shown.t = middle - half;
					shown.b = middle + half;
					// What a clip path cuts away is not on screen.
					for (const clip of d.__clipPaths ?? []) {
						const c = box(clip);
						shown.l = Math.max(shown.l, c.l);
						shown.t = Math.max(shown.t, c.t);
						shown.r = Math.min(shown.r, c.r);
						shown.b = Math.min(shown.b, c.b);
					}
					return { text: d.style?.text ?? '', ...shown };
				})
				.filter((t) => t.r - t.l > 1 && t.b - t.t > 1);
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					const p = texts[i];
					const q = texts[j];
					const w = Math.min(p.r, q.r) - Math.max(p.l, q.l);
					const h = Math.min(p.b, q.b) - Math.max(p.t, q.t);
					if (w > 1 && h > 1) found.push({ chart: name, a: p.text, b: q.text });
				}
			}
		}
		return found;
	});
}

/** Waits until the page is quiet and every chart, in view or not, has drawn. */
async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle').catch(() => {});
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await page.waitForTimeout(600);
}

describe('layout on a phone and a desktop', () => {
	for (const path of PAGES) {
		it(`${path}: no sideways scrolling, no overlapping chart labels, targets ≥ 24 px`, async () => {
			for (const viewport of VIEWPORTS) {
				const p = await openPage(path, { viewport });
				const { page } = p;
				await settle(page);
				const where = `${path} at ${viewport.width}`;
				const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
				expect(scrollWidth, `${where}: document width`).toBeLessThanOrEqual(innerWidth);
				expect(await chartLabelOverlaps(page), `${where}: overlapping chart labels`).toEqual([]);
				// Page-level controls (not the links and buttons inside tables and charts' scenes).
				const small = await page.evaluate(() =>
					[...document.querySelectorAll('main select, main input:not([type="checkbox"]):not([type="radio"]), main button, .toolbar select')]
						.filter((el) => !el.closest('.briefing, details:not([open])'))
						// A visually hidden input (a styled file chooser) is reached through its label: measure that.
						.map((el) => ({ el, target: (el.classList.contains('visually-hidden') && el.closest('label')) || el }))
						.map(({ el, target }) => ({ el, box: target.getBoundingClientRect() }))
						.filter(({ box }) => box.width > 0 && (box.height < 24 || box.width < 24))
						.map(
							({ el, box }) =>
								`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`
						)
				);
				expect(small, `${where}: controls under 24 px`).toEqual([]);
				expect(p.pageErrors, where).toEqual([]);
				await p.close();
			}
		});
	}

	it('the label check finds overlaps: a legend given no room collides with the national label', async () => {
		// The rankings phone chart as it was before chart-layout.ts: the wrapped legend drawn
		// over the plot's top, where the national value's label sits.
		const p = await openPage('/rankings/', { viewport: { width: 390, height: 844 } });
		// The ranking is drawn once the engine has answered and the SIPAS statistics have run: wait
		// for its rows (a fixed pause left the chart sometimes still empty, so nothing was changed).
		await p.page.waitForFunction(
			() => {
				const el = document.querySelector('[data-testid="rankings-chart"] [_echarts_instance_]');
				const option = el && window.__reformLensChartOf?.(el)?.getOption();
				const series = (option?.series ?? []) as { data?: unknown[] }[];
				return series.some((s) => (s.data?.length ?? 0) > 0);
			},
			undefined,
			{ timeout: 60_000 }
		);
		await settle(p.page);
		// Applied again until it holds: a late update of the page's own (its statistics arrive after
		// mount) may redraw the chart over the change; the check itself must then find the overlap.
		await expect
			.poll(
				async () => {
					await p.page.evaluate(() => {
						const el = document.querySelector('[data-testid="rankings-chart"] [_echarts_instance_]');
						const chart = el && window.__reformLensChartOf?.(el);
						const names = [
							'Cao hơn cả nước (khoảng tin cậy không chứa giá trị cả nước)',
							'Không phân biệt được với mức cả nước',
							'Thấp hơn cả nước (khoảng tin cậy không chứa giá trị cả nước)'
						];
						chart?.setOption({ grid: { top: 52 }, legend: { data: names }, series: [{}, {}, ...names.map((name) => ({ name }))] });
					});
					await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
					return (await chartLabelOverlaps(p.page)).length;
				},
				{ timeout: 20_000, interval: 500 }
			)
			.toBeGreaterThan(0);
		await p.close();
	});

	it('a table wider than a phone scrolls inside a labelled, focusable region and says so', async () => {
		const p = await openPage('/rankings/', { viewport: { width: 390, height: 844 } });
		await settle(p.page);
		const region = p.page.locator('[data-testid="rankings-table"] [role="region"]');
		expect(await region.getAttribute('tabindex')).toBe('0');
		expect(await region.getAttribute('aria-label')).toBeTruthy();
		expect(await region.getAttribute('data-overflowing')).toBe('true');
		expect(await p.page.locator('[data-testid="rankings-table"] .scroll-hint').isVisible()).toBe(true);
		// Rows are one line: the legend is said once above the table, not in every row.
		const rowHeights = await p.page.$$eval('[data-testid="rankings-table"] tbody tr', (rows) =>
			rows.map((r) => r.getBoundingClientRect().height)
		);
		expect(Math.max(...rowHeights)).toBeLessThan(48);
		expect(await p.page.getByTestId('rankings-table-legend').isVisible()).toBe(true);
		await p.close();
		// On a desktop the same table fits, and the hint stays hidden.
		const wide = await openPage('/en/pilots/', { viewport: { width: 1440, height: 900 } });
		await settle(wide.page);
		const hint = wide.page.locator('[data-testid="pilots-table"] .scroll-hint');
		expect(await hint.isVisible()).toBe(false);
		await wide.close();
	});

	it('an unknown address gets the bilingual page with status 404', async () => {
		const p = await openPage('/khong-co/');
		expect(await p.page.locator('h1').textContent()).toContain('Không tìm thấy trang');
		expect(await p.page.locator('section[lang="en"] h2').textContent()).toContain('Page not found');
		expect(p.failedRequests.some((r) => r.startsWith('404 ') && r.includes('/khong-co/'))).toBe(true);
		await p.close();
	});
});
