// Runs the whole demo generator (raw files → import pipeline → data folder) on small row counts.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lib/reference/provinces';
import { PILOTS } from '../../src/lib/reference/pilots';
import { BAD_ROW_KINDS, PILOT_EFFECT_WD } from '../../src/lib/reference/demo-effects';
import { generateDemo, generateRaw, type RawDemoFiles } from './generate-demo';
import type { PlantedEffects } from './truth';

const ROWS = 30_000;
const tmp = mkdtempSync(join(tmpdir(), 'reform-lens-demo-test-'));
let raw: RawDemoFiles;
let db: DuckDBInstance;
let con: DuckDBConnection;
let truth: PlantedEffects;
const out = join(tmp, 'data');

function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(', ');

async function all(sql: string): Promise<Record<string, unknown>[]> {
	return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}
async function one(sql: string): Promise<Record<string, unknown>> {
	return (await all(sql))[0];
}

beforeAll(async () => {
	// Keep the raw files: generateDemo removes its staging folder, so re-create them here.
	raw = await generateRaw({ seed: 11, rows: ROWS, exportDate: '2026-01-05', stagingDir: join(tmp, 'raw') });
	await generateDemo({ seed: 11, rows: ROWS, outDir: out, exportDate: '2026-01-05' });
	truth = JSON.parse(readFileSync(join(out, 'planted-effects.json'), 'utf8'));
	db = await DuckDBInstance.create(':memory:');
	con = await db.connect();
	await con.run(`CREATE VIEW d AS SELECT * FROM read_parquet('${raw.dossiers}')`);
	await con.run(`CREATE VIEW s AS SELECT * FROM read_parquet('${raw.survey}')`);
	await con.run(`CREATE VIEW kept AS SELECT * FROM read_parquet('${out}/dossiers/**/*.parquet')`);
}, 600_000);

afterAll(() => {
	con?.closeSync();
	db?.closeSync();
	rmSync(tmp, { recursive: true, force: true });
});

describe('demo generator: determinism', () => {
	it('writes byte-identical files for the same seed, different ones for another seed', async () => {
		const a = join(tmp, 'a');
		const b = join(tmp, 'b');
		const c = join(tmp, 'c');
		await generateDemo({ seed: 5, rows: 2_000, outDir: a, exportDate: '2026-01-05' });
		await generateDemo({ seed: 5, rows: 2_000, outDir: b, exportDate: '2026-01-05' });
		const other = await generateRaw({ seed: 6, rows: 2_000, exportDate: '2026-01-05', stagingDir: c });
		const files = filesOf(a);
		expect(files).toContain('manifest.json');
		expect(files).toContain('planted-effects.json');
		expect(files).toContain('cubes/dossier_cube.parquet');
		expect(filesOf(b)).toEqual(files);
		for (const f of files) expect(`${f} ${sha(join(b, f))}`).toBe(`${f} ${sha(join(a, f))}`);
		const same = await generateRaw({ seed: 5, rows: 2_000, exportDate: '2026-01-05', stagingDir: join(tmp, 'd') });
		expect(sha(other.dossiers)).not.toBe(sha(same.dossiers));
		expect(sha(other.survey)).not.toBe(sha(same.survey));
	}, 600_000);
});

