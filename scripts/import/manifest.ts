// The shape of data/manifest.json (DATA-LAYOUT.md).

import type { InputKind } from '../../src/lib/import/columns';

export interface TimeSpan {
	from: string;
	to: string;
}

export interface ManifestFile {
	path: string;
	rows: number;
	bytes: number;
	sha256: string;
	partition: { year: number; province?: string } | null;
}

export interface ManifestTable {
	table: string;
	role: 'cube' | 'reference' | 'raw';
	rows: number;
	bytes: number;
	time_span: TimeSpan | null;
	files: ManifestFile[];
}

export interface ImportRecord {
	file: string;
	kind: InputKind;
	format: 'csv' | 'parquet';
	field_names: 'contract' | 'portal';
	sha256: string;
	imported_at: string;
	duration_ms: number;
	rows_read: number;
	rows_kept: number;
	rows_excluded: number;
	excluded_by_rule: Record<string, number>;
	answers_invalid?: Record<string, number>;
	time_span: TimeSpan | null;
}

export interface Manifest {
	version: 1;
	generated_at: string;
	export_date: string;
	source: 'demo' | 'import';
	seed?: number;
	tables: ManifestTable[];
	imports: ImportRecord[];
}

export function tableEntry(table: string, role: ManifestTable['role'], files: ManifestFile[], timeSpan: TimeSpan | null): ManifestTable {
	const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return {
		table,
		role,
		rows: sorted.reduce((s, f) => s + f.rows, 0),
		bytes: sorted.reduce((s, f) => s + f.bytes, 0),
		time_span: timeSpan,
		files: sorted
	};
}
