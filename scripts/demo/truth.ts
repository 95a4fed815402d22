// The ground truth of the planted pilot effect, measured from the generator's own counterfactual
// (the same dossiers, finished as they would have been without the pilot). Written to
// data/planted-effects.json (DATA-LAYOUT.md, "Demo data: planted effects").
//
// For each pilot province (63-unit code; its dossiers are known to the generator even after the
// merger, when the export shows them under the 34-unit code) and each monthly series
//   median_wd, p90_wd  (finished basis: quantile_disc of processing_wd over the dossiers finished
//                       in the month, withdrawn excluded)
//   mean_wd            (finished basis: the mean of processing_wd over the same dossiers; what the
//                       /pilots page evaluates by default, see src/lib/stats/pilot-evaluation.ts)
//   on_time_rate       ((early + on time) / (early + on time + late + overdue backlog at month end))
// `effect` is the mean over the after-months of (actual − counterfactual); `naive_change` is the
// mean over the after-months minus the mean over the before-months of the actual series (what a
// before/after comparison without a comparator reports); `counterfactual_change` is the same for
// the counterfactual series (what the national trend and common shocks alone do).
// Before = the 12 months before the start month; after = the start month to end_date's month.
// The group is the unweighted mean of the four provinces' values.

import type { DuckDBConnection } from '@duckdb/node-api';
import { PILOTS } from '../../src/lib/reference/pilots';
import * as effects from '../../src/lib/reference/demo-effects';
import { dateLiteral } from '../../src/lib/import/sql-text';

export const METRICS = ['median_wd', 'p90_wd', 'mean_wd', 'on_time_rate'] as const;
export type Metric = (typeof METRICS)[number];

export interface MetricTruth {
	effect: number;
	naive_change: number;
	counterfactual_change: number;
}

export interface ProvinceTruth {
	province_code: string;
	province_34: string;
	start_date: string;
	before: { from: string; to: string };
	after: { from: string; to: string };
	median_wd: MetricTruth;
	p90_wd: MetricTruth;
	mean_wd: MetricTruth;
	on_time_rate: MetricTruth;
}

export interface PlantedEffects {
	version: 1;
	seed: number;
	rows: number;
	export_date: string;
	definition: string;
	inputs: {
		pilot_effect_wd: number;
		pilot_ramp_days: number;
		national_trend_wd_per_month: number;
		pre_tet_delay_wd: number;
		merger_disruption_wd: number;
		seasonal_amplitude_wd: number;
	};
	provinces: ProvinceTruth[];
	group: { median_wd: MetricTruth; p90_wd: MetricTruth; mean_wd: MetricTruth; on_time_rate: MetricTruth };
	/** Monthly series per province and world, for tests and charts of the truth itself. */
	monthly: {
		province_code: string;
		month: string;
		world: 'actual' | 'counterfactual';
		median_wd: number | null;
		p90_wd: number | null;
		mean_wd: number | null;
		on_time_rate: number | null;
	}[];
}

const month = (d: string) => d.slice(0, 7);
function addMonths(ym: string, n: number): string {
	const [y, m] = ym.split('-').map(Number);
	const t = y * 12 + (m - 1) + n;
	return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}
