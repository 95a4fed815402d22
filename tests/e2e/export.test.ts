// Downloads, share and embed in the built site: a chart's PNG (2× pixel ratio) and SVG (title
// text, the demo mark), both CSV flavours and the XLSX parsed back against the table as shown,
// embed mode, and "copy link" with the clipboard granted and refused.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteUrl, type OpenedPage } from './harness';
import { csvTable, download } from './support/downloads';

const DEMO_MARK = 'DỮ LIỆU MÔ PHỎNG / SIMULATED DATA';
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** A page opened and hydrated, its charts drawn. */
async function ready(
	path: string,
	options: Parameters<typeof openPage>[1] = {},
	drawn = '[data-testid="chart-rates-chart"] svg, [data-testid="rankings-table"]'
): Promise<OpenedPage> {
	const p = await openPage(path, options);
	await p.page.waitForSelector('[data-testid="theme-toggle"][data-ready="true"]', { state: 'attached' });
	await p.page.waitForSelector(drawn);
	// Let the engine's first live figures replace the prerendered ones before reading the page.
	await p.page.waitForLoadState('networkidle').catch(() => {});
	await p.page.waitForSelector('figure[aria-busy="true"]', { state: 'detached' }).catch(() => {});
	return p;
}

/** A number as the Vietnamese page shows it ("81,6 %", "1.234", "−0,5"), parsed independently. */
function shownNumber(text: string): number {
	const plain = text
		.replace(/[\s\u00a0\u202f%]/g, '')
		.replace(/\u2212/g, '-')
		.replace(/\./g, '')
		.replace(',', '.');
	return Number(plain);
}

/** RFC 4180 fields of one CSV line (quotes, doubled quotes), enough for these files. */
/** The frame's table as shown: header texts and cell texts. */
async function shownTable(page: Page, scope: string): Promise<{ header: string[]; rows: string[][] }> {
	return page.locator(`[data-testid="${scope}"] table`).evaluate((table) => ({
		header: [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim()),
		rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()))
	}));
}

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart downloads', () => {
	it('PNG is the SVG at 2× pixel ratio; both carry title, period, source and the demo mark', async () => {
		const p = await ready('/');
		const { page } = p;
		const svg = await download(page, 'chart-rates', 'svg');
		const svgText = svg.bytes.toString('utf8');
		expect(svg.name).toMatch(/^overview_.+_\d{4}-\d{2}_\d{4}-\d{2}_data-\d{4}-\d{2}-\d{2}_demo\.svg$/);
		const title = await page.locator('[data-testid="chart-rates"] .title').textContent();
		expect(svgText).toContain(`>${title}</text>`);
		expect(svgText).toContain(DEMO_MARK);
		expect(svgText).toMatch(/Kỳ số liệu: \d{4}-\d{2}\/\d{4}-\d{2}/);
		expect(svgText).toContain('Nguồn: Reform Lens');
		// The chart itself, drawn by ECharts' SVG renderer, nested inside.
		expect(svgText.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(2);
		const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)![1]);
		const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svgText)![1]);
		const chartWidth = await page.getByTestId('chart-rates-chart').evaluate((n) => n.clientWidth);
		expect(width).toBe(Math.max(360, chartWidth + 32));

		const png = await download(page, 'chart-rates', 'png');
		expect(png.name.endsWith('_demo.png')).toBe(true);
		expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
		// The demo badge is drawn into the pixels: sample its fill where the SVG puts it.
		const badge = /<rect x="(\d+)" y="(\d+)" width="([\d.]+)" height="22" rx="4" fill="#b42318"\/>/.exec(svgText)!;
		const [bx, by] = [Number(badge[1]) + 3, Number(badge[2]) + 3];
		const pixel = await page.evaluate(
			async ({ data, x, y }) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				return [...context.getImageData(x * 2, y * 2, 1, 1).data];
			},
			{ data: png.bytes.toString('base64'), x: bx, y: by }
		);
		expect(pixel.slice(0, 3)).toEqual([0xb4, 0x23, 0x18]);
		expect(p.pageErrors).toEqual([]);
		expect(p.foreignRequests()).toEqual([]);
		await p.close();
	});

	it('the page charts carry the demo mark behind the data', async () => {
		const p = await ready('/en/');
		const marks = await p.page.evaluate(() =>
			[...document.querySelectorAll('figure[data-demo-mark] [data-testid$="-chart"]')].map((node) => {
				const option = window.__reformLensChartOf?.(node)?.getOption() as
					{ graphic?: { elements?: { id?: string; z?: number; style?: { text?: string } }[] }[] } | undefined;
				return { text: node.textContent ?? '', mark: option?.graphic?.[0]?.elements?.find((e) => e.id === 'reform-lens-demo-mark') };
			})
		);
		expect(marks.length).toBeGreaterThanOrEqual(3);
		for (const m of marks) {
			// Drawn (two lines of text in the chart's SVG), and behind the series.
			for (const part of DEMO_MARK.split(' / ')) expect(m.text).toContain(part);
			expect(m.mark?.style?.text?.replace('\n', ' / ')).toBe(DEMO_MARK);
			expect(m.mark?.z).toBeLessThan(0);
		}
		await p.close();
	});
});

