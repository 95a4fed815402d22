/** A parameter bound to a `?` placeholder; never interpolated into SQL text. */
export type SqlParam = string | number | boolean | null;

/** What every metric builder returns: SQL with positional `?` placeholders and their values. */
export interface SqlQuery {
	sql: string;
	params: SqlParam[];
}

/** One result row after normalisation (BIGINT → number, DATE → 'YYYY-MM-DD'). */
export type Row = Record<string, string | number | boolean | null>;

/** A piece of SQL with the values of its `?` placeholders, in order. */
export type SqlPart = SqlQuery;

/** Concatenates parts, keeping their params in order. */
export function joinParts(...parts: (SqlPart | string)[]): SqlPart {
	let sql = '';
	const params: SqlParam[] = [];
	for (const p of parts) {
		if (typeof p === 'string') sql += p;
		else {
			sql += p.sql;
			params.push(...p.params);
		}
	}
	return { sql, params };
}
