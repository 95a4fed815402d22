import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openParquetFixture, type ParquetFixture } from '../server/parquet-fixture';
import { histogramQuantilesSql } from './histogram-quantiles';

let fx: ParquetFixture;
beforeAll(async () => {
	fx = await openParquetFixture({
		// 500 values in three groups, with ties, already rounded to 0.1 (as the histogram's wd).
		raw: `SELECT (i % 3)::INTEGER AS g, round(((i * 7919) % 1000) / 37.0, 1) AS wd FROM range(0, 500) t(i)`,
		// Hand-countable: wd 1 ×2, 3 ×1, 10 ×1 → median 1 (cum 2 ≥ 2), p90 10 (cum 4 ≥ 3.6).
		small: `SELECT * FROM (VALUES (1.0, 2), (3.0, 1), (10.0, 1)) t(wd, n)`
	});
});
afterAll(() => fx?.cleanup());

describe('histogramQuantilesSql', () => {
	it('equals quantile_disc on the rounded values, per partition', async () => {
		const rows = await fx.db.run({
			sql: `WITH hist AS (SELECT g, wd, count(*) AS n FROM raw GROUP BY ALL),
q AS (${histogramQuantilesSql('hist', ['g'], { total: 'timed' })}),
d AS (SELECT g, count(*) AS c, quantile_disc(wd, 0.5) AS m, quantile_disc(wd, 0.9) AS p FROM raw GROUP BY g)
SELECT q.g, q.timed::DOUBLE AS timed, d.c::DOUBLE AS c, q.median_wd, d.m, q.p90_wd, d.p FROM q JOIN d USING (g) ORDER BY g`,
			params: []
		});
		expect(rows).toHaveLength(3);
		for (const r of rows) {
			expect(r.timed).toBe(r.c);
			expect(r.median_wd).toBe(r.m);
			expect(r.p90_wd).toBe(r.p);
		}
	});
	it('gives one row for the whole source without a partition, with the quantiles asked for', async () => {
		const sql = histogramQuantilesSql('small', [], { quantiles: { median_wd: 0.5, p90_wd: 0.9, p99_wd: 0.99 } });
		expect(await fx.db.run({ sql, params: [] })).toEqual([{ total: 4, median_wd: 1, p90_wd: 10, p99_wd: 10 }]);
	});
	it('gives the mean when asked: (1·2 + 3 + 10) / 4 = 3.75', async () => {
		const sql = histogramQuantilesSql('small', [], { mean: 'mean_wd' });
		expect(await fx.db.run({ sql, params: [] })).toEqual([{ total: 4, median_wd: 1, p90_wd: 10, mean_wd: 3.75 }]);
		expect(() => histogramQuantilesSql('small', [], { mean: 'm; x' })).toThrow();
	});
	it('writes only checked identifiers and quantiles', () => {
		expect(() => histogramQuantilesSql('hist; DROP TABLE x', ['g'])).toThrow();
		expect(() => histogramQuantilesSql('hist', ['g --'])).toThrow();
		expect(() => histogramQuantilesSql('hist', ['g'], { total: 'a b' })).toThrow();
		expect(() => histogramQuantilesSql('hist', ['g'], { quantiles: { p: 1.5 } })).toThrow();
	});
});
