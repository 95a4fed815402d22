/**
 * The refusals the shared importer code (src/lib/import/, src/lib/explore/) can give: a stable
 * code with its values, so /explore/ says it in the reader's language (src/lib/i18n/messages/
 * refusals.ts) while the importer prints the English `problem` as before.
 */
export const REFUSAL_CODES = [
	'empty',
	'parquet_truncated',
	'parquet_misnamed',
	'utf16',
	'nul_byte',
	'not_utf8',
	'utf8_truncated',
	'field_count',
	'row_too_long',
	'row_too_long_quote',
	'quote_unclosed',
	'duplicate_in_header',
	'duplicate_in_file',
	'no_id_column',
	'both_id_columns',
	'column_conflict',
	'missing_column',
	'missing_column_portal',
	'rows_found_read',
	'nul_value',
	'unreadable_value',
	'rows_read_typed',
	'rowid_column',
	'unreadable_file',
	'engine_error'
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A refusal's values: numbers, text from the file (shown as text), or a list ("A or B"). */
export type RefusalParams = Record<string, string | number | readonly string[]>;

export interface RefusalDetail {
	code: RefusalCode;
	params?: RefusalParams;
	/** DuckDB's own words (English), quoted after the translated lead. */
	detail?: string;
}

/** A file the importer cannot use: nothing is written, the existing output folder stays as it was. */
export class RefusedFileError extends Error {
	readonly code: RefusalCode | null;
	readonly params: RefusalParams;
	readonly detail: string | null;

	constructor(
		readonly file: string,
		readonly column: string | null,
		readonly problem: string,
		refusal?: RefusalDetail
	) {
		super(`Refused ${file}${column ? `, column "${column}"` : ''}: ${problem}`);
		this.name = 'RefusedFileError';
		this.code = refusal?.code ?? null;
		this.params = refusal?.params ?? {};
		this.detail = refusal?.detail ?? null;
	}
}
