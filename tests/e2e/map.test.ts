// Browser tests of the province map and the header's province search: the map is drawn from
// the site's own geometry with both archipelagos labelled and the attribution; selecting a unit
// opens its profile; a name with HTML stays text in the tooltip; the search reaches a profile
// with the keyboard alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, openPage, type OpenedPage, type OpenPageOptions } from './harness';
import { EVIL_NAME, hostileProvinces63, routeProvinces63 } from './support/hostile-provinces';

const opened: OpenedPage[] = [];
afterAll(async () => {
	for (const p of opened) await p.close();
});
async function open(path: string, viewport?: { width: number; height: number }, prepare?: OpenPageOptions['prepare']): Promise<Page> {
	const p = await openPage(path, { viewport, prepare });
	opened.push(p);
	return p.page;
}

const MAP = '[data-testid="rankings-map-chart"]';

/** The drawn option's text and the page position of a longitude/latitude on the map. */
async function mapState(page: Page, lonLat: [number, number]) {
	await page.waitForSelector(`${MAP} svg path`, { timeout: 60_000 });
	await page.locator(MAP).scrollIntoViewIfNeeded();
	return page.evaluate(
		({ selector, point }) => {
			const element = document.querySelector(selector)?.querySelector('div') as HTMLElement;
			const chart = window.__reformLensChartOf?.(element);
			const box = element.getBoundingClientRect();
			const [x, y] = chart?.convertToPixel({ geoIndex: 0 }, point) as number[];
			return { x: box.left + x, y: box.top + y, svgText: element.querySelector('svg')?.textContent ?? '' };
		},
		{ selector: MAP, point: lonLat }
	);
}