describe('table downloads', () => {
	it('both CSV flavours parse back to the values shown', async () => {
		const p = await ready('/');
		const { page } = p;
		const excel = await download(page, 'chart-rates', 'csv-excel');
		const plain = await download(page, 'chart-rates', 'csv');
		expect(excel.name).toMatch(/_demo_excel\.csv$/);
		expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(plain.bytes[0]).not.toBe(0xef);
		const excelText = excel.bytes.toString('utf8');
		expect(excelText).toContain(`# ${DEMO_MARK}`);
		expect(excelText).toMatch(/# Ngày trích xuất dữ liệu;\d{4}-\d{2}-\d{2}/);

		await page.locator('[data-testid="chart-rates"] .actions > button').click();
		const shown = await shownTable(page, 'chart-rates');
		for (const [text, separator, decimal] of [
			[excelText, ';', ','],
			[plain.bytes.toString('utf8'), ',', '.']
		] as const) {
			const [header, ...rows] = csvTable(text, separator);
			// Percent columns say so in the header; the values are percent, not fractions.
			expect(header.slice(1)).toEqual(shown.header.slice(1).map((h) => `${h} (%)`));
			expect(rows.length).toBe(shown.rows.length);
			rows.forEach((row, r) => {
				const [month, ...values] = row;
				const [shownMonth, ...shownValues] = shown.rows[r];
				const [year, number] = month.split('-');
				expect(shownMonth).toContain(year);
				expect(shownMonth).toMatch(new RegExp(`(^|\\D)0?${Number(number)}(\\D|$)`));
				values.forEach((v, i) => {
					expect(v.includes(decimal === ',' ? '.' : ','), v).toBe(false);
					expect(Number(v.replace(',', '.'))).toBe(shownNumber(shownValues[i]));
				});
			});
		}
		await p.close();
	});

	it('the pilots CSV writes every date and window in ISO form', async () => {
		const p = await ready('/pilots/', {}, '[data-testid="pilots-table"] tbody tr');
		const file = await download(p.page, 'pilots-table', 'csv');
		const [header, ...rows] = csvTable(file.bytes.toString('utf8'), ',');
		expect(rows.length).toBeGreaterThan(1);
		const iso = /^(\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2})?)?)?$/;
		for (const row of rows) {
			// Start, the window before and the window after: columns 2–4.
			for (const cell of row.slice(1, 4)) expect(cell, header.join('|')).toMatch(iso);
			expect(row.join(',')).not.toMatch(/thg|tháng/);
		}
		await p.close();
	});

	it('the XLSX holds the same values as the table, numbers as numbers, and an about sheet', async () => {
		const p = await ready('/rankings/');
		const { page } = p;
		const file = await download(page, 'rankings-table', 'xlsx');
		expect(file.name).toMatch(/^rankings_.+_demo\.xlsx$/);
		const shown = await shownTable(page, 'rankings-table');
		const book = new ExcelJS.Workbook();
		// exceljs types its input as an older Node Buffer.
		await book.xlsx.load(file.bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
		const [data, about] = book.worksheets;
		expect(data.rowCount).toBe(shown.rows.length + 1);
		let numbers = 0;
		shown.rows.forEach((row, r) => {
			row.forEach((text, c) => {
				const cell = data.getRow(r + 2).getCell(c + 1);
				if (typeof cell.value === 'number') {
					numbers += 1;
					const percent = String(cell.numFmt).endsWith('%');
					expect(percent ? Math.round(cell.value * 1e6) / 1e4 : cell.value, `${r},${c} ${text}`).toBeCloseTo(shownNumber(text), 6);
				} else if (cell.value === null) expect(text, `${r},${c}`).toBe('—');
				else expect(String(cell.value), `${r},${c}`).toBe(text);
			});
		});
		expect(numbers).toBeGreaterThan(shown.rows.length * 3);
		const aboutText = about.getSheetValues().flat().map(String).join('\n');
		expect(aboutText).toContain(DEMO_MARK);
		expect(aboutText).toMatch(/\d{4}-\d{2}\/\d{4}-\d{2}/);
		expect(aboutText).toContain(`${siteUrl()}/rankings/`);
		expect(aboutText).toContain(`${siteUrl()}/methodology/`);
		await p.close();
	});
});

