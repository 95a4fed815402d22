// The per-file, per-rule table the CLI prints after an import.

import type { ImportRecord } from './manifest';
import { rulesFor } from '../../src/lib/import/rules';

function pad(cells: string[], widths: number[]): string {
	return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export function formatSummary(imports: ImportRecord[]): string {
	const lines: string[] = [];
	for (const r of imports) {
		lines.push(`${r.file}  (${r.kind}, ${r.format}, ${r.field_names} field names)`);
		const rows: string[][] = [
			['rows read', String(r.rows_read)],
			['rows kept', String(r.rows_kept)],
			['rows excluded', String(r.rows_excluded)]
		];
		for (const rule of rulesFor(r.kind)) {
			const n = r.excluded_by_rule[rule.code] ?? 0;
			rows.push([`  ${rule.code}`, String(n), rule.description.en]);
		}
		for (const [factor, n] of Object.entries(r.answers_invalid ?? {}))
			rows.push([`  invalid rating: ${factor}`, String(n), 'answer treated as not answered']);
		const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
		for (const row of rows) lines.push('  ' + pad(row.slice(0, 2), widths) + (row[2] ? `  ${row[2]}` : ''));
		lines.push('');
	}
	return lines.join('\n');
}
