import { describe, expect, it } from 'vitest';
import { formatSummary } from './summary';
import { DOSSIER_RULES } from '../../src/lib/import/rules';

describe('formatSummary', () => {
	it('prints read/kept/excluded and one line per rule, in rule order, zeros included', () => {
		const text = formatSummary([
			{
				file: 'd.csv',
				kind: 'dossiers',
				format: 'csv',
				field_names: 'portal',
				sha256: 'x',
				imported_at: '2026-01-05T00:00:00Z',
				duration_ms: 1,
				rows_read: 10,
				rows_kept: 7,
				rows_excluded: 3,
				excluded_by_rule: { unknown_province: 1, duplicate_id: 2 },
				time_span: null
			}
		]);
		const lines = text.split('\n');
		expect(lines[0]).toBe('d.csv  (dossiers, csv, portal field names)');
		expect(lines[1]).toMatch(/^ {2}rows read\s+10$/);
		expect(lines[3]).toMatch(/^ {2}rows excluded\s+3$/);
		const ruleLines = lines.slice(4, 4 + DOSSIER_RULES.length);
		expect(ruleLines.map((l) => l.trim().split(/\s+/)[0])).toEqual(DOSSIER_RULES.map((r) => r.code));
		const line = (code: string) => ruleLines[DOSSIER_RULES.findIndex((r) => r.code === code)];
		expect(line('duplicate_id')).toMatch(/duplicate_id\s+2\s+Identifier repeats/);
		expect(line('unknown_province')).toMatch(/unknown_province\s+1\s/);
		expect(line('null_required')).toMatch(/null_required\s+0\s/);
	});
});