describe('share and embed', () => {
	it('copy link puts the current URL with its state on the clipboard, with a visible confirmation', async () => {
		const p = await ready('/?mode=63&group=pilot', {
			prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() })
		});
		const { page } = p;
		const menu = page.locator('[data-testid="chart-rates"] [data-testid="share-menu"]');
		await menu.locator('summary').click();
		await menu.locator('[data-share="link"]').click();
		await expect
			.poll(() => page.locator('[data-testid="chart-rates"] [data-testid="share-status"]').textContent())
			.toBe('Đã sao chép liên kết.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}/?mode=63&group=pilot`);
		await menu.locator('summary').click();
		await menu.locator('[data-share="embed"]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe src="');
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toContain(`${siteUrl()}/?mode=63&amp;group=pilot&amp;embed=1&amp;chart=chart-rates`);
		await p.close();
	});

	it('shows the text to copy by hand when the clipboard is refused', async () => {
		const p = await ready('/', {
			prepare: async (context) => {
				await context.addInitScript(() => {
					Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
				});
			}
		});
		const menu = p.page.locator('[data-testid="chart-time"] [data-testid="share-menu"]');
		await menu.locator('summary').click();
		await menu.locator('[data-share="link"]').click();
		const manual = p.page.locator('[data-testid="chart-time"] textarea');
		await manual.waitFor();
		expect(await manual.inputValue()).toBe(`${siteUrl()}/`);
		await p.close();
	});

	it('embed mode shows one chart with its source line and a link back, no navigation', async () => {
		const p = await ready('/en/?embed=1&chart=chart-rates');
		const { page } = p;
		await page.waitForSelector('html[data-embed]');
		for (const hidden of ['header.site-header', 'nav', 'footer', '[data-testid="chart-time"]', '[data-testid="overview-kpis"]']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		expect(await page.getByTestId('chart-rates').isVisible()).toBe(true);
		expect(await page.locator('[data-testid="chart-rates-chart"] svg').isVisible()).toBe(true);
		const source = page.getByTestId('embed-source');
		expect(await source.textContent()).toContain('Source: Reform Lens');
		expect(await source.locator('a').getAttribute('href')).toBe(`${siteUrl()}/en/`);
		expect(await page.locator('[data-testid="chart-rates"] [data-testid="share-menu"]').count()).toBe(0);
		expect(p.pageErrors).toEqual([]);
		await p.close();

		const table = await ready('/rankings/?embed=1&chart=rankings-table');
		await table.page.waitForSelector('html[data-embed]');
		expect(await table.page.getByTestId('rankings-table').isVisible()).toBe(true);
		expect(await table.page.locator('nav').first().isVisible()).toBe(false);
		await table.close();
	});

	it('embed mode hides the site chrome from the first paint, before the app hydrates', async () => {
		// The app's modules never arrive: what shows is the prerendered page and static/theme.js.
		const noApp = async (context: BrowserContext) => {
			await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
		};
		const embedded = await openPage('/en/?embed=1&chart=chart-rates', { prepare: noApp });
		await embedded.page.waitForSelector('html[data-embed-pending]', { state: 'attached' });
		for (const hidden of ['header.site-header', 'footer.site-footer']) {
			expect(await embedded.page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		expect(await embedded.page.getByTestId('chart-rates').isVisible()).toBe(true);
		await embedded.close();
		// A malformed chart id is no embed: the full page, as after hydration.
		for (const path of ['/en/', '/en/?embed=1&chart=%3Cb%3E']) {
			const full = await openPage(path, { prepare: noApp });
			expect(await full.page.locator('html[data-embed-pending]').count(), path).toBe(0);
			expect(await full.page.locator('header.site-header').isVisible(), path).toBe(true);
			await full.close();
		}
		// Once hydrated, the layout takes over: the pending mark is gone, embed mode is on.
		const hydrated = await ready('/en/?embed=1&chart=chart-rates');
		await hydrated.page.waitForSelector('html[data-embed]');
		expect(await hydrated.page.locator('html[data-embed-pending]').count()).toBe(0);
		await hydrated.close();
	});

	it('the open menus pass axe in both themes and at phone width', async () => {
		for (const viewport of [
			{ width: 1440, height: 900 },
			{ width: 390, height: 844 }
		]) {
			const p = await ready('/', { viewport });
			const { page } = p;
			for (const theme of ['light', 'dark']) {
				if (theme === 'dark') {
					await page.getByTestId('theme-toggle').click();
					await page.waitForSelector('html[data-theme="dark"]');
				}
				await page.locator('[data-testid="chart-rates"] [data-testid="export-menu"] summary').click();
				const items = page.locator('[data-testid="chart-rates"] [data-testid="export-menu"] button');
				for (const box of await items.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect))) {
					expect(box.height).toBeGreaterThanOrEqual(24);
					expect(box.right).toBeLessThanOrEqual(viewport.width);
				}
				await page.evaluate(axeSource);
				const violations = await page.evaluate(async () => {
					const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string }[] }> } }).axe;
					return (await axe.run(document)).violations.map((v) => v.id);
				});
				expect(violations, `${viewport.width} ${theme}`).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await page.locator('[data-testid="chart-rates"] [data-testid="export-menu"]').getAttribute('open')).toBeNull();
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
			await p.close();
		}
	});
});
