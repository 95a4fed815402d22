// The cubes agree with the validated raw rows they were built from; a hand-checked backlog;
// working days across Tết 2025; byte-identical output for identical demo input.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchInputs } from './bench-input';
import { runPipeline, type PipelineReport } from './pipeline';
import { query, tempDir, validDossier, writeCsv } from './test-support';
import { CROSS_COLUMNS, SIPAS_FACTORS } from '../../src/lib/stats/sipas-cells';

const EXPORT = '2026-01-05';

describe('backlog at month ends and working days (hand-checked)', () => {
	let outDir: string;
	beforeAll(async () => {
		const dir = tempDir();
		outDir = join(dir, 'out');
		const d = (id: string, received: string, due: string | null, finished: string | null, status = 'returned') =>
			validDossier(id, { received_at: received, due_at: due, finished_at: finished, status, sector: 'S' });
		const rows = [
			// end of March 2024: in the backlog (finished in April), not overdue
			d('b1', '2024-03-10 08:00', '2024-04-05 17:00', '2024-04-02 10:00'),
			// received on the last day, still open at export: backlog every month-end to the export;
			// overdue from April (due 2024-04-10)
			d('b2', '2024-03-31 09:00', '2024-04-10 17:00', null, 'in_progress'),
			// finished on 31 March: not in the backlog at the end of that day
			d('b3', '2024-02-15 08:00', '2024-03-01 17:00', '2024-03-31 11:00'),
			// withdrawn on 5 April: in the March backlog (not yet withdrawn), then never again
			d('b4', '2024-03-20 08:00', '2024-03-25 17:00', '2024-04-05 08:00', 'withdrawn'),
			// due 20 March, finished 10 April: overdue at the end of March, late in April
			d('b5', '2024-03-05 08:00', '2024-03-20 17:00', '2024-04-10 08:00'),
			// Tết 2025 (25 Jan – 2 Feb off): Fri 24 Jan → Mon 3 Feb is 1 working day;
			// Wed 22 Jan → Wed 5 Feb is 5 (23, 24 Jan, 3, 4, 5 Feb)
			d('t1', '2025-01-24 08:00', '2025-02-07 17:00', '2025-02-03 16:00'),
			d('t2', '2025-01-22 08:00', '2025-02-07 17:00', '2025-02-05 16:00'),
			// open and due after the export date: in the backlog of the export month, not overdue
			d('e1', '2026-01-02 08:00', '2026-01-20 17:00', null, 'received')
		];
		await runPipeline({
			inputs: [{ path: writeCsv(dir, 'backlog.csv', rows) }],
			outDir,
			exportDate: EXPORT,
			source: 'import',
			allowEmpty: true
		});
	});

	const month = async (m: string) =>
		(
			await query(
				`SELECT sum(backlog)::INTEGER AS backlog, sum(overdue_backlog)::INTEGER AS overdue,
					sum(received)::INTEGER AS received, sum(finished)::INTEGER AS finished, sum(withdrawn)::INTEGER AS withdrawn,
					sum(early)::INTEGER AS early, sum(on_time)::INTEGER AS on_time, sum(late)::INTEGER AS late
				 FROM '${outDir}/cubes/dossier_cube.parquet' WHERE month = DATE '${m}'`
			)
		)[0];

	it('February 2024: b3 open', async () => {
		expect(await month('2024-02-01')).toMatchObject({ backlog: 1, overdue: 0, received: 1 });
	});
	it('March 2024: b1, b2, b4, b5 open at the end of 31 March; b5 and b4 overdue', async () => {
		expect(await month('2024-03-01')).toEqual({
			backlog: 4,
			overdue: 2,
			received: 4,
			finished: 1,
			withdrawn: 0,
			early: 0,
			on_time: 0,
			late: 1
		});
	});
	it('April 2024: only b2 left, overdue; b4 counted as withdrawn, not finished nor late', async () => {
		expect(await month('2024-04-01')).toEqual({
			backlog: 1,
			overdue: 1,
			received: 0,
			finished: 2,
			withdrawn: 1,
			early: 1,
			on_time: 0,
			late: 1
		});
	});
	it('export month: the overdue test stops at the export date', async () => {
		expect(await month('2026-01-01')).toMatchObject({ backlog: 2, overdue: 1, received: 1 });
	});
	it('counts working days across Tết 2025', async () => {
		const rows = await query(
			`SELECT dossier_id, processing_wd FROM read_parquet('${outDir}/dossiers/*/*/part-0.parquet')
			 WHERE dossier_id LIKE 't%' ORDER BY dossier_id`
		);
		expect(rows).toEqual([
			{ dossier_id: 't1', processing_wd: 1 },
			{ dossier_id: 't2', processing_wd: 5 }
		]);
	});
});

