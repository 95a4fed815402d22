// The overview's KPIs against an independent oracle: SQL written here (not the page's builders),
// run by native DuckDB on the same data. Checked in the raw prerendered HTML (before any script)
// and live in the browser for a non-default period; plus the language and theme switches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../src/lib/server/native-db';
import { openOracle, openPage, siteUrl, waitForEngineReady } from './harness';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle();
});
afterAll(() => oracle?.close());

interface Expected {
	received: number;
	on_time_rate: number;
	online_share: number;
	median_wd: number;
	p90_wd: number;
}

/** National figures of a period (months 'YYYY-MM-01'), by plain SQL over the cubes. */
async function expectedFor(from: string, to: string): Promise<Expected> {
	const [counts] = await oracle.run({
		sql: `SELECT sum(received)::DOUBLE AS received, sum(online)::DOUBLE AS online,
		        sum(early + on_time)::DOUBLE AS in_time, sum(late)::DOUBLE AS late,
		        sum(CASE WHEN month = CAST(? AS DATE) THEN overdue_backlog ELSE 0 END)::DOUBLE AS overdue
		      FROM dossier_cube WHERE month >= CAST(? AS DATE) AND month <= CAST(? AS DATE)`,
		params: [to, from, to]
	});
	// quantile_disc over the histogram expanded back to one row per dossier.
	const [q] = await oracle.run({
		sql: `SELECT quantile_disc(wd, 0.5)::DOUBLE AS median_wd, quantile_disc(wd, 0.9)::DOUBLE AS p90_wd
		      FROM (SELECT wd FROM dossier_hist, range(n) AS r(i)
		            WHERE basis = 'finished' AND month >= CAST(? AS DATE) AND month <= CAST(? AS DATE))`,
		params: [from, to]
	});
	const c = counts as Record<string, number>;
	return {
		received: c.received,
		online_share: c.online / c.received,
		on_time_rate: c.in_time / (c.in_time + c.late + c.overdue),
		median_wd: q.median_wd as number,
		p90_wd: q.p90_wd as number
	};
}

/** The default period: the last 12 months with dossiers received. */
async function defaultPeriod(): Promise<{ from: string; to: string }> {
	const [row] = await oracle.run({
		sql: `SELECT strftime(max(month) - INTERVAL 11 MONTH, '%Y-%m-01') AS from_month,
		        strftime(max(month), '%Y-%m-01') AS to_month FROM dossier_cube WHERE received > 0`,
		params: []
	});
	return { from: String(row.from_month), to: String(row.to_month) };
}

/** Σw_pos/Σw per factor, averaged over the five factors, in the latest survey year ≤ `year`. */
async function expectedSipas(year: number): Promise<number> {
	const [row] = await oracle.run({
		sql: `SELECT avg(share) AS sipas FROM (
		        SELECT factor, sum(sum_w_pos) / sum(sum_w) AS share FROM survey_cube
		        WHERE survey_year = (SELECT max(survey_year) FROM survey_cube WHERE survey_year <= ?)
		          AND factor IN ('access', 'procedures', 'officials', 'results', 'feedback')
		        GROUP BY factor)`,
		params: [year]
	});
	return row.sipas as number;
}

/** data-raw of each KPI card in an HTML text. */
function rawKpis(html: string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const m of html.matchAll(/data-testid="kpi-([a-z0-9-]+)"[\s\S]*?data-raw="([^"]+)"/g)) out[m[1]] = Number(m[2]);
	return out;
}

const TOLERANCE = 1e-9;

