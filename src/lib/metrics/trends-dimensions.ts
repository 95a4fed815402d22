// The sectors present in the dossier cube, for the trends page's sector filter.
import type { SqlQuery } from './query';

/** Rows: sector (alphabetical). */
export function buildTrendSectorsQuery(): SqlQuery {
	return { sql: `SELECT DISTINCT sector FROM dossier_cube WHERE sector IS NOT NULL ORDER BY sector`, params: [] };
}