describe('demo generator: raw dossiers', () => {
	it('has the requested rows, ~0.2 % of them deliberately bad, of every kind', async () => {
		const r = await one(`SELECT count(*)::INTEGER AS n FROM d`);
		expect(r.n).toBe(ROWS);
		const bad = Object.values(raw.counts.badByKind).reduce((s, n) => s + n, 0);
		expect(bad / ROWS).toBeGreaterThan(0.001);
		expect(bad / ROWS).toBeLessThan(0.004);
		for (const kind of BAD_ROW_KINDS.filter((k) => k !== 'duplicate_id')) expect(raw.counts.badByKind[kind], kind).toBeGreaterThan(0);
	});

	it('is excluded by the importer exactly where it was planted', () => {
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		const imp = manifest.imports.find((x: { kind: string }) => x.kind === 'dossiers');
		const bad = Object.values(raw.counts.badByKind).reduce((s, n) => s + n, 0);
		expect(imp.rows_read).toBe(ROWS);
		expect(imp.rows_excluded).toBe(bad);
		expect(Object.keys(imp.excluded_by_rule).length).toBeGreaterThanOrEqual(7);
	});

	it('covers 2023–2025 with 63-unit codes before the merger and 34-unit codes from it, no district after', async () => {
		const r = await one(`SELECT min(received_at)::DATE::VARCHAR AS lo, max(received_at)::DATE::VARCHAR AS hi,
			count(*) FILTER (WHERE received_at < '2025-07-01' AND province_code NOT IN (${list(PROVINCES_63.map((p) => p.code))}))::INTEGER AS bad63,
			count(*) FILTER (WHERE received_at >= '2025-07-01' AND province_code NOT IN (${list(PROVINCES_34.map((p) => p.code))}))::INTEGER AS bad34,
			count(*) FILTER (WHERE received_at >= '2025-07-01' AND agency_level = 'district')::INTEGER AS district_after,
			count(*) FILTER (WHERE received_at < '2025-07-01' AND agency_level = 'district')::INTEGER AS district_before,
			count(DISTINCT province_code) FILTER (WHERE received_at < '2025-07-01')::INTEGER AS n63,
			count(DISTINCT province_code) FILTER (WHERE received_at >= '2025-07-01')::INTEGER AS n34
			FROM kept`);
		expect(String(r.lo) <= '2023-01-03').toBe(true);
		expect(r).toMatchObject({ bad63: 0, bad34: 0, district_after: 0, n63: 63, n34: 34 });
		expect(String(r.hi) >= '2025-12-30').toBe(true);
		expect(r.district_before as number).toBeGreaterThan(ROWS * 0.1);
	});

	it('has unique, well-formed ids and procedure codes, and consistent dates', async () => {
		const r = await one(`SELECT count(*)::INTEGER AS n, count(DISTINCT dossier_id)::INTEGER AS ids,
			count(*) FILTER (WHERE NOT regexp_full_match(dossier_id, '000\\.\\d{2}\\.\\d{2}\\.H\\d{2}-\\d{6}-\\d{6,}'))::INTEGER AS bad_id,
			count(*) FILTER (WHERE NOT regexp_full_match(procedure_code, '\\d\\.\\d{6}'))::INTEGER AS bad_proc,
			count(*) FILTER (WHERE finished_at < received_at OR due_at < received_at)::INTEGER AS bad_dates,
			count(*) FILTER (WHERE finished_at IS NULL)::INTEGER AS open,
			count(*) FILTER (WHERE finished_at IS NULL AND due_at::DATE <= DATE '2026-01-05')::INTEGER AS open_overdue,
			count(*) FILTER (WHERE status = 'withdrawn')::INTEGER AS withdrawn,
			count(*) FILTER (WHERE status IN ('refused', 'stopped'))::INTEGER AS refused,
			count(*) FILTER (WHERE supplement_days > 0)::INTEGER AS supp,
			count(*) FILTER (WHERE supplement_days <> floor(supplement_days))::INTEGER AS frac_supp,
			count(*) FILTER (WHERE due_at IS NULL)::INTEGER AS no_due,
			count(*) FILTER (WHERE via_one_level_centre AND province_34 NOT IN ('01', '22', '79'))::INTEGER AS centre_outside
			FROM kept`);
		expect(r.ids).toBe(r.n);
		expect(r).toMatchObject({ bad_id: 0, bad_proc: 0, bad_dates: 0, frac_supp: 0, centre_outside: 0 });
		for (const k of ['open', 'open_overdue', 'withdrawn', 'refused', 'supp', 'no_due']) expect(r[k] as number, k).toBeGreaterThan(0);
	});

	it('raises the online share over time and dips over Tết', async () => {
		const rows = await all(`SELECT year(received_at) AS y, avg((channel = 'online')::INTEGER) AS online FROM kept GROUP BY 1 ORDER BY 1`);
		expect((rows[2].online as number) - (rows[0].online as number)).toBeGreaterThan(0.2);
		const tet =
			await one(`SELECT count(*) FILTER (WHERE received_at::DATE BETWEEN '2025-01-25' AND '2025-02-02')::DOUBLE / 9 AS per_day_tet,
			count(*) FILTER (WHERE received_at::DATE BETWEEN '2025-03-01' AND '2025-03-31')::DOUBLE / 31 AS per_day_march FROM kept`);
		expect(tet.per_day_tet as number).toBeLessThan((tet.per_day_march as number) * 0.2);
	});
});

