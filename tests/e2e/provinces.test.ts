// The province profiles: every one of the 97 pages prerendered with its figures; each 34-unit
// profile's SIPAS index, interval and rank range equal to the rankings table's row; three
// profiles' dossier indicators equal to this test's own computation from the raw rows (native
// DuckDB); a period change updates the figures live; the benchmark's peers follow the URL; a
// hostile province name stays text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataDir, openOracle, openPage, siteDir } from './harness';
import { EVIL_NAME, hostileProvinces63, routeProvinces63 } from './support/hostile-provinces';
import type { NativeDb } from '../../src/lib/server/native-db';
import { allProvinceSlugs, parseProvinceSlug } from '../../src/lib/reference/province-path';
import { formatDays, formatNumber, formatPercent } from '../../src/lib/i18n/format';
import { score766 } from '../../src/lib/stats/score-766';

let oracle: NativeDb;
beforeAll(async () => {
	oracle = await openOracle(true);
});
afterAll(() => oracle?.close());

const manifest = () => JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as { export_date: string };

/** Text of every cell of a table's body rows. */
function cells(page: Page, selector: string): Promise<string[][]> {
	return page
		.locator(`${selector} tbody tr`)
		.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? '')));
}

/** The profile's dossier figures as shown: indicator → value text. */
async function dossierShown(page: Page): Promise<Record<string, string>> {
	const rows = await page
		.locator('[data-testid="profile-dossier"] tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [tr.getAttribute('data-indicator'), tr.querySelector('[data-testid="profile-value"]')?.textContent?.trim()])
		);
	return Object.fromEntries(rows);
}

/**
 * This test's own dossier indicators for one unit and period (months 'YYYY-MM'), from the raw
 * rows, following METRICS.md: received / finished in the period, the overdue backlog at the end
 * of the last month, discrete quantiles of processing time rounded to 0.1.
 */
async function oracleDossier(mode: '34' | '63', code: string, from: string, to: string): Promise<Record<string, string>> {
	const unit = mode === '34' ? 'province_34' : 'province_63';
	const exportDate = manifest().export_date;
	const [r] = await oracle.run({
		sql: `WITH d AS (
  SELECT *, CAST(received_at AS DATE) AS rd, CAST(finished_at AS DATE) AS fd, CAST(due_at AS DATE) AS dd,
    strftime(received_at, '%Y-%m') AS rm, strftime(finished_at, '%Y-%m') AS fm,
    finished_at IS NULL AND status <> 'withdrawn' AS is_open
  FROM dossiers WHERE ${unit} = ?
), last AS (SELECT last_day(CAST(? || '-01' AS DATE)) AS end_day, least(last_day(CAST(? || '-01' AS DATE)), CAST(? AS DATE)) AS due_end)
SELECT
  count(*) FILTER (WHERE rm BETWEEN ? AND ?)::DOUBLE AS received,
  count_if(channel = 'online' AND rm BETWEEN ? AND ?)::DOUBLE AS online,
  count_if(paid_online AND rm BETWEEN ? AND ?)::DOUBLE AS paid,
  count(paid_online) FILTER (WHERE rm BETWEEN ? AND ?)::DOUBLE AS paid_known,
  count_if(digitized AND rm BETWEEN ? AND ?)::DOUBLE AS digitized,
  count(digitized) FILTER (WHERE rm BETWEEN ? AND ?)::DOUBLE AS digitized_known,
  count_if(status <> 'withdrawn' AND fm BETWEEN ? AND ? AND fd <= dd)::DOUBLE AS good,
  count_if(status <> 'withdrawn' AND fm BETWEEN ? AND ? AND fd > dd)::DOUBLE AS late,
  count_if(rd <= (SELECT end_day FROM last) AND dd <= (SELECT due_end FROM last)
    AND (is_open OR fd > (SELECT end_day FROM last)))::DOUBLE AS overdue,
  quantile_disc(round(processing_wd, 1), 0.5) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL AND fm BETWEEN ? AND ?)::DOUBLE AS median,
  quantile_disc(round(processing_wd, 1), 0.9) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL AND fm BETWEEN ? AND ?)::DOUBLE AS p90
FROM d`,
		params: [code, to, to, exportDate, ...Array.from({ length: 10 }, () => [from, to]).flat()]
	});
	const n = (k: string) => Number(r[k]);
	const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
	const onTime = ratio(n('good'), n('good') + n('late') + n('overdue'));
	const online = ratio(n('online'), n('received'));
	const paid = ratio(n('paid'), n('paid_known'));
	const digitized = ratio(n('digitized'), n('digitized_known'));
	const score = score766({ onTime, online, onlinePayment: paid, digitization: digitized }).score;
	return {
		on_time_rate: formatPercent('en', onTime, 1),
		median_wd: formatDays('en', r.median as number | null),
		p90_wd: formatDays('en', r.p90 as number | null),
		online_share: formatPercent('en', online, 1),
		paid_online_share: formatPercent('en', paid, 1),
		digitized_share: formatPercent('en', digitized, 1),
		score_766: formatNumber('en', score, 1)
	};
}

