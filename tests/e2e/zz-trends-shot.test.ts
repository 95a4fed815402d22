import { it } from 'vitest';
import { openPage, waitForEngineReady } from './harness';
it('shot', async () => {
	for (const url of ['/trends/?from=2024-01&to=2025-12&p=01,79,22', '/trends/?from=2024-01&to=2025-12&p=01,79,22&dl=unit:01&dm=2025-02']) {
		const o = await openPage(url, { viewport: { width: 1280, height: 1400 } });
		await waitForEngineReady(o.page);
		await o.page.waitForSelector('[data-testid="trends-page"][data-settled="true"]', { timeout: 90000 });
		await o.page.waitForTimeout(3000);
		const info = await o.page.evaluate(() => ({
			lines: document.querySelector('[data-testid="trend-main-chart"]')?.getAttribute('data-lines'),
			paths: document.querySelectorAll('[data-testid="trend-main-chart"] path').length,
			histPaths: document.querySelectorAll('[data-testid="trend-histogram-chart"] path').length,
			q: window.__reformLensTimings!.queries.map((x) => `${Math.round(x.ms)}ms ${x.rows}r ${x.sql.slice(0, 50).replace(/\s+/g, ' ')}`)
		}));
		console.log(url, JSON.stringify(info, null, 1));
		await o.page.screenshot({ path: '/tmp/tb/shot.png' });
		await o.close();
	}
}, 300000);
