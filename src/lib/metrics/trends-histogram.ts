// The distribution of processing time in one month for one line: a histogram in whole working
// days from the cube's histogram, its quantiles, and the share of judged dossiers finished past
// their deadline (the histogram itself carries no deadline, so the share comes from the counts).
import { joinParts, type SqlQuery } from './query';
import { histogramQuantilesSql } from './histogram-quantiles';
import { checkMonth, type SeriesRef, type TrendFilters } from './trends-filters';
import { membersSql, scanParts } from './trends-scope';

export interface TrendHistogramInput {
	filters: TrendFilters;
	focus: SeriesRef;
	/** The month shown, 'YYYY-MM-01'. */
	month: string;
}

/**
 * One row per whole working day `bin` from 0 to `cap` (zeros included): dossiers with
 * bin ≤ wd < bin + 1, and in the last bin (`open_end` true) every wd ≥ cap, where cap = ⌈p99⌉.
 * Every row repeats the month's summary: total, median_wd, p90_wd, p99_wd, judged (finished with
 * a due date), late, late_share = late / judged.
 * Rows: bin, open_end, n, share, total, median_wd, p90_wd, p99_wd, judged, late, late_share.
 */
export function buildTrendHistogramQuery(input: TrendHistogramInput): SqlQuery {
	const f = input.filters;
	checkMonth(input.month);
	const scan = scanParts(f, input.focus);
	const received = f.basis === 'received';
	return joinParts(
		'WITH members AS (\n  ',
		membersSql(f),
		`\n), hist AS (
  SELECT c.wd, SUM(c.n) AS n
  FROM dossier_hist c ${scan.join}
  WHERE c.basis = ? AND c.month = CAST(? AS DATE)`,
		{ sql: '', params: [f.basis, input.month] },
		scan.where,
		`
  GROUP BY c.wd
), stats AS (
  ${histogramQuantilesSql('hist', [], { quantiles: { median_wd: 0.5, p90_wd: 0.9, p99_wd: 0.99 } })}
), cap AS (
  SELECT greatest(ceil(p99_wd), 1)::BIGINT AS cap FROM stats WHERE total > 0
), bins AS (
  SELECT unnest(generate_series(0, cap)) AS bin FROM cap
), counted AS (
  SELECT least(floor(h.wd)::BIGINT, cap.cap) AS bin, SUM(h.n) AS n FROM hist h, cap GROUP BY ALL
), deadline AS (
  SELECT SUM(${received ? 'c.r_late' : 'c.late'}) AS late,
    SUM(${received ? 'c.r_early + c.r_on_time + c.r_late' : 'c.early + c.on_time + c.late'}) AS judged
  FROM dossier_cube c ${scan.join}
  WHERE c.month = CAST(? AS DATE)`,
		{ sql: '', params: [input.month] },
		scan.where,
		`
)
SELECT b.bin::INTEGER AS bin, (b.bin = cap.cap) AS open_end,
  coalesce(c.n, 0)::DOUBLE AS n,
  (coalesce(c.n, 0) / s.total)::DOUBLE AS share,
  s.total::DOUBLE AS total, s.median_wd::DOUBLE AS median_wd, s.p90_wd::DOUBLE AS p90_wd,
  s.p99_wd::DOUBLE AS p99_wd,
  coalesce(d.judged, 0)::DOUBLE AS judged, coalesce(d.late, 0)::DOUBLE AS late,
  (d.late / nullif(d.judged, 0))::DOUBLE AS late_share
FROM bins b CROSS JOIN cap CROSS JOIN stats s CROSS JOIN deadline d
LEFT JOIN counted c ON c.bin = b.bin
ORDER BY b.bin`
	);
}