describe('cubes agree with the raw rows (synthetic export)', () => {
	let outDir: string;
	let report: PipelineReport;
	let raw: string;
	beforeAll(async () => {
		const dir = tempDir();
		await writeBenchInputs(4000, dir);
		outDir = join(dir, 'out');
		report = await runPipeline({
			inputs: [{ path: join(dir, 'dossiers.parquet') }, { path: join(dir, 'survey.parquet') }],
			outDir,
			exportDate: EXPORT,
			source: 'import'
		});
		raw = `read_parquet('${outDir}/dossiers/*/*/part-0.parquet')`;
	});

	const cube = () => `'${outDir}/cubes/dossier_cube.parquet'`;
	const CELL = 'province_63, province_34, sector, channel, agency_level';

	/** Rows of a FULL JOIN of two grouped results that differ in any measure. */
	async function differences(cubeSql: string, rawSql: string, keys: string, measures: string[]): Promise<number> {
		const on = keys
			.split(',')
			.map((k) => `c.${k.trim()} IS NOT DISTINCT FROM r.${k.trim()}`)
			.join(' AND ');
		const differ = measures.map((m) => `coalesce(c.${m}, 0) <> coalesce(r.${m}, 0)`).join(' OR ');
		const [{ n }] = await query(`SELECT count(*)::INTEGER AS n FROM (${cubeSql}) c FULL JOIN (${rawSql}) r ON ${on} WHERE ${differ}`);
		return n as number;
	}

	it('the input exercises open, withdrawn and post-merger rows', async () => {
		const [s] = await query(
			`SELECT count_if(finished_at IS NULL)::INTEGER AS open, count_if(status = 'withdrawn')::INTEGER AS wd,
				count_if(province_63 IS NULL)::INTEGER AS post FROM ${raw}`
		);
		expect(s.open).toBeGreaterThan(10);
		expect(s.wd).toBeGreaterThan(10);
		expect(s.post).toBeGreaterThan(500);
	});

	it('received-month counts match exactly, per cell', async () => {
		const measures = [
			'received',
			'online',
			'full_online',
			'paid_online',
			'digitized_known',
			'no_due',
			'r_finished',
			'r_withdrawn',
			'r_early',
			'r_on_time',
			'r_late',
			'r_open',
			'r_open_overdue'
		];
		const c = `SELECT month, ${CELL}, ${measures.map((m) => `sum(${m}) AS ${m}`).join(', ')} FROM ${cube()} GROUP BY ALL HAVING sum(received) > 0`;
		const r = `SELECT CAST(date_trunc('month', received_at) AS DATE) AS month, ${CELL},
			count(*) AS received, count_if(channel = 'online') AS online, count_if(service_level = 'full_online') AS full_online,
			count_if(paid_online) AS paid_online, count(digitized) AS digitized_known, count_if(due_at IS NULL) AS no_due,
			count_if(finished_at IS NOT NULL AND status <> 'withdrawn') AS r_finished, count_if(status = 'withdrawn') AS r_withdrawn,
			count_if(status <> 'withdrawn' AND finished_at::DATE < due_at::DATE) AS r_early,
			count_if(status <> 'withdrawn' AND finished_at::DATE = due_at::DATE) AS r_on_time,
			count_if(status <> 'withdrawn' AND finished_at::DATE > due_at::DATE) AS r_late,
			count_if(finished_at IS NULL) AS r_open,
			count_if(finished_at IS NULL AND due_at::DATE <= DATE '${EXPORT}') AS r_open_overdue
			FROM ${raw} GROUP BY ALL`;
		expect(await differences(c, r, `month, ${CELL}`, measures)).toBe(0);
		const [{ total }] = await query(`SELECT sum(received)::INTEGER AS total FROM ${cube()}`);
		expect(total).toBe(report.imports[0].rows_kept);
	});

	it('finished-month counts match exactly, per cell', async () => {
		const measures = ['finished', 'withdrawn', 'early', 'on_time', 'late', 'finished_no_due'];
		const c = `SELECT month, ${CELL}, ${measures.map((m) => `sum(${m}) AS ${m}`).join(', ')} FROM ${cube()} GROUP BY ALL HAVING sum(finished) + sum(withdrawn) > 0`;
		const r = `SELECT CAST(date_trunc('month', finished_at) AS DATE) AS month, ${CELL}, count_if(status <> 'withdrawn') AS finished,
			count_if(status = 'withdrawn') AS withdrawn,
			count_if(status <> 'withdrawn' AND finished_at::DATE < due_at::DATE) AS early,
			count_if(status <> 'withdrawn' AND finished_at::DATE = due_at::DATE) AS on_time,
			count_if(status <> 'withdrawn' AND finished_at::DATE > due_at::DATE) AS late,
			count_if(status <> 'withdrawn' AND due_at IS NULL) AS finished_no_due
			FROM ${raw} WHERE finished_at IS NOT NULL GROUP BY ALL`;
		expect(await differences(c, r, `month, ${CELL}`, measures)).toBe(0);
	});

	it('month-end backlog matches a direct count over month ends', async () => {
		const c = `SELECT month, province_34, sum(backlog) AS backlog, sum(overdue_backlog) AS overdue_backlog FROM ${cube()} GROUP BY ALL HAVING sum(backlog) > 0`;
		const r = `SELECT m AS month, province_34, count(*) AS backlog,
				count_if(due_at::DATE <= least(last_day(m), DATE '${EXPORT}')) AS overdue_backlog
			FROM (SELECT CAST(m AS DATE) AS m FROM generate_series(TIMESTAMP '2023-01-01', TIMESTAMP '2026-01-01', INTERVAL 1 MONTH) t(m)) e
			JOIN ${raw} d ON d.received_at::DATE <= last_day(e.m)
				AND ((d.finished_at IS NULL AND d.status <> 'withdrawn') OR d.finished_at::DATE > last_day(e.m))
			GROUP BY ALL`;
		expect(await differences(c, r, 'month, province_34', ['backlog', 'overdue_backlog'])).toBe(0);
	});

	it('median and p90 from dossier_hist are within 0.1 working day of quantile_disc on raw rows', async () => {
		for (const basis of ['finished', 'received'] as const) {
			const column = basis === 'finished' ? 'finished_at' : 'received_at';
			const rows = await query(`
				WITH h AS (SELECT month, province_34, wd, sum(n) AS n FROM '${outDir}/cubes/dossier_hist.parquet'
					WHERE basis = '${basis}' GROUP BY ALL),
				c AS (SELECT *, sum(n) OVER (PARTITION BY month, province_34 ORDER BY wd) AS cum,
					sum(n) OVER (PARTITION BY month, province_34) AS tot FROM h),
				fromHist AS (SELECT month, province_34, min(wd) FILTER (WHERE cum >= 0.5 * tot) AS med,
					min(wd) FILTER (WHERE cum >= 0.9 * tot) AS p90, max(tot) AS n FROM c GROUP BY ALL),
				fromRaw AS (SELECT CAST(date_trunc('month', ${column}) AS DATE) AS month, province_34,
					quantile_disc(processing_wd, 0.5) AS med, quantile_disc(processing_wd, 0.9) AS p90, count(*) AS n
					FROM ${raw} WHERE processing_wd IS NOT NULL GROUP BY ALL)
				SELECT count(*)::INTEGER AS cells, count_if(h.n <> r.n)::INTEGER AS count_diff,
					max(abs(h.med - r.med)) AS med_err, max(abs(h.p90 - r.p90)) AS p90_err
				FROM fromHist h FULL JOIN fromRaw r USING (month, province_34)`);
			expect(rows[0].cells).toBeGreaterThan(1000);
			expect(rows[0].count_diff).toBe(0);
			expect(rows[0].med_err).toBeLessThanOrEqual(0.1);
			expect(rows[0].p90_err).toBeLessThanOrEqual(0.1);
		}
	});

	it('the unit rollups are the cubes summed over sector, channel and level, to the dossier', async () => {
		const file = (t: string) => `'${outDir}/cubes/${t}.parquet'`;
		const [{ columns }] = await query(
			`SELECT string_agg(column_name, ',' ORDER BY column_name) AS columns FROM (DESCRIBE SELECT * FROM ${cube()})
			WHERE column_name NOT IN ('month', 'province_63', 'province_34', 'sector', 'channel', 'agency_level')`
		);
		const measures = String(columns).split(',');
		expect(measures).toContain('overdue_backlog');
		const units = 'month, province_63, province_34';
		const summed = `SELECT ${units}, ${measures.map((m) => `sum(${m}) AS ${m}`).join(', ')} FROM ${cube()} GROUP BY ALL`;
		expect(await differences(`SELECT * FROM ${file('dossier_cube_units')}`, summed, units, measures)).toBe(0);
		const histSummed = `SELECT basis, ${units}, wd, sum(n) AS n FROM ${file('dossier_hist')} GROUP BY ALL`;
		expect(await differences(`SELECT * FROM ${file('dossier_hist_units')}`, histSummed, `basis, ${units}, wd`, ['n'])).toBe(0);
		// Same column types as the cubes (INTEGER counts), so the views read them alike.
		const types = async (t: string) =>
			(await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${file(t)}) ORDER BY ALL`)).map(
				(r) => `${r.column_name}:${r.column_type}`
			);
		const [cubeTypes, unitTypes] = await Promise.all([types('dossier_cube'), types('dossier_cube_units')]);
		expect(unitTypes).toEqual(cubeTypes.filter((t) => !/^(sector|channel|agency_level):/.test(t)));
		const [{ n }] = await query(`SELECT count(*)::INTEGER AS n FROM ${file('dossier_hist_units')} WHERE n <= 0`);
		expect(n).toBe(0);
	});

	it('survey_cube sums match the raw responses', async () => {
		const c = `SELECT survey_year, province_34, factor, sum(n) AS n, sum(n_pos) AS n_pos, round(sum(sum_w), 6) AS sw, round(sum(sum_w2_pos), 6) AS sw2p
			FROM '${outDir}/cubes/survey_cube.parquet' GROUP BY ALL`;
		const r = `SELECT survey_year, province_34, factor, count(*) AS n, count_if(rating >= 4) AS n_pos,
				round(sum(weight), 6) AS sw, round(sum(weight * weight) FILTER (WHERE rating >= 4), 6) AS sw2p
			FROM (UNPIVOT read_parquet('${outDir}/survey/*/part-0.parquet')
				ON access, procedures, officials, results, feedback, overall INTO NAME factor VALUE rating)
			GROUP BY ALL`;
		expect(await differences(c, r, 'survey_year, province_34, factor', ['n', 'n_pos', 'sw', 'sw2p'])).toBe(0);
	});

	it('survey_cube has every factor of every cell × PSU; n_resp and the cross sums add up to the raw responses', async () => {
		const cube = `'${outDir}/cubes/survey_cube.parquet'`;
		const [{ bad }] = await query(`SELECT count(*)::INTEGER AS bad FROM (SELECT count(*) AS k, count(DISTINCT n_resp) AS r FROM ${cube}
			GROUP BY survey_year, province_63, province_34, respondent_type, psu) WHERE k <> 6 OR r <> 1`);
		expect(bad).toBe(0);
		// Cross sums: on one row per cell and factor among those with a PSU (the first PSU), NULL on the others.
		const [{ carriers }] = await query(`SELECT max(k)::INTEGER AS carriers FROM (SELECT count(w2_with_access) AS k FROM ${cube}
			WHERE psu IS NOT NULL GROUP BY survey_year, province_63, province_34, respondent_type, factor)`);
		expect(carriers).toBe(1);
		const measures = CROSS_COLUMNS.map((x) => x.column);
		const c = `SELECT survey_year, province_34, factor, sum(n_resp) AS n_resp, ${measures.map((m) => `round(sum(${m}), 6) AS ${m}`).join(', ')}
			FROM ${cube} WHERE factor <> 'overall' GROUP BY ALL`;
		// The raw partitions hold invalid ratings as NULL: answered = NOT NULL.
		const filter = {
			w2: (f: string, g: string) => `${f} IS NOT NULL AND ${g} IS NOT NULL`,
			w2_pos: (f: string, g: string) => `${f} >= 4 AND ${g} IS NOT NULL`,
			w2_pos_pos: (f: string, g: string) => `${f} >= 4 AND ${g} >= 4`
		};
		const r = SIPAS_FACTORS.map(
			(f) => `SELECT survey_year, province_34, '${f}' AS factor, count(*) AS n_resp,
				${CROSS_COLUMNS.map((x) => `round(coalesce(sum(weight * weight) FILTER (WHERE ${filter[x.measure](f, x.g)}), 0), 6) AS ${x.column}`).join(', ')}
				FROM read_parquet('${outDir}/survey/*/part-0.parquet') GROUP BY ALL`
		).join(' UNION ALL ');
		expect(await differences(c, r, 'survey_year, province_34, factor', ['n_resp', ...measures])).toBe(0);
	});
});

describe('deterministic output for demo data', () => {
	it('gives byte-identical files and manifest from the same input', async () => {
		const dir = tempDir();
		await writeBenchInputs(2000, dir);
		const run = (out: string) =>
			runPipeline({
				inputs: [{ path: join(dir, 'dossiers.parquet') }, { path: join(dir, 'survey.parquet') }],
				outDir: join(dir, out),
				exportDate: EXPORT,
				source: 'demo',
				seed: 7
			});
		const a = await run('a');
		await run('b'); // its manifest is compared below
		expect(a.manifest.generated_at).toBe('2026-01-05T00:00:00Z');
		expect(a.manifest.seed).toBe(7);
		expect(readFileSync(join(dir, 'a', 'manifest.json'), 'utf8')).toBe(readFileSync(join(dir, 'b', 'manifest.json'), 'utf8'));
		const hashes = a.manifest.tables.flatMap((t) => t.files.map((f) => f.sha256));
		expect(new Set(hashes).size).toBeGreaterThan(10);
	});
});