describe('overview KPIs', () => {
	it('are in the prerendered HTML and equal the oracle for the default period', async () => {
		const response = await fetch(`${siteUrl()}/`);
		const html = await response.text();
		const kpis = rawKpis(html);
		const { from, to } = await defaultPeriod();
		const expected = await expectedFor(from, to);
		expect(kpis.received).toBe(expected.received);
		expect(Math.abs(kpis['on-time'] - expected.on_time_rate)).toBeLessThan(TOLERANCE);
		expect(Math.abs(kpis.online - expected.online_share)).toBeLessThan(TOLERANCE);
		expect(kpis.median).toBe(expected.median_wd);
		expect(kpis.p90).toBe(expected.p90_wd);
		expect(Math.abs(kpis.sipas - (await expectedSipas(Number(to.slice(0, 4)))))).toBeLessThan(TOLERANCE);
		// The formatted figure is in the text too (vi-VN: dot thousands separator).
		expect(html).toContain(`>${new Intl.NumberFormat('vi-VN').format(expected.received)}<`);
	});

	it('follow the URL period live in the browser, with no console error', async () => {
		const p = await openPage('/?from=2024-01&to=2024-06');
		await waitForEngineReady(p.page);
		await p.page.waitForFunction(
			() => document.querySelector('[data-testid="overview-kpis"]')?.getAttribute('data-live') === 'true',
			undefined,
			{ timeout: 60_000 }
		);
		const kpis = rawKpis(await p.page.content());
		const expected = await expectedFor('2024-01-01', '2024-06-01');
		expect(kpis.received).toBe(expected.received);
		expect(Math.abs(kpis['on-time'] - expected.on_time_rate)).toBeLessThan(TOLERANCE);
		expect(Math.abs(kpis.online - expected.online_share)).toBeLessThan(TOLERANCE);
		expect(kpis.median).toBe(expected.median_wd);
		expect(kpis.p90).toBe(expected.p90_wd);
		expect(Math.abs(kpis.sipas - (await expectedSipas(2024)))).toBeLessThan(TOLERANCE);
		expect(await p.page.locator('[data-testid="overview-period"]').textContent()).toContain('2024');
		expect(p.consoleErrors).toEqual([]);
		expect(p.pageErrors).toEqual([]);
		expect(p.foreignRequests()).toEqual([]);
		await p.close();
	});

	it('redraws its charts when a filter changes (not only the tables)', async () => {
		const p = await openPage('/');
		await waitForEngineReady(p.page);
		await p.page.waitForFunction(
			() => document.querySelector('[data-testid="overview-kpis"]')?.getAttribute('data-live') === 'true',
			undefined,
			{ timeout: 60_000 }
		);
		// The default period is the last 12 months of data (2025-02 … 2026-01): no month of 2024
		// on the axis until the period starts in January 2024.
		const axisHas2024 = () =>
			p.page.evaluate(() =>
				Array.from(document.querySelectorAll('[data-testid="chart-volume-chart"] svg text')).some((t) =>
					(t.textContent ?? '').includes('2024')
				)
			);
		await p.page.waitForSelector('[data-testid="chart-volume-chart"] svg text');
		expect(await axisHas2024()).toBe(false);
		// The KPI sparklines (no axis) are compared by their drawn path.
		const sparkPath = '[data-testid="kpi-received"] svg path';
		await p.page.waitForSelector(sparkPath);
		const pathsBefore = await p.page.$$eval(sparkPath, (ps) => ps.map((el) => el.getAttribute('d')).join('|'));
		await p.page.locator('[data-testid="filter-bar"] select').first().selectOption('2024-01');
		await p.page.waitForFunction(
			() =>
				Array.from(document.querySelectorAll('[data-testid="chart-volume-chart"] svg text')).some((t) =>
					(t.textContent ?? '').includes('2024')
				),
			undefined,
			{ timeout: 30_000 }
		);
		await p.page.waitForFunction(
			({ selector, before }) =>
				Array.from(document.querySelectorAll(selector))
					.map((el) => el.getAttribute('d'))
					.join('|') !== before,
			{ selector: sparkPath, before: pathsBefore },
			{ timeout: 30_000 }
		);
		expect(p.pageErrors).toEqual([]);
		await p.close();
	});
});

describe('language and theme', () => {
	it('switches to English on the same page and keeps the query', async () => {
		const p = await openPage('/?group=pilot');
		const link = p.page.getByTestId('lang-switch');
		await p.page.waitForFunction(() =>
			document.querySelector('[data-testid="lang-switch"]')?.getAttribute('href')?.includes('group=pilot')
		);
		expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('vi');
		await link.click();
		await p.page.waitForURL(/\/en\/\?group=pilot$/);
		expect(await p.page.locator('h1').textContent()).toBe('National overview');
		expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('en');
		const html = await (await fetch(`${siteUrl()}/en/`)).text();
		expect(html).toContain('<html lang="en"');
		expect(html).toContain('National overview');
		await p.close();
	});

	it('toggles the dark theme and remembers it', async () => {
		const p = await openPage('/methodology/');
		const theme = () => p.page.evaluate(() => document.documentElement.dataset.theme);
		expect(await theme()).toBe('light');
		// A click before hydration would be lost: wait for the button to be live.
		await p.page.waitForSelector('[data-testid="theme-toggle"][data-ready="true"]');
		await p.page.getByTestId('theme-toggle').click();
		expect(await theme()).toBe('dark');
		const bg = await p.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg).not.toBe('rgb(245, 246, 248)');
		await p.page.reload();
		expect(await theme()).toBe('dark');
		expect(p.consoleErrors).toEqual([]);
		await p.close();
	});
});
