// On the demo data in data/: the cube-based monthly medians and p90s (from dossier_hist) equal
// the raw rows' quantiles within 0.1 working day, for provinces and the country, both bases; and
// the pipeline's trend_lines hold exactly what the live builder computes.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataDir, type NativeDb } from '../server/native-db';
import { buildTrendSeriesQuery } from './trends-series';
import type { TrendBasis, TrendFilters } from './trends-filters';
import { buildTrendLookupQuery } from './trends-lines';

const DATA_DIR = process.env.REFORM_LENS_DATA ?? 'data';
let db: NativeDb;

beforeAll(async () => {
	if (!existsSync(join(DATA_DIR, 'manifest.json'))) {
		throw new Error(`No demo data in ${resolve(DATA_DIR)}: run \`npm run data:demo\` first (this test compares cubes with raw rows).`);
	}
	db = await openDataDir(DATA_DIR, true);
}, 300_000);
afterAll(() => db?.close());

/** Raw-row quantiles per month (quantile_disc of processing_wd, as DATA-LAYOUT defines it). */
async function rawQuantiles(basis: TrendBasis, province: string | null): Promise<Map<string, { median: number; p90: number; n: number }>> {
	const column = basis === 'finished' ? 'finished_at' : 'received_at';
	const rows = await db.run({
		sql: `SELECT strftime(date_trunc('month', ${column}), '%Y-%m') AS month,
  quantile_disc(processing_wd, 0.5)::DOUBLE AS median, quantile_disc(processing_wd, 0.9)::DOUBLE AS p90, COUNT(*)::DOUBLE AS n
FROM dossiers
WHERE status <> 'withdrawn' AND finished_at IS NOT NULL AND processing_wd IS NOT NULL
  AND (CAST(? AS VARCHAR) IS NULL OR province_34 = ?)
GROUP BY ALL`,
		params: [province, province]
	});
	return new Map(rows.map((r) => [String(r.month), { median: Number(r.median), p90: Number(r.p90), n: Number(r.n) }]));
}

describe('cube quantiles against raw rows (demo data)', () => {
	for (const basis of ['finished', 'received'] as const) {
		it(`match within 0.1 working day, ${basis} basis`, async () => {
			const filters: TrendFilters = {
				mode: '34',
				basis,
				grouping: 'province',
				provinces: ['01', '79', '22', '04'],
				from: '2023-01-01',
				to: '2025-12-01',
				slice: {}
			};
			const series = await db.run(buildTrendSeriesQuery(filters));
			let compared = 0;
			for (const [kind, key] of [
				['unit', '01'],
				['unit', '79'],
				['unit', '22'],
				['unit', '04'],
				['all', '']
			] as const) {
				const raw = await rawQuantiles(basis, kind === 'all' ? null : key);
				for (const row of series.filter((r) => r.kind === kind && r.key === key)) {
					const expected = raw.get(String(row.month));
					if (!expected) {
						expect(row.timed, `${key} ${row.month}: no raw rows but cube has some`).toBe(0);
						continue;
					}
					expect(row.timed, `${kind} ${key} ${row.month} count`).toBe(expected.n);
					expect(Math.abs(Number(row.median_wd) - expected.median), `${kind} ${key} ${row.month} median`).toBeLessThanOrEqual(0.1);
					expect(Math.abs(Number(row.p90_wd) - expected.p90), `${kind} ${key} ${row.month} p90`).toBeLessThanOrEqual(0.1);
					compared++;
				}
			}
			expect(compared).toBeGreaterThan(150);
			// What the browser looks up in trend_lines is what the live builder computes.
			expect(await db.run(buildTrendLookupQuery(filters))).toEqual(series);
			const sliced: TrendFilters['slice'][] = [{ channel: 'online' }, { agency_level: 'commune' }];
			const views: TrendFilters[] = [
				{ ...filters, grouping: 'pilot', provinces: [] },
				{ ...filters, grouping: 'sector', provinces: [] },
				...sliced.map((slice) => ({ ...filters, provinces: [], slice })),
				{ ...filters, grouping: 'pilot', provinces: [], slice: sliced[0] }
			];
			for (const view of views) {
				const looked = await db.run(buildTrendLookupQuery(view));
				expect(looked.length, JSON.stringify(view)).toBeGreaterThan(0);
				expect(looked, JSON.stringify(view)).toEqual(await db.run(buildTrendSeriesQuery(view)));
			}
		}, 300_000);
	}
});
