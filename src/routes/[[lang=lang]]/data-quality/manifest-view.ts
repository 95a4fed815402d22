// The parts of manifest.json the data-quality page shows, read defensively (the file may come
// from any importer version): unknown or missing fields become null, never a crash.
export interface ImportSummary {
	file: string;
	kind: string;
	format: string | null;
	fieldNames: string | null;
	sha256: string | null;
	importedAt: string | null;
	durationMs: number | null;
	rowsRead: number;
	rowsKept: number;
	rowsExcluded: number;
	excludedByRule: { rule: string; rows: number }[];
	answersInvalid: { factor: string; rows: number }[];
	timeSpan: { from: string; to: string } | null;
}

export interface TableFile {
	path: string;
	rows: number;
	bytes: number;
	sha256: string;
}

export interface TableSummary {
	table: string;
	role: string;
	rows: number;
	bytes: number;
	timeSpan: { from: string; to: string } | null;
	files: TableFile[];
}

export interface ManifestView {
	source: 'demo' | 'import';
	seed: number | null;
	generatedAt: string | null;
	exportDate: string | null;
	imports: ImportSummary[];
	tables: TableSummary[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function span(v: unknown): { from: string; to: string } | null {
	const s = obj(v);
	const from = str(s.from);
	const to = str(s.to);
	return from && to ? { from, to } : null;
}

function counts<K extends string>(v: unknown, key: K): ({ [P in K]: string } & { rows: number })[] {
	return Object.entries(obj(v))
		.map(([name, rows]) => ({ [key]: name, rows: num(rows) }) as { [P in K]: string } & { rows: number })
		.sort((a, b) => b.rows - a.rows);
}

export function manifestView(json: unknown): ManifestView {
	const m = obj(json);
	// The demo writes 0 for every import time so its manifest is byte-for-byte reproducible:
	// that 0 is "not recorded", not "took 0 ms".
	const timed = m.source === 'import';
	return {
		source: m.source === 'import' ? 'import' : 'demo',
		seed: typeof m.seed === 'number' ? m.seed : null,
		generatedAt: str(m.generated_at),
		exportDate: str(m.export_date),
		imports: arr(m.imports).map((raw) => {
			const i = obj(raw);
			return {
				file: str(i.file) ?? '?',
				kind: str(i.kind) ?? '?',
				format: str(i.format),
				fieldNames: str(i.field_names),
				sha256: str(i.sha256),
				importedAt: str(i.imported_at),
				durationMs: timed && typeof i.duration_ms === 'number' ? i.duration_ms : null,
				rowsRead: num(i.rows_read),
				rowsKept: num(i.rows_kept),
				rowsExcluded: num(i.rows_excluded),
				excludedByRule: counts(i.excluded_by_rule, 'rule'),
				answersInvalid: counts(i.answers_invalid, 'factor'),
				timeSpan: span(i.time_span)
			};
		}),
		tables: arr(m.tables).map((raw) => {
			const t = obj(raw);
			return {
				table: str(t.table) ?? '?',
				role: str(t.role) ?? '?',
				rows: num(t.rows),
				bytes: num(t.bytes),
				timeSpan: span(t.time_span),
				files: arr(t.files).map((f) => {
					const file = obj(f);
					return { path: str(file.path) ?? '?', rows: num(file.rows), bytes: num(file.bytes), sha256: str(file.sha256) ?? '' };
				})
			};
		})
	};
}

/** rows_read = kept + excluded and excluded = Σ by rule (DATA-LAYOUT.md's invariant). */
export function invariantHolds(i: ImportSummary): boolean {
	const byRule = i.excludedByRule.reduce((s, r) => s + r.rows, 0);
	return i.rowsRead === i.rowsKept + i.rowsExcluded && i.rowsExcluded === byRule;
}
