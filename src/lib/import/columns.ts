// The contract's columns (shared/design/DATA-CONTRACT.md) with the DuckDB type each is cast to.
// `parse` says how a text value is read (see cast.ts); `values` lists an enumeration's values.

export type InputKind = 'dossiers' | 'survey_responses';

export type ColumnParse =
	| 'text' // trimmed; NFC-normalised where `nfc` is set
	| 'code' // province code: trimmed, a one-digit number padded to two digits
	| 'enum' // lower-cased and mapped through portal-fields.ts ENUM_VALUE_MAPS
	| 'timestamp'
	| 'boolean'
	| 'double'
	| 'integer'
	| 'rating'; // a number; anything but a whole 1–5 is an invalid answer (rules), not a refusal

export interface ColumnSpec {
	name: string;
	sqlType: 'VARCHAR' | 'TIMESTAMP' | 'BOOLEAN' | 'DOUBLE' | 'SMALLINT' | 'TINYINT';
	parse: ColumnParse;
	required: boolean;
	values?: readonly string[];
	/** Text that groups figures: NFC-normalised, so a Vietnamese export in NFD groups with NFC. */
	nfc?: boolean;
	/** Text columns: the most characters a value may have; a longer one excludes the row (rules.ts). */
	maxLength?: number;
}

/**
 * Text limits, in characters. A sector is shown in selects and written to the URL, whose
 * free-text keys take at most 200 characters (trends-state.ts); ids and codes are short in
 * every export seen. A value past its limit is a broken export, not a name.
 */
export const TEXT_LIMITS = { id: 100, code: 10, value: 100, name: 300, sector: 200 } as const;

export const AGENCY_LEVELS = ['province', 'district', 'commune'] as const;
export const CHANNELS = ['in_person', 'online', 'postal'] as const;
export const SERVICE_LEVELS = ['offline', 'partial_online', 'full_online'] as const;
export const STATUSES = [
	'received',
	'in_progress',
	'supplement_requested',
	'financial_obligation',
	'finished',
	'returned',
	'withdrawn',
	'stopped',
	'refused'
] as const;
export const RESPONDENT_TYPES = ['citizen', 'organization'] as const;
export const AREAS = ['urban', 'rural'] as const;
export const FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback', 'overall'] as const;
export type Factor = (typeof FACTORS)[number];

export const DOSSIER_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'dossier_id', sqlType: 'VARCHAR', parse: 'text', required: true, maxLength: TEXT_LIMITS.id },
	{ name: 'province_code', sqlType: 'VARCHAR', parse: 'code', required: true, maxLength: TEXT_LIMITS.code },
	{ name: 'agency_level', sqlType: 'VARCHAR', parse: 'enum', required: true, values: AGENCY_LEVELS, maxLength: TEXT_LIMITS.value },
	{ name: 'agency_name', sqlType: 'VARCHAR', parse: 'text', required: false, maxLength: TEXT_LIMITS.name },
	{ name: 'procedure_code', sqlType: 'VARCHAR', parse: 'text', required: false, maxLength: TEXT_LIMITS.id },
	{ name: 'sector', sqlType: 'VARCHAR', parse: 'text', required: true, nfc: true, maxLength: TEXT_LIMITS.sector },
	{ name: 'channel', sqlType: 'VARCHAR', parse: 'enum', required: true, values: CHANNELS, maxLength: TEXT_LIMITS.value },
	{ name: 'service_level', sqlType: 'VARCHAR', parse: 'enum', required: false, values: SERVICE_LEVELS, maxLength: TEXT_LIMITS.value },
	{ name: 'received_at', sqlType: 'TIMESTAMP', parse: 'timestamp', required: true },
	{ name: 'due_at', sqlType: 'TIMESTAMP', parse: 'timestamp', required: false },
	{ name: 'finished_at', sqlType: 'TIMESTAMP', parse: 'timestamp', required: false },
	{ name: 'returned_at', sqlType: 'TIMESTAMP', parse: 'timestamp', required: false },
	{ name: 'status', sqlType: 'VARCHAR', parse: 'enum', required: true, values: STATUSES, maxLength: TEXT_LIMITS.value },
	{ name: 'supplement_days', sqlType: 'DOUBLE', parse: 'double', required: false },
	{ name: 'via_one_level_centre', sqlType: 'BOOLEAN', parse: 'boolean', required: false },
	{ name: 'paid_online', sqlType: 'BOOLEAN', parse: 'boolean', required: false },
	{ name: 'digitized', sqlType: 'BOOLEAN', parse: 'boolean', required: false },
	{ name: 'e_result', sqlType: 'BOOLEAN', parse: 'boolean', required: false }
];

export const SURVEY_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'response_id', sqlType: 'VARCHAR', parse: 'text', required: true, maxLength: TEXT_LIMITS.id },
	{ name: 'survey_year', sqlType: 'SMALLINT', parse: 'integer', required: true },
	{ name: 'province_code', sqlType: 'VARCHAR', parse: 'code', required: true, maxLength: TEXT_LIMITS.code },
	{ name: 'respondent_type', sqlType: 'VARCHAR', parse: 'enum', required: true, values: RESPONDENT_TYPES, maxLength: TEXT_LIMITS.value },
	{ name: 'sector', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true, maxLength: TEXT_LIMITS.sector },
	{ name: 'weight', sqlType: 'DOUBLE', parse: 'double', required: true },
	{ name: 'psu', sqlType: 'VARCHAR', parse: 'text', required: false, maxLength: TEXT_LIMITS.id },
	...FACTORS.map((f): ColumnSpec => ({ name: f, sqlType: 'TINYINT', parse: 'rating', required: false })),
	{ name: 'gender', sqlType: 'VARCHAR', parse: 'text', required: false, maxLength: TEXT_LIMITS.value },
	{ name: 'age_group', sqlType: 'VARCHAR', parse: 'text', required: false, maxLength: TEXT_LIMITS.value },
	{ name: 'area', sqlType: 'VARCHAR', parse: 'enum', required: false, values: AREAS, maxLength: TEXT_LIMITS.value }
];

export function columnsFor(kind: InputKind): readonly ColumnSpec[] {
	return kind === 'dossiers' ? DOSSIER_COLUMNS : SURVEY_COLUMNS;
}

/** The column whose presence identifies each kind of file. */
export const ID_COLUMN: Record<InputKind, string> = {
	dossiers: 'dossier_id',
	survey_responses: 'response_id'
};
