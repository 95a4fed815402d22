// Drill-down, second level: one province, one month, one sector (or agency level), by procedure.
// Reads the raw `dossiers` table, which the page fills with that province's partitions only
// (`getEngine().loadRaw('dossiers', { year, province })`); the same definitions as the cubes.
import type { SqlParam, SqlQuery } from './query';
import { partitionProvince, periodValidIn, unitSql, type BoundaryMode } from './boundary';
import { checkMonth, isOneOf, type TrendBasis, type TrendSlice } from './trends-filters';
import { DRILLDOWN_DIMENSIONS, type DrilldownDimension } from './drilldown';
import { sliceSql } from './trends-scope';

export interface DrilldownProceduresInput {
	mode: BoundaryMode;
	basis: TrendBasis;
	/** Province code in the mode's boundaries. */
	unit: string;
	/** 'YYYY-MM-01'. */
	month: string;
	/** The breakdown bar clicked. */
	within: { dim: DrilldownDimension; key: string };
	/** The trend page's other restrictions (the `within` dimension overrides its own). */
	slice: TrendSlice;
	/** The export date ('YYYY-MM-DD'): received-basis "open and overdue" is judged on it. */
	exportDate: string;
	/** At most this many procedures, largest first. */
	limit?: number;
}

/**
 * The raw partitions holding the unit's dossiers of the month: the month's year, and for the
 * finished basis also the year before (a dossier finished in January may have been received in
 * December). Partition `province` is the 34-unit code containing the unit (none for an unknown code).
 */
export function drilldownPartitions(
	mode: BoundaryMode,
	basis: TrendBasis,
	month: string,
	unit: string
): { year: number; province: string }[] {
	checkMonth(month);
	const province = partitionProvince(mode, unit);
	if (province === null) return [];
	const year = Number(month.slice(0, 4));
	const years = basis === 'finished' ? [year - 1, year] : [year];
	return years.map((y) => ({ year: y, province }));
}

/**
 * One row per procedure code ('' where the dossier has none) with dossiers in the month or
 * overdue ones (`dossiers` = 0 then) — of the dossiers in the month
 * (received in it, or finished in it, per basis), largest first.
 * Rows: procedure_code, dossiers, early, on_time, late, overdue, on_time_rate, timed, median_wd,
 * p90_wd. Quantiles are `quantile_disc` of processing_wd rounded to 0.1 (what the cube's histogram
 * gives); on-time counts exclude withdrawn dossiers and those without a due date; `overdue` is the
 * overdue backlog at the month's end (finished basis) or the month's cohort still open and overdue
 * at export (received basis).
 */
export function buildDrilldownProceduresQuery(input: DrilldownProceduresInput): SqlQuery {
	checkMonth(input.month);
	if (!/^\d{2}$/.test(input.unit)) throw new Error(`Invalid province code: ${input.unit}`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(input.exportDate)) throw new Error(`Invalid export date: ${input.exportDate}`);
	if (!isOneOf(DRILLDOWN_DIMENSIONS, input.within.dim)) throw new Error(`Unknown dimension: ${String(input.within.dim)}`);
	if (!periodValidIn(input.mode, input.month)) throw new Error('63-unit figures end before the merger');
	const limit = input.limit ?? 200;
	if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`Invalid limit: ${limit}`);
	const { unitColumn } = unitSql(input.mode);
	const monthColumn = input.basis === 'finished' ? 'finished_at' : input.basis === 'received' ? 'received_at' : null;
	if (!monthColumn) throw new Error(`Unknown basis: ${String(input.basis)}`);
	const slice = sliceSql({ ...input.slice, [input.within.dim]: input.within.key }, 'd');
	const judged = `status <> 'withdrawn' AND finished_at IS NOT NULL AND due_at IS NOT NULL`;
	const overdue =
		input.basis === 'finished'
			? // Open at the month's end and due by then, whatever month it was received in.
				`received_at::DATE <= last_day(CAST(? AS DATE)) AND (finished_at IS NULL OR finished_at::DATE > last_day(CAST(? AS DATE)))
      AND due_at::DATE <= last_day(CAST(? AS DATE)) AND status <> 'withdrawn'`
			: `date_trunc('month', received_at) = CAST(? AS DATE) AND finished_at IS NULL AND due_at::DATE <= CAST(? AS DATE) AND status <> 'withdrawn'`;
	const overdueParams: SqlParam[] = input.basis === 'finished' ? [input.month, input.month, input.month] : [input.month, input.exportDate];
	return {
		sql: `WITH scoped AS (
  SELECT coalesce(d.procedure_code, '') AS procedure_code, d.received_at, d.finished_at, d.due_at,
    d.status, d.processing_wd
  FROM dossiers d
  WHERE d.${unitColumn} = ?${slice.sql}
), in_month AS (
  SELECT * FROM scoped WHERE date_trunc('month', ${monthColumn}) = CAST(? AS DATE)
), counts AS (
  SELECT procedure_code, COUNT(*) AS dossiers,
    COUNT(*) FILTER (WHERE ${judged} AND finished_at::DATE < due_at::DATE) AS early,
    COUNT(*) FILTER (WHERE ${judged} AND finished_at::DATE = due_at::DATE) AS on_time,
    COUNT(*) FILTER (WHERE ${judged} AND finished_at::DATE > due_at::DATE) AS late,
    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS timed,
    quantile_disc(round(processing_wd, 1), 0.5) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS median_wd,
    quantile_disc(round(processing_wd, 1), 0.9) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS p90_wd
  FROM in_month
  GROUP BY procedure_code
), overdue AS (
  SELECT procedure_code, COUNT(*) AS overdue
  FROM scoped
  WHERE ${overdue}
  GROUP BY procedure_code
)
SELECT coalesce(c.procedure_code, o.procedure_code) AS procedure_code,
  coalesce(c.dossiers, 0)::DOUBLE AS dossiers,
  coalesce(c.early, 0)::DOUBLE AS early, coalesce(c.on_time, 0)::DOUBLE AS on_time,
  coalesce(c.late, 0)::DOUBLE AS late, coalesce(o.overdue, 0)::DOUBLE AS overdue,
  ((coalesce(c.early, 0) + coalesce(c.on_time, 0))
    / nullif(coalesce(c.early, 0) + coalesce(c.on_time, 0) + coalesce(c.late, 0) + coalesce(o.overdue, 0), 0))::DOUBLE AS on_time_rate,
  coalesce(c.timed, 0)::DOUBLE AS timed, c.median_wd::DOUBLE AS median_wd, c.p90_wd::DOUBLE AS p90_wd
FROM counts c
FULL JOIN overdue o ON o.procedure_code = c.procedure_code
ORDER BY dossiers DESC, overdue DESC, procedure_code
LIMIT ${limit}`,
		params: [input.unit, ...slice.params, input.month, ...overdueParams]
	};
}
