// One fixture file per validation rule, each holding valid rows plus rows that break that rule
// (and no earlier one); all are imported in one run and counted per file.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runPipeline, type PipelineReport } from './pipeline';
import { DOSSIER_RULES, SURVEY_RULES } from '../../src/lib/import/rules';
import { query, tempDir, validDossier, validResponse, writeCsv } from './test-support';

type Cells = Parameters<typeof validDossier>[1];

/** Rule code → the overrides of each breaking row. */
const DOSSIER_BREAKERS: Record<string, Cells[]> = {
	text_too_long: [{ sector: 'x'.repeat(201) }, { dossier_id: 'i'.repeat(101) }, { agency_name: 'a'.repeat(301) }],
	null_required: [{ sector: null }, { received_at: null }],
	duplicate_id: [], // built below: repeats of valid ids
	unknown_province: [{ province_code: '99' }],
	province_not_valid_on_date: [
		// Hà Giang (02) no longer exists after the merger
		{ province_code: '02', received_at: '2025-08-04 08:00', due_at: null, finished_at: null, status: 'in_progress' }
	],
	received_before_2000: [{ received_at: '1999-12-31 08:00', due_at: null, finished_at: null, status: 'received' }],
	received_after_export: [{ received_at: '2026-02-02 08:00', due_at: null, finished_at: null, status: 'received' }],
	finished_before_received: [{ finished_at: '2024-03-01 09:00' }],
	due_before_received: [{ due_at: '2024-03-03 17:00' }],
	finished_after_export: [{ received_at: '2025-12-30 08:00', due_at: null, finished_at: '2026-01-12 08:00' }],
	not_yet_received: [{ status: '1' }, { status: 'registered' }],
	unknown_agency_level: [{ agency_level: 'ministry' }],
	unknown_channel: [{ channel: '9' }],
	unknown_service_level: [{ service_level: 'level5' }],
	unknown_status: [{ status: 'lost' }],
	district_after_merger: [
		{
			province_code: '79',
			agency_level: 'district',
			received_at: '2025-07-02 08:00',
			due_at: null,
			finished_at: null,
			status: 'in_progress'
		}
	],
	negative_supplement_days: [{ supplement_days: -1 }],
	outside_calendar: [{ received_at: '2019-12-30 08:00', due_at: null, finished_at: '2020-01-03 08:00' }],
	// received Mon 4 March 2024, finished Wed 6 March: 2 working days, 5 waiting days
	supplement_exceeds_duration: [{ supplement_days: 5 }]
};

const SURVEY_BREAKERS: Record<string, Cells[]> = {
	text_too_long: [{ sector: 'Đ'.repeat(201) }, { gender: 'g'.repeat(101) }],
	null_required: [{ respondent_type: null }],
	duplicate_id: [],
	unknown_province: [{ province_code: '99' }],
	province_not_valid_on_date: [{ survey_year: 2025, province_code: '02' }],
	survey_year_out_of_range: [{ survey_year: 2027 }, { survey_year: 1999 }],
	unknown_respondent_type: [{ respondent_type: 'tourist' }],
	unknown_area: [{ area: 'suburb' }],
	weight_not_positive: [{ weight: 0 }, { weight: -1 }, { weight: null }]
};

const VALID_PER_FILE = 3;

function dossierFixture(dir: string, code: string): string {
	const valid = Array.from({ length: VALID_PER_FILE }, (_, i) => validDossier(`${code}-ok-${i}`));
	const breakers =
		code === 'duplicate_id'
			? [validDossier(`${code}-ok-0`, { sector: 'Đất đai' }), validDossier(`${code}-ok-1`)]
			: DOSSIER_BREAKERS[code].map((o, i) => validDossier(`${code}-bad-${i}`, o));
	return writeCsv(dir, `d-${code}.csv`, [...valid, ...breakers], Object.keys(validDossier('x')));
}

function surveyFixture(dir: string, code: string): string {
	const valid = Array.from({ length: VALID_PER_FILE }, (_, i) => validResponse(`${code}-ok-${i}`));
	const breakers =
		code === 'duplicate_id'
			? [validResponse(`${code}-ok-2`, { weight: 3 })]
			: SURVEY_BREAKERS[code].map((o, i) => validResponse(`${code}-bad-${i}`, o));
	return writeCsv(dir, `s-${code}.csv`, [...valid, ...breakers], Object.keys(validResponse('x')));
}