describe('province profiles', () => {
	it('prerenders all 97 profiles in both languages, each with its name and figures in the HTML', () => {
		const slugs = allProvinceSlugs();
		expect(slugs.length).toBe(97);
		for (const slug of slugs) {
			for (const prefix of ['', 'en/']) {
				const file = join(siteDir(), `${prefix}provinces/${slug}/index.html`);
				expect(existsSync(file), file).toBe(true);
				const html = readFileSync(file, 'utf8');
				expect(html, slug).toContain(`data-code="${parseProvinceSlug(slug)!.code}"`);
				expect(html, slug).toContain('data-testid="profile-survey-table"');
				expect(html, slug).toMatch(/data-indicator="on_time_rate"[\s\S]*?data-testid="profile-value"[^>]*>\d/);
				expect(html, slug).toContain('data-testid="profile-summary"');
			}
		}
	});

	it("shows, on every 34-unit profile, the rankings table's SIPAS index, interval and rank range", async () => {
		const ranking = await openPage('/en/rankings/', { javaScriptEnabled: false });
		const rows = await cells(ranking.page, '[data-testid="rankings-table"]');
		await ranking.close();
		expect(rows.length).toBe(34);
		const byName = new Map(rows.map((r) => [r[0], r]));
		for (const slug of allProvinceSlugs().filter((s) => !s.startsWith('63-'))) {
			const profile = await openPage(`/en/provinces/${slug}/`, { javaScriptEnabled: false });
			const name = (await profile.page.locator('[data-testid="profile-name"]').textContent())!.trim();
			const [sipas] = await cells(profile.page, '[data-testid="profile-survey-table"]');
			await profile.close();
			const row = byName.get(name);
			expect(row, name).toBeTruthy();
			const [, value, lower, upper, , rankRange] = row!;
			expect(sipas[0], name).toBe('SIPAS index');
			expect(sipas[1], name).toBe(value);
			expect(sipas[2], name).toBe(lower === '—' ? '—' : `${lower} – ${upper}`);
			expect(sipas[3], name).toBe(rankRange);
		}
	});

	it('shows dossier indicators equal to a computation from the raw rows (three provinces)', async () => {
		// Ha Noi and Ho Chi Minh City on the 34 units (2025), Ha Giang before the merger (to June 2025).
		for (const [slug, from, to] of [
			['01', '2025-01', '2025-12'],
			['79', '2025-01', '2025-12'],
			['63-02', '2024-07', '2025-06']
		] as const) {
			const ref = parseProvinceSlug(slug)!;
			const p = await openPage(`/en/provinces/${slug}/`, { javaScriptEnabled: false });
			const shown = await dossierShown(p.page);
			await p.close();
			expect(shown, slug).toEqual(await oracleDossier(ref.mode, ref.code, from, to));
		}
	});

	it('updates the figures when the period changes, and keeps the chosen peers in the URL', async () => {
		const opened = await openPage('/en/provinces/01/');
		const { page } = opened;
		const settled = () => page.waitForSelector('[data-testid="profile-page"][data-settled="true"]', { timeout: 120_000 });
		// The locator map draws (the map helper's component, this province outlined).
		await page
			.locator('[data-testid="profile-map-chart"] svg, [data-testid="profile-map-chart"] canvas')
			.first()
			.waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="profile-map-chart"]').getAttribute('aria-label')).toContain('Ha Noi');
		const before = await dossierShown(page);
		await page.locator('[data-testid="filter-bar"] select').first().selectOption('2025-07');
		await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 10_000 }).toBe('2025-07');
		await settled();
		await expect.poll(() => dossierShown(page), { timeout: 60_000 }).toEqual(await oracleDossier('34', '01', '2025-07', '2025-12'));
		expect(await dossierShown(page)).not.toEqual(before);

		await page.getByLabel('Centrally-run cities').check();
		await expect.poll(() => new URL(page.url()).searchParams.get('peers')).toBe('cities');
		const peers = await cells(page, '[data-testid="profile-benchmark-table"]');
		const [cities] = await oracle.run({ sql: `SELECT count(*)::INTEGER AS n FROM provinces_34 WHERE kind = 'city'`, params: [] });
		expect(peers.length).toBe(Number(cities.n));
		expect(peers.map((r) => r[0])).toContain('Ha Noi');
		expect(opened.pageErrors).toEqual([]);
		expect(opened.consoleErrors).toEqual([]);
		expect(opened.foreignRequests()).toEqual([]);
		await opened.close();
	});

	describe('a province name containing HTML', () => {
		const EVIL = EVIL_NAME;
		let evilParquet: Buffer;
		beforeAll(async () => {
			evilParquet = await hostileProvinces63(dataDir());
		});

		it('is shown as text on its profile; no element is injected', async () => {
			const opened = await openPage('/en/provinces/63-01/', {
				prepare: async (context) => {
					await routeProvinces63(context, evilParquet);
				}
			});
			const { page } = opened;
			// A period change starts the engine, which reads the names from the (hostile) table.
			await page.locator('[data-testid="filter-bar"] select').first().selectOption('2024-01');
			await expect.poll(() => page.locator('[data-testid="profile-name"]').textContent(), { timeout: 120_000 }).toBe(EVIL);
			const injected = await page.evaluate(() => ({
				images: document.querySelectorAll('main img').length,
				xss: (window as unknown as { __xss?: number }).__xss ?? null
			}));
			expect(injected).toEqual({ images: 0, xss: null });
			expect(opened.pageErrors).toEqual([]);
			await opened.close();
		});
	});
});
