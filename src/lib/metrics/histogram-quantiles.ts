// Quantiles of processing time from a histogram (`dossier_hist` rows summed into (…, wd, n)):
// the smallest wd whose cumulative count reaches q × total, which is `quantile_disc` on the
// rounded values (DATA-LAYOUT.md). The one copy of that rule; every builder that reads
// quantiles from the histogram uses it.

const IDENT = /^[a-z_][a-z0-9_]*$/;

function checkIdent(name: string): string {
	if (!IDENT.test(name)) throw new Error(`Invalid identifier: ${name}`);
	return name;
}

export interface HistogramQuantileOptions {
	/** The output column holding the dossiers counted (the histogram's total). */
	total?: string;
	/** Output column → quantile in (0, 1]. Default: median_wd 0.5, p90_wd 0.9. */
	quantiles?: Readonly<Record<string, number>>;
	/** Output column for the mean of wd (each histogram bin at its value), if wanted. */
	mean?: string;
}

/**
 * A SELECT (for a CTE body or a subquery) over `source(…partition, wd, n)` with one row per
 * value of `partition` (columns of `source`; none for the whole source): the partition columns,
 * `total` and each quantile. `source` must hold one row per partition and wd (summed).
 */
export function histogramQuantilesSql(source: string, partition: readonly string[], options: HistogramQuantileOptions = {}): string {
	checkIdent(source);
	partition.forEach(checkIdent);
	const total = checkIdent(options.total ?? 'total');
	const quantiles = Object.entries(options.quantiles ?? { median_wd: 0.5, p90_wd: 0.9 }).map(([name, q]) => {
		if (!(q > 0 && q <= 1)) throw new Error(`Invalid quantile: ${q}`);
		return `MIN(wd) FILTER (WHERE cum >= ${q} * total) AS ${checkIdent(name)}`;
	});
	if (options.mean) quantiles.push(`SUM(wd * n) / MAX(total) AS ${checkIdent(options.mean)}`);
	const keys = partition.join(', ');
	const over = partition.length ? `PARTITION BY ${keys} ` : '';
	return `SELECT ${partition.length ? `${keys}, ` : ''}MAX(total) AS ${total},
    ${quantiles.join(',\n    ')}
  FROM (
    SELECT ${partition.length ? `${keys}, ` : ''}wd, n,
      SUM(n) OVER (${over}ORDER BY wd) AS cum,
      SUM(n) OVER (${over.trim()}) AS total
    FROM ${source}
  )${partition.length ? `\n  GROUP BY ${keys}` : ''}`;
}