describe('validation rules', () => {
	let report: PipelineReport;
	let outDir: string;
	const expectedBroken = (code: string, kind: 'd' | 's') =>
		code === 'duplicate_id' ? (kind === 'd' ? 2 : 1) : (kind === 'd' ? DOSSIER_BREAKERS : SURVEY_BREAKERS)[code].length;

	beforeAll(async () => {
		const dir = tempDir();
		outDir = join(dir, 'out');
		const inputs = [
			...DOSSIER_RULES.map((r) => ({ path: dossierFixture(dir, r.code) })),
			...SURVEY_RULES.map((r) => ({ path: surveyFixture(dir, r.code) })),
			// ratings out of range: kept, the answer is counted as invalid
			{
				path: writeCsv(dir, 's-ratings.csv', [
					validResponse('r-1', { access: 7 }),
					validResponse('r-2', { procedures: 0, access: 2.5 }),
					validResponse('r-3')
				])
			}
		];
		report = await runPipeline({ inputs, outDir, exportDate: '2026-01-05', source: 'import' });
	});

	it('has a fixture for every rule of rules.ts', () => {
		expect(Object.keys(DOSSIER_BREAKERS).sort()).toEqual(DOSSIER_RULES.map((r) => r.code).sort());
		expect(Object.keys(SURVEY_BREAKERS).sort()).toEqual(SURVEY_RULES.map((r) => r.code).sort());
	});

	for (const rule of DOSSIER_RULES) {
		it(`dossiers: ${rule.code}`, () => {
			const rec = report.imports.find((i) => i.file === `d-${rule.code}.csv`)!;
			const n = expectedBroken(rule.code, 'd');
			expect(rec.excluded_by_rule).toEqual({ [rule.code]: n });
			expect(rec.rows_read).toBe(VALID_PER_FILE + n);
			expect(rec.rows_kept).toBe(VALID_PER_FILE);
			expect(rec.rows_read).toBe(rec.rows_kept + rec.rows_excluded);
		});
	}

	for (const rule of SURVEY_RULES) {
		it(`survey: ${rule.code}`, () => {
			const rec = report.imports.find((i) => i.file === `s-${rule.code}.csv`)!;
			const n = expectedBroken(rule.code, 's');
			expect(rec.excluded_by_rule).toEqual({ [rule.code]: n });
			expect(rec.rows_kept).toBe(VALID_PER_FILE);
			expect(rec.rows_read).toBe(rec.rows_kept + rec.rows_excluded);
		});
	}

	it('counts out-of-range ratings as unanswered, keeping the row', async () => {
		const rec = report.imports.find((i) => i.file === 's-ratings.csv')!;
		expect(rec.rows_kept).toBe(3);
		expect(rec.answers_invalid).toEqual({ access: 2, procedures: 1 });
		const raw = await query(
			`SELECT response_id, access, procedures FROM '${outDir}/survey/year=2024/part-0.parquet'
			 WHERE response_id LIKE 'r-%' ORDER BY response_id`
		);
		expect(raw).toEqual([
			{ response_id: 'r-1', access: null, procedures: 5 },
			{ response_id: 'r-2', access: null, procedures: null },
			{ response_id: 'r-3', access: 4, procedures: 5 }
		]);
		const cube = await query(
			`SELECT sum(n_invalid)::INTEGER AS bad, sum(n)::INTEGER AS n FROM '${outDir}/cubes/survey_cube.parquet' WHERE factor = 'access'`
		);
		// every kept response answered access validly except the two above
		const kept = report.imports.filter((i) => i.kind === 'survey_responses').reduce((s, i) => s + i.rows_kept, 0);
		expect(cube).toEqual([{ bad: 2, n: kept - 2 }]);
	});

	it('writes each excluded row with its reason and source row', async () => {
		const rows = await query(`SELECT source_row, reason, dossier_id FROM '${outDir}/excluded/d-duplicate_id.parquet' ORDER BY source_row`);
		expect(rows).toEqual([
			{ source_row: 4, reason: 'duplicate_id', dossier_id: 'duplicate_id-ok-0' },
			{ source_row: 5, reason: 'duplicate_id', dossier_id: 'duplicate_id-ok-1' }
		]);
	});

	it('keeps every valid row in the raw partitions and the manifest invariant holds', async () => {
		const kept = report.imports.filter((i) => i.kind === 'dossiers').reduce((s, i) => s + i.rows_kept, 0);
		const [{ n }] = await query(`SELECT count(*)::INTEGER AS n FROM '${outDir}/dossiers/*/*/part-0.parquet'`);
		expect(n).toBe(kept);
		for (const i of report.imports) {
			expect(i.rows_excluded).toBe(Object.values(i.excluded_by_rule).reduce((s, x) => s + x, 0));
		}
	});
});
