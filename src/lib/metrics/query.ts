/** A parameter bound to a `?` placeholder; never interpolated into SQL text. */
export type SqlParam = string | number | boolean | null;

/** What every metric builder returns: SQL with positional `?` placeholders and their values. */
export interface SqlQuery {
	sql: string;
	params: SqlParam[];
}

/** One result row after normalisation (BIGINT → number, DATE → 'YYYY-MM-DD'). */
export type Row = Record<string, string | number | boolean | null>;