describe('the rankings map', () => {
	it('labels both archipelagos and credits the boundaries, in Vietnamese and English', async () => {
		const vi = await open('/rankings/');
		const drawn = await mapState(vi, [105.8, 21.0]);
		expect(drawn.svgText).toContain('Quần đảo Hoàng Sa');
		expect(drawn.svgText).toContain('Quần đảo Trường Sa');
		expect(drawn.svgText).toContain('Ranh giới: Open Development Vietnam');
		const en = await open('/en/rankings/');
		const drawnEn = await mapState(en, [105.8, 21.0]);
		expect(drawnEn.svgText).toContain('Hoang Sa (Paracel) Islands');
		expect(drawnEn.svgText).toContain('Truong Sa (Spratly) Islands');
		expect(drawnEn.svgText).toContain('Boundaries: Open Development Vietnam');
	});

	it('opens a unit’s profile when it is clicked (34 and 63 units)', async () => {
		const page = await open('/rankings/');
		// Đắk Lắk's centre (~108.2° E, 12.8° N): 34-unit code 66.
		const point = await mapState(page, [108.2, 12.75]);
		await page.mouse.click(point.x, point.y);
		await page.waitForURL((url) => url.pathname === '/provinces/66/', { timeout: 30_000 });

		const old = await open('/en/rankings/?mode=63&ind=on_time_rate&from=2024-01&to=2024-12');
		await old.waitForSelector('[data-testid="rankings-map"][data-mode="63"]', { timeout: 90_000 });
		// Quảng Nam's inland (~107.9° E, 15.4° N): pre-merger code 49.
		const inland = await mapState(old, [107.9, 15.4]);
		await old.mouse.click(inland.x, inland.y);
		await old.waitForURL((url) => url.pathname === '/en/provinces/63-49/', { timeout: 30_000 });
	});

	it('shows the tooltip as text and keeps a table whose rows link to the profiles', async () => {
		const page = await open('/rankings/');
		const point = await mapState(page, [105.8, 21.0]);
		await page.mouse.move(point.x, point.y);
		// ECharts' tooltip: the chart's one element floated above the rest.
		const tooltip = page.locator(`${MAP} div[style*="z-index: 9999999"]`);
		await tooltip.filter({ hasText: 'Hà Nội' }).waitFor({ timeout: 10_000 });
		expect(await tooltip.textContent()).toMatch(/Hà Nội.*Chỉ số SIPAS/);
		const links = page.locator('[data-testid="rankings-map-table"] tbody a');
		expect(await links.count()).toBe(34);
		expect(await page.locator('[data-testid="rankings-map-table"] a[href="/provinces/79/"]').textContent()).toBe('TP. Hồ Chí Minh');
	});

	describe('a province name containing HTML', () => {
		const EVIL = EVIL_NAME;
		let evilParquet: Buffer;
		beforeAll(async () => {
			evilParquet = await hostileProvinces63(dataDir());
		});

		it('is text in the map tooltip and the map table; nothing is injected', async () => {
			const page = await open('/en/rankings/?mode=63&year=2024', undefined, async (context) => {
				await routeProvinces63(context, evilParquet);
			});
			await page.waitForSelector('[data-testid="rankings-page"][data-settled="true"]', { timeout: 120_000 });
			await page.waitForSelector('[data-testid="rankings-map"][data-mode="63"]');
			await expect
				.poll(() => page.locator('[data-testid="rankings-map-table"] tbody th a').allTextContents(), { timeout: 30_000 })
				.toContain(EVIL);
			const point = await mapState(page, [105.8, 21.0]);
			await page.mouse.move(point.x, point.y);
			const tooltip = page.locator(`${MAP} div[style*="z-index: 9999999"]`);
			await tooltip.filter({ hasText: EVIL }).waitFor({ timeout: 10_000 });
			expect(await tooltip.locator('img').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
		});
	});
});

describe('the province search in the header', () => {
	/** Types a query, moves with the arrows, checks the combobox's state, presses Enter. */
	async function searchAndOpen(page: Page, query: string, expectedName: string, expectedPath: string) {
		const input = page.locator('[data-testid="province-search"] input');
		await input.focus();
		await page.keyboard.type(query);
		await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
		expect(await input.getAttribute('aria-expanded')).toBe('true');
		const listId = await input.getAttribute('aria-controls');
		expect(await page.locator(`#${listId}`).getAttribute('role')).toBe('listbox');
		expect(await input.getAttribute('aria-activedescendant')).toBeNull();
		const options = page.locator(`#${listId} [role="option"]`);
		expect(await options.first().locator('.name').textContent()).toBe(expectedName);
		// Down twice and up once: back on the first option, and still on the same page.
		const before = page.url();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		const activeId = await input.getAttribute('aria-activedescendant');
		expect(activeId).toBe(await options.first().getAttribute('id'));
		expect(await options.first().getAttribute('aria-selected')).toBe('true');
		expect(page.url()).toBe(before);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === expectedPath, { timeout: 30_000 });
		// The profile page arrives with its own branch; where it is built, its heading names the unit.
		const heading = await page
			.locator('h1')
			.first()
			.textContent({ timeout: 5_000 })
			.catch(() => null);
		if (heading !== null && !/404|not found/i.test(heading)) expect(heading).toContain(expectedName);
	}

	it('finds "ha noi" and opens Hà Nội’s profile with the keyboard only', async () => {
		const page = await open('/rankings/');
		await searchAndOpen(page, 'ha noi', 'Hà Nội', '/provinces/01/');
	});

	it('finds "Sài Gòn" (TP. Hồ Chí Minh) with both its lists and opens it, in English too', async () => {
		const page = await open('/');
		const input = page.locator('[data-testid="province-search"] input');
		await input.focus();
		await page.keyboard.type('Sài Gòn');
		const options = page.locator('[role="listbox"]:not([hidden]) [role="option"]');
		await options.first().waitFor();
		expect(await options.allTextContents()).toEqual([
			expect.stringContaining('TP. Hồ Chí Minh'),
			expect.stringMatching(/TP\. Hồ Chí Minh.*nay thuộc TP\. Hồ Chí Minh/)
		]);
		// Escape closes the list without navigating; typing again reopens it.
		await page.keyboard.press('Escape');
		expect(await input.getAttribute('aria-expanded')).toBe('false');
		await page.keyboard.press('ArrowDown');
		expect(await input.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === '/provinces/79/', { timeout: 30_000 });

		const en = await open('/en/trends/');
		await searchAndOpen(en, 'hcm', 'Ho Chi Minh City', '/en/provinces/79/');
	});

	it('fits a 390 px screen without horizontal overflow, list open', async () => {
		const page = await open('/', { width: 390, height: 844 });
		await page.locator('[data-testid="province-search"] input').focus();
		await page.keyboard.type('a');
		await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
		const [scrollWidth, innerWidth, listRight] = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			window.innerWidth,
			document.querySelector('[role="listbox"]')?.getBoundingClientRect().right ?? 0
		]);
		expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
		expect(listRight).toBeLessThanOrEqual(innerWidth);
	});
});
