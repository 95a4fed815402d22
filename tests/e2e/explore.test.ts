// /explore/ end to end: a generated 50,000-dossier CSV export (plus a file refused for a repeated
// HTML-looking column) is chosen in the page; the row accounting and three KPIs must equal what
// the Node importer and plain SQL over its cubes (native DuckDB) give for the same file; a filter
// change re-queries; no request leaves the site during the analysis; HTML from the files is text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchInputs } from '../../scripts/import/bench-input';
import { runPipeline, type PipelineReport } from '../../scripts/import/pipeline';
import { query, tempDir } from '../../scripts/import/test-support';
import { openPage, type OpenedPage } from './harness';

const EXPORT_DATE = '2026-01-05';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">.csv';

let dir: string;
let csv: string;
let hostile: string;
let report: PipelineReport;
let outDir: string;
let p: OpenedPage;

beforeAll(async () => {
	dir = tempDir('explore-e2e-');
	await writeBenchInputs(50_000, dir, 10);
	csv = join(dir, 'dossiers-50k.csv');
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	// As a provincial system would send it: CSV text, a few rows breaking rules.
	await c.run(`COPY (
		SELECT * REPLACE (
			CASE WHEN dossier_id LIKE '%00007' THEN 'teleport' ELSE channel END AS channel,
			CASE WHEN dossier_id LIKE '%00013' THEN '<script>window.__pwned=2</script>' ELSE agency_name END AS agency_name)
		FROM read_parquet('${join(dir, 'dossiers.parquet')}')) TO '${csv}' (HEADER, DELIMITER ',')`);
	c.closeSync();
	instance.closeSync();
	hostile = join(dir, HOSTILE_NAME);
	writeFileSync(hostile, 'dossier_id,<b>x</b>,<b>x</b>\nA,1,2\n');
	outDir = join(dir, 'out');
	report = await runPipeline({ inputs: [{ path: csv }], outDir, exportDate: EXPORT_DATE, source: 'import', allowEmpty: true });
	p = await openPage('/explore/');
}, 300_000);

afterAll(async () => {
	await p?.close();
});

/** Received, on-time rate and median over a month range, by plain SQL over the importer's cubes. */
async function expected(from: string, to: string) {
	const cube = join(outDir, 'cubes', 'dossier_cube.parquet');
	const hist = join(outDir, 'cubes', 'dossier_hist.parquet');
	const [c] = await query(`SELECT sum(received)::DOUBLE AS received, sum(early + on_time)::DOUBLE AS in_time, sum(late)::DOUBLE AS late,
		sum(CASE WHEN month = DATE '${to}' THEN overdue_backlog ELSE 0 END)::DOUBLE AS overdue
		FROM read_parquet('${cube}') WHERE month BETWEEN DATE '${from}' AND DATE '${to}'`);
	const [q] = await query(`SELECT quantile_disc(wd, 0.5)::DOUBLE AS median_wd FROM (
		SELECT wd FROM read_parquet('${hist}'), range(n) AS r(i) WHERE basis = 'finished' AND month BETWEEN DATE '${from}' AND DATE '${to}')`);
	const n = (k: string) => Number(c[k]);
	return {
		received: n('received'),
		on_time_rate: n('in_time') / (n('in_time') + n('late') + n('overdue')),
		median_wd: Number(q.median_wd)
	};
}

const raw = async (testid: string) => Number(await p.page.getByTestId(testid).getAttribute('data-raw'));
/** A KPI card's unformatted figure (KpiCard writes it on its value). */
const kpi = async (testid: string) => Number(await p.page.locator(`[data-testid="${testid}"] [data-kpi-value]`).getAttribute('data-raw'));

describe('/explore/', () => {
	it('validates the dropped export in the browser with the importer’s counts and figures, offline', async () => {
		const before = p.requests.length;
		await p.page.getByTestId('explore-export-date').fill(EXPORT_DATE);
		await p.page.getByTestId('explore-input').setInputFiles([csv, hostile]);
		await p.page.waitForSelector('[data-testid="explore-accounting"]', { timeout: 240_000 });

		// Row accounting = the importer's.
		const rec = report.imports[0];
		const file = p.page.locator('[data-testid="explore-file"]');
		await expect.poll(() => file.count()).toBe(1);
		expect(await raw('explore-read')).toBe(rec.rows_read);
		expect(await raw('explore-kept')).toBe(rec.rows_kept);
		expect(await raw('explore-excluded')).toBe(rec.rows_excluded);
		expect(rec.rows_excluded).toBeGreaterThan(0);
		const reasons = await p.page
			.locator('[data-testid="explore-reason"]')
			.evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-reason'), Number(r.getAttribute('data-raw'))])));
		expect(reasons).toEqual(rec.excluded_by_rule);
		expect(rec.excluded_by_rule.unknown_channel).toBeGreaterThan(0);

		// Three KPIs over the whole file.
		await p.page.waitForSelector('[data-testid="explore-figures"][data-live="true"]', { timeout: 120_000 });
		const span = rec.time_span!;
		const all = await expected(`${span.from.slice(0, 7)}-01`, `${span.to.slice(0, 7)}-01`);
		expect(await kpi('explore-kpi-received')).toBe(all.received);
		expect(await kpi('explore-kpi-on-time')).toBeCloseTo(all.on_time_rate, 9);
		expect(await kpi('explore-kpi-median')).toBeCloseTo(all.median_wd, 9);

		// A filter change: the last month of 2024 as the end.
		await p.page.getByTestId('explore-to').selectOption('2024-12');
		await p.page.waitForFunction(() => document.querySelector('[data-testid="explore-figures"]')?.getAttribute('data-live') === 'true');
		const part = await expected(`${span.from.slice(0, 7)}-01`, '2024-12-01');
		await expect.poll(() => kpi('explore-kpi-received'), { timeout: 30_000 }).toBe(part.received);
		expect(await kpi('explore-kpi-on-time')).toBeCloseTo(part.on_time_rate, 9);
		expect(await kpi('explore-kpi-median')).toBeCloseTo(part.median_wd, 9);

		// Nothing but the site's own files, during the whole analysis.
		const origin = new URL(p.page.url()).origin;
		const during = p.requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
		expect(during.filter((u) => new URL(u).origin !== origin)).toEqual([]);
		expect(p.foreignRequests()).toEqual([]);
		expect(p.pageErrors).toEqual([]);
	}, 400_000);

	it('shows HTML from the files as text', async () => {
		const refused = p.page.getByTestId('explore-refused-item');
		await expect.poll(() => refused.count()).toBe(1);
		const text = await refused.innerText();
		expect(text).toContain(HOSTILE_NAME);
		expect(text).toContain('<b>x</b>');
		expect(await p.page.locator('[data-testid="explore-accounting"] img, [data-testid="explore-accounting"] b').count()).toBe(0);
		expect(await p.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	it('refuses a file too large for the browser before reading it, stating the limit', async () => {
		await p.page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('[data-testid="explore-input"]')!;
			const big = new File([new Uint8Array(1)], 'huge.csv');
			Object.defineProperty(big, 'size', { value: 301 * 1024 * 1024 });
			const dt = new DataTransfer();
			dt.items.add(big);
			input.files = dt.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
		const msg = p.page.getByTestId('explore-too-large');
		await msg.waitFor();
		expect(await msg.innerText()).toMatch(/huge\.csv.*300/);
	});
});
