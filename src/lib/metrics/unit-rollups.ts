// The dossier cubes rolled up to the unit grain (month × province_63 × province_34, and for the
// histogram basis × wd): no sector, channel or agency level. The views that never split by
// those (overview, rankings, pilots) read these: on the demo data 2,476 rows instead of
// dossier_cube's 124,793 and 145,555 instead of dossier_hist's 1,016,002, whose rows are almost
// one dossier each at the full grain (DATA-LAYOUT.md). Sums of the same rows, so every figure
// read from them is the one the full cubes give. One SQL: the pipeline writes them as cube
// files; native DuckDB derives them where a data folder or a test fixture has none.
import type { SqlQuery } from './query';

export interface UnitRollup {
	/** The table the views read. */
	table: 'dossier_cube_units' | 'dossier_hist_units';
	/** The full cube it sums. */
	source: 'dossier_cube' | 'dossier_hist';
}

export const UNIT_ROLLUPS: readonly UnitRollup[] = [
	{ table: 'dossier_cube_units', source: 'dossier_cube' },
	{ table: 'dossier_hist_units', source: 'dossier_hist' }
];

/** The cube's key columns: the unit grain's, and those the rollup sums over (a cube may lack some). */
const KEYS = ['month', 'province_63', 'province_34', 'sector', 'channel', 'agency_level'].map((k) => `'${k}'`).join(', ');

/**
 * The SELECT of a rollup over its source. Every measure of dossier_cube is an INTEGER count
 * (DATA-LAYOUT.md) and stays one: a sum per unit and month is far below 2³¹.
 */
export function buildUnitRollupQuery(rollup: UnitRollup): SqlQuery {
	const sql =
		rollup.table === 'dossier_cube_units'
			? `SELECT month, province_63, province_34,
  CAST(sum(COLUMNS(c -> c NOT IN (${KEYS}))) AS INTEGER)
FROM dossier_cube
GROUP BY month, province_63, province_34`
			: `SELECT basis, month, province_63, province_34, wd, CAST(sum(n) AS INTEGER) AS n
FROM dossier_hist
GROUP BY basis, month, province_63, province_34, wd`;
	return { sql, params: [] };
}

/** The rollups to derive: those whose source is present and that are not themselves present. */
export function missingUnitRollups(present: Iterable<string>): UnitRollup[] {
	const have = new Set(present);
	return UNIT_ROLLUPS.filter((r) => have.has(r.source) && !have.has(r.table));
}
