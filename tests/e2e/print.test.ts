// Print: the country briefing and the province briefings print on exactly one A4 page; a page printed as it is shows no
// navigation, header tools, filter bar, selects or buttons, its charts fit the paper's width and
// its tables keep every column; the data date and source are on paper.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, openPage, waitForEngineReady } from './harness';

/** Pages in a PDF: Chromium writes one `/Type /Page` object per page (and `/Pages` for the tree). */
function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** A4 less the 12 mm margins of site.css's @page, in CSS px (96 per inch). */
const PAPER_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle').catch(() => {});
	await page.waitForTimeout(600);
}

/** Elements matching `selector` that are displayed (a box of some size). */
function shown(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(selector, (els) =>
		els
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60))
	);
}

describe('print', () => {
	for (const path of ['/', '/en/']) {
		it(`${path}: the briefing button prints the country briefing on exactly one A4 page`, async () => {
			const p = await openPage(path, { viewport: { width: 1280, height: 900 } });
			const { page } = p;
			await waitForEngineReady(page);
			await settle(page);
			// The print dialog itself cannot be driven; the button's own mark is what print reads.
			await page.evaluate(() => {
				window.print = () => {};
			});
			await page.getByTestId('briefing-print').click();
			expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('briefing');

			await page.emulateMedia({ media: 'print' });
			const briefing = page.getByTestId('briefing');
			expect(await briefing.isVisible()).toBe(true);
			// Only the briefing: no header, cards, charts of the page, footer.
			expect(await shown(page, '.site-header, .site-footer, [data-testid="overview-kpis"], .charts')).toEqual([]);
			const text = (await briefing.textContent()) ?? '';
			for (const needed of path === '/'
				? ['Tỷ lệ đúng hạn', 'khoảng tin cậy 95 %', 'Cách tính', 'Nguồn']
				: ['On-time', '95 % interval', 'Method', 'Source']) {
				expect(text, needed).toContain(needed);
			}
			expect(text).toContain(path === '/' ? 'DỮ LIỆU MÔ PHỎNG' : 'SIMULATED DATA');
			// Its chart was drawn (at the sheet's width) and has its lines.
			expect(await page.locator('[data-testid="briefing"] svg path').count()).toBeGreaterThan(3);

			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPageCount(pdf)).toBe(1);
			await p.close();
		});
	}

	// One 34-unit profile in Vietnamese, one pre-merger profile in English.
	for (const path of ['/provinces/79/', '/en/provinces/63-02/']) {
		it(`${path}: the briefing button prints the province briefing on exactly one A4 page`, async () => {
			const p = await openPage(path, { viewport: { width: 1280, height: 900 } });
			const { page } = p;
			await page.waitForSelector('[data-testid="profile-page"][data-settled="true"]', { timeout: 120_000 });
			await settle(page);
			// The figures as the page shows them: its name, SIPAS (survey table) and dossier values.
			const name = ((await page.getByTestId('profile-name').textContent()) ?? '').trim();
			const sipas = (
				(await page.locator('[data-testid="profile-survey-table"] tbody tr').first().locator('td').first().textContent()) ?? ''
			).trim();
			const dossier = await page.$$eval('[data-testid="profile-dossier"] tbody tr', (rows) =>
				Object.fromEntries(
					rows.map((r) => [r.getAttribute('data-indicator'), r.querySelector('[data-testid="profile-value"]')?.textContent?.trim()])
				)
			);
			await page.evaluate(() => {
				window.print = () => {};
			});
			await page.getByTestId('briefing-print').click();
			await page.emulateMedia({ media: 'print' });
			const briefing = page.getByTestId('briefing');
			expect(await briefing.isVisible()).toBe(true);
			// The sheet is the paper's width: nothing of the page may pad it past the right margin.
			expect(await page.$eval('main', (main) => getComputedStyle(main).paddingLeft)).toBe('0px');
			// Only the briefing: none of the profile's head, cards or charts.
			expect(await shown(page, '.site-header, .site-footer, [data-testid="profile-page"]')).toEqual([]);
			const text = (await briefing.textContent()) ?? '';
			expect(name.length).toBeGreaterThan(1);
			expect(text).toContain(name);
			for (const id of ['on_time_rate', 'median_wd', 'online_share']) {
				expect(dossier[id], id).toMatch(/\d/);
				expect(text, id).toContain(dossier[id]);
			}
			expect(sipas).toMatch(/\d/);
			expect(text).toContain(sipas);
			for (const needed of path.startsWith('/en/')
				? ['SIPAS index', '95 % interval', '90 % rank range', 'National', 'Method', 'Source', 'SIMULATED DATA']
				: ['Chỉ số SIPAS', 'khoảng tin cậy 95 %', 'Khoảng thứ hạng 90 %', 'Cả nước', 'Cách tính', 'Nguồn', 'DỮ LIỆU MÔ PHỎNG']) {
				expect(text, needed).toContain(needed);
			}
			// Its chart (the monthly on-time trend) was drawn with its lines.
			expect(await page.locator('[data-testid="briefing"] svg path').count()).toBeGreaterThan(3);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPageCount(pdf)).toBe(1);
			await p.close();
		});
	}

	for (const path of ['/', '/rankings/', '/en/rankings/', '/provinces/79/']) {
		it(`${path} prints without navigation or controls, charts within the paper, every table column`, async () => {
			const p = await openPage(path, { viewport: { width: PAPER_WIDTH, height: 1100 } });
			const { page } = p;
			await settle(page);
			await page.emulateMedia({ media: 'print' });
			await page.waitForTimeout(300);
			expect(await shown(page, 'nav, .site-header .tools, .toolbar, form, select, input, main button:not(th button)')).toEqual([]);
			// An ordinary print leaves the briefing out.
			expect(await page.getByTestId('briefing').isVisible()).toBe(false);
			const overflow = await page.evaluate((paper) => {
				const wide = [...document.querySelectorAll('main svg, main canvas, main table')]
					.map((el) => ({ el, box: el.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && box.right > paper + 1)
					.map(({ el, box }) => `${el.tagName} right ${Math.round(box.right)}`);
				return { wide, scrollWidth: document.documentElement.scrollWidth };
			}, PAPER_WIDTH);
			expect(overflow.wide).toEqual([]);
			expect(overflow.scrollWidth).toBeLessThanOrEqual(PAPER_WIDTH);
			// Table headers print (their sort buttons are the header text).
			const headers = await page.$$eval('main table thead th', (ths) => ths.filter((th) => th.getBoundingClientRect().height > 0).length);
			const columns = await page.$$eval('main table thead th', (ths) => ths.length);
			expect(headers).toBe(columns);
			// The data date and the source line are on paper.
			const footer = (await page.locator('.site-footer').textContent()) ?? '';
			const exportDate = (JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as { export_date: string }).export_date;
			expect(footer).toContain(exportDate.split('-').reverse().join('/'));
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPageCount(pdf)).toBeGreaterThan(0);
			await p.close();
		});
	}
});