/** Rounded; NaN (no month to average, only with very few rows) becomes null in the JSON. */
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function measureTruth(
	connection: DuckDBConnection,
	opts: { seed: number; rows: number; exportDate: string }
): Promise<PlantedEffects> {
	const codes = PILOTS.map((p) => `'${p.province_code}'`).join(', ');
	const sql = `
WITH t AS (
	SELECT code63 AS province, w.world, recv_date, due_date, withdrawn,
		CASE w.world WHEN 'actual' THEN fin_act ELSE fin_cf END AS fin,
		CASE w.world WHEN 'actual' THEN d_act ELSE d_cf END AS d
	FROM lat, (VALUES ('actual'), ('counterfactual')) w(world)
	WHERE code63 IN (${codes}) AND bad_kind IS NULL
), months AS (
	SELECT m::DATE AS month, least(last_day(m::DATE), ${dateLiteral(opts.exportDate)}) AS eom
	FROM range(DATE '2023-01-01', ${dateLiteral(opts.exportDate)}, INTERVAL 1 MONTH) r(m)
), fin AS (
	SELECT province, world, date_trunc('month', fin)::DATE AS month,
		quantile_disc(d, 0.5) FILTER (WHERE NOT withdrawn) AS median_wd,
		quantile_disc(d, 0.9) FILTER (WHERE NOT withdrawn) AS p90_wd,
		avg(d) FILTER (WHERE NOT withdrawn) AS mean_wd,
		count(*) FILTER (WHERE NOT withdrawn AND due_date IS NOT NULL AND fin <= due_date) AS good,
		count(*) FILTER (WHERE NOT withdrawn AND due_date IS NOT NULL AND fin > due_date) AS late
	FROM t WHERE fin IS NOT NULL GROUP BY ALL
), overdue AS (
	SELECT province, world, m.month, count(*) AS overdue
	FROM t JOIN months m ON t.recv_date <= m.eom AND (t.fin IS NULL OR t.fin > m.eom) AND t.due_date <= m.eom
	GROUP BY ALL
)
SELECT f.province, f.world, strftime(f.month, '%Y-%m') AS month, f.median_wd::DOUBLE AS median_wd, f.p90_wd::DOUBLE AS p90_wd, f.mean_wd::DOUBLE AS mean_wd,
	f.good::DOUBLE / nullif(f.good + f.late + coalesce(o.overdue, 0), 0) AS on_time_rate
FROM fin f LEFT JOIN overdue o USING (province, world, month)
ORDER BY f.province, f.world, month`;
	const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as {
		province: string;
		world: 'actual' | 'counterfactual';
		month: string;
		median_wd: number | null;
		p90_wd: number | null;
		mean_wd: number | null;
		on_time_rate: number | null;
	}[];
	const series = new Map<string, (typeof rows)[number]>();
	for (const r of rows) series.set(`${r.province}|${r.world}|${r.month}`, r);

	const provinces: ProvinceTruth[] = PILOTS.map((p) => {
		const start = month(p.start_date);
		const before = { from: addMonths(start, -12), to: addMonths(start, -1) };
		const after = { from: start, to: month(p.end_date) };
		const monthsOf = (w: { from: string; to: string }) => {
			const out: string[] = [];
			for (let m = w.from; m <= w.to; m = addMonths(m, 1)) out.push(m);
			return out;
		};
		// Months with no finished dossier (only with very few rows) are left out of the means.
		const value = (metric: Metric, world: string, m: string) => series.get(`${p.province_code}|${world}|${m}`)?.[metric] ?? null;
		const has = (metric: Metric, m: string) => value(metric, 'actual', m) !== null && value(metric, 'counterfactual', m) !== null;
		const mean = (metric: Metric, world: string, ms: string[]) => {
			const vals = ms.filter((m) => has(metric, m)).map((m) => value(metric, world, m) as number);
			return vals.length === 0 ? NaN : vals.reduce((s, v) => s + v, 0) / vals.length;
		};
		const truth = (metric: Metric): MetricTruth => {
			const digits = metric === 'on_time_rate' ? 4 : 3;
			const a = monthsOf(after);
			const b = monthsOf(before);
			return {
				effect: round(mean(metric, 'actual', a) - mean(metric, 'counterfactual', a), digits),
				naive_change: round(mean(metric, 'actual', a) - mean(metric, 'actual', b), digits),
				counterfactual_change: round(mean(metric, 'counterfactual', a) - mean(metric, 'counterfactual', b), digits)
			};
		};
		return {
			province_code: p.province_code,
			province_34: p.province_34,
			start_date: p.start_date,
			before,
			after,
			median_wd: truth('median_wd'),
			p90_wd: truth('p90_wd'),
			mean_wd: truth('mean_wd'),
			on_time_rate: truth('on_time_rate')
		};
	});

	const groupOf = (metric: Metric): MetricTruth => {
		const digits = metric === 'on_time_rate' ? 4 : 3;
		const avg = (k: keyof MetricTruth) => round(provinces.reduce((s, p) => s + p[metric][k], 0) / provinces.length, digits);
		return { effect: avg('effect'), naive_change: avg('naive_change'), counterfactual_change: avg('counterfactual_change') };
	};

	return {
		version: 1,
		seed: opts.seed,
		rows: opts.rows,
		export_date: opts.exportDate,
		definition:
			'Per pilot province (63-unit code, all its dossiers including those exported under the 34-unit code after the merger): ' +
			'effect = mean over the after-months (start month .. end_date month) of actual − counterfactual monthly series; ' +
			'naive_change = mean(actual, after) − mean(actual, 12 months before the start month); ' +
			'counterfactual_change = the same for the counterfactual. Series: median_wd and p90_wd (quantile_disc of processing_wd, ' +
			'finished basis, withdrawn excluded), on_time_rate ((early + on time) / (early + on time + late + overdue backlog at month end)). ' +
			'Group = unweighted mean of the four provinces. Bad rows (excluded by the importer) are not counted.',
		inputs: {
			pilot_effect_wd: effects.PILOT_EFFECT_WD,
			pilot_ramp_days: effects.PILOT_RAMP_DAYS,
			national_trend_wd_per_month: effects.NATIONAL_TREND_WD_PER_MONTH,
			pre_tet_delay_wd: effects.PRE_TET_DELAY_WD,
			merger_disruption_wd: effects.MERGER_DISRUPTION_WD,
			seasonal_amplitude_wd: effects.SEASONAL_AMPLITUDE_WD
		},
		provinces,
		group: {
			median_wd: groupOf('median_wd'),
			p90_wd: groupOf('p90_wd'),
			mean_wd: groupOf('mean_wd'),
			on_time_rate: groupOf('on_time_rate')
		},
		monthly: rows.map((r) => ({
			province_code: r.province,
			month: r.month,
			world: r.world,
			median_wd: r.median_wd,
			p90_wd: r.p90_wd,
			mean_wd: r.mean_wd === null ? null : round(r.mean_wd, 5),
			on_time_rate: r.on_time_rate === null ? null : round(r.on_time_rate, 5)
		}))
	};
}