describe('demo generator: survey', () => {
	it('has ~35–40k responses a year, 63-unit codes in 2023–2024 and 34-unit codes in 2025', async () => {
		const rows = await all(`SELECT survey_year::INTEGER AS y, count(*)::INTEGER AS n, count(DISTINCT province_code)::INTEGER AS units,
			count(*) FILTER (WHERE weight <= 0)::INTEGER AS bad_weight,
			count(*) FILTER (WHERE access NOT BETWEEN 1 AND 5)::INTEGER AS out_of_range,
			count(*) FILTER (WHERE access IS NULL)::INTEGER AS missing
			FROM s GROUP BY 1 ORDER BY 1`);
		expect(rows.map((r) => [r.y, r.units])).toEqual([
			[2023, 63],
			[2024, 63],
			[2025, 34]
		]);
		for (const r of rows) {
			expect(r.n as number).toBeGreaterThan(35_000);
			expect(r.n as number).toBeLessThan(40_000);
			for (const k of ['bad_weight', 'out_of_range', 'missing']) expect(r[k] as number, k).toBeGreaterThan(0);
		}
		const codes25 = await one(
			`SELECT count(*)::INTEGER AS n FROM s WHERE survey_year = 2025 AND province_code NOT IN (${list(PROVINCES_34.map((p) => p.code))})`
		);
		expect(codes25.n).toBe(0);
	});

	it('lands the weighted national index near the published values, with thin organisation cells', async () => {
		const rows =
			await all(`WITH v AS (SELECT survey_year, weight, unnest([access, procedures, officials, results, feedback]) AS rating, unnest(['a','p','o','r','f']) AS f
				FROM s WHERE weight > 0),
			fi AS (SELECT survey_year, f, sum(weight * (rating >= 4)::INTEGER) / sum(weight) AS idx FROM v WHERE rating BETWEEN 1 AND 5 GROUP BY ALL)
			SELECT survey_year::INTEGER AS y, avg(idx) AS sipas FROM fi GROUP BY 1 ORDER BY 1`);
		expect(rows[0].sipas as number).toBeCloseTo(0.8266, 1);
		expect(Math.abs((rows[0].sipas as number) - 0.8266)).toBeLessThan(0.012);
		expect(Math.abs((rows[1].sipas as number) - 0.8394)).toBeLessThan(0.012);
		const thin = await all(
			`SELECT survey_year, province_code FROM s WHERE respondent_type = 'organization' GROUP BY ALL HAVING count(*) < 30`
		);
		expect(thin.length).toBeGreaterThan(0);
		expect(thin.length).toBeLessThan(15);
	});
});

describe('demo generator: planted-effects.json', () => {
	it('holds a truth per pilot province and for the group, consistent with the inputs', () => {
		expect(truth.provinces.map((p) => p.province_code).sort()).toEqual(PILOTS.map((p) => p.province_code).sort());
		expect(truth.inputs.pilot_effect_wd).toBe(PILOT_EFFECT_WD);
		for (const p of truth.provinces) {
			// Averaged over the after-months, which include the ~3-month ramp: between the full effect and half of it.
			expect(p.median_wd.effect).toBeLessThan(PILOT_EFFECT_WD / 2);
			expect(p.median_wd.effect).toBeGreaterThanOrEqual(PILOT_EFFECT_WD - 0.5);
			expect(p.on_time_rate.effect).toBeGreaterThan(0);
			expect(p.after.to).toBe('2025-11');
		}
		for (const m of ['median_wd', 'p90_wd', 'on_time_rate'] as const) {
			const mean = truth.provinces.reduce((s, p) => s + p[m].effect, 0) / truth.provinces.length;
			expect(Math.abs(truth.group[m].effect - mean)).toBeLessThanOrEqual(0.0011);
		}
		// The national trend makes a naive before/after overstate the improvement.
		expect(truth.group.median_wd.naive_change).toBeLessThan(truth.group.median_wd.effect);
		expect(truth.group.median_wd.counterfactual_change).toBeLessThan(0);
	});

	it('has no effect before each province starts', () => {
		for (const p of truth.provinces) {
			const before = truth.monthly.filter((m) => m.province_code === p.province_code && m.month < p.start_date.slice(0, 7));
			const key = (w: string) => before.filter((m) => m.world === w).map((m) => [m.month, m.median_wd, m.p90_wd, m.on_time_rate]);
			expect(key('actual').length).toBeGreaterThan(12);
			expect(key('actual')).toEqual(key('counterfactual'));
		}
	});

	it('matches the medians a reader computes from the exported rows (Quảng Ninh)', async () => {
		const rows = await all(`SELECT strftime(finished_at, '%Y-%m') AS month, quantile_disc(processing_wd, 0.5)::DOUBLE AS median_wd,
			quantile_disc(processing_wd, 0.9)::DOUBLE AS p90_wd
			FROM kept WHERE province_34 = '22' AND status <> 'withdrawn' AND finished_at IS NOT NULL GROUP BY 1 ORDER BY 1`);
		const actual = truth.monthly.filter((m) => m.province_code === '22' && m.world === 'actual');
		expect(rows.map((r) => [r.month, r.median_wd, r.p90_wd])).toEqual(actual.map((m) => [m.month, m.median_wd, m.p90_wd]));
	});
});
