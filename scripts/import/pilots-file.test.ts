import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { RefusedFileError } from '../../src/lib/import/errors';
import { checkPilotsInData, parsePilotsCsv } from './pilots-file';
import { isCalendarDate } from '../../src/lib/import/sql-text';
import { runPipeline } from './pipeline';
import { tempDir, validDossier, writeCsv } from './test-support';

const GOOD = 'province_code,start_date,end_date\n1,2024-10-01,2025-11-30\n74,2025-01-02,2025-11-30\n';

function refusal(text: string): RefusedFileError {
	try {
		parsePilotsCsv(text, 'pilots.csv');
	} catch (error) {
		if (error instanceof RefusedFileError) return error;
		throw error;
	}
	throw new Error('not refused');
}

describe('parsePilotsCsv', () => {
	it('reads codes (zero-padded), dates and the 34-unit unit each pilot belongs to', () => {
		expect(parsePilotsCsv(GOOD, 'pilots.csv')).toEqual([
			{
				province_code: '01',
				province_34: '01',
				model: 'one_level_centre',
				start_date: '2024-10-01',
				end_date: '2025-11-30',
				start_is_illustrative: false
			},
			{
				province_code: '74',
				province_34: '79',
				model: 'one_level_centre',
				start_date: '2025-01-02',
				end_date: '2025-11-30',
				start_is_illustrative: false
			}
		]);
	});

	it('accepts a BOM, CRLF, `;` and quoted cells', () => {
		const text = '\uFEFFprovince_code;start_date;end_date;model\r\n"22";2024-09-16;2025-11-30;one_level_centre\r\n';
		expect(parsePilotsCsv(text, 'p.csv').map((p) => [p.province_code, p.start_date])).toEqual([['22', '2024-09-16']]);
	});

	it.each([
		['', null, /empty/],
		['province_code,start_date\n01,2024-10-01\n', 'end_date', /missing required column/],
		['province_code,start_date,end_date\n', null, /no pilot province/],
		['province_code,start_date,end_date,start_date\n01,2024-10-01,2025-11-30,x\n', 'start_date', /twice/],
		['province_code,start_date,end_date,colour\n01,2024-10-01,2025-11-30,red\n', 'colour', /unknown column/],
		['province_code,start_date,end_date\n03,2024-10-01,2025-11-30\n', 'province_code', /line 2: 03 is not a 63-unit/],
		['province_code,start_date,end_date\nHN,2024-10-01,2025-11-30\n', 'province_code', /not a two-digit/],
		['province_code,start_date,end_date\n01,2024-10-01,2025-11-30\n1,2024-11-01,2025-11-30\n', 'province_code', /line 3: .*twice/],
		['province_code,start_date,end_date\n01,2024-02-30,2025-11-30\n', 'start_date', /not a date/],
		['province_code,start_date,end_date\n01,01/10/2024,2025-11-30\n', 'start_date', /not a date/],
		['province_code,start_date,end_date\n01,2025-10-01,2025-09-30\n', 'end_date', /ends .* before it starts/],
		['province_code,start_date,end_date,model\n01,2024-10-01,2025-11-30,two_level\n', 'model', /unknown model/],
		['province_code,start_date,end_date\n01,2024-10-01\n', null, /line 2 has 2 fields/]
	])('refuses %j (column %s)', (text, column, problem) => {
		const error = refusal(text);
		expect(error.file).toBe('pilots.csv');
		expect(error.column).toBe(column);
		expect(error.problem).toMatch(problem);
	});

	it('checks real calendar dates', () => {
		expect(['2024-02-29', '2025-12-31'].map(isCalendarDate)).toEqual([true, true]);
		expect(['2025-02-29', '2024-13-01', '2024-1-01', ''].map(isCalendarDate)).toEqual([false, false, false, false]);
	});

	it('refuses a start outside the dossier data, keeps an end past it', () => {
		const pilots = parsePilotsCsv(GOOD, 'pilots.csv');
		expect(() => checkPilotsInData(pilots, '2024-01-01', '2025-06-30', 'pilots.csv')).not.toThrow();
		expect(() => checkPilotsInData(pilots, '2024-11-01', '2025-06-30', 'pilots.csv')).toThrow(/01 starts on 2024-10-01, outside/);
	});
});

describe('--pilots in the pipeline', () => {
	async function pilotsTable(outDir: string) {
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const reader = await db.runAndReadAll(
			`SELECT province_code, strftime(start_date, '%Y-%m-%d') AS s, start_is_illustrative AS ill FROM read_parquet('${join(outDir, 'reference/pilots.parquet')}') ORDER BY 1`
		);
		return reader.getRowObjectsJson();
	}
	const dossiers = (dir: string) =>
		writeCsv(dir, 'd.csv', [validDossier('a'), validDossier('b', { received_at: '2024-12-02 08:00:00', due_at: null, finished_at: null })]);

	it('writes the file’s dates, not flagged as illustrative', async () => {
		const dir = tempDir();
		const outDir = join(dir, 'data');
		const pilotsCsv = 'province_code,start_date,end_date\n01,2024-10-01,2025-11-30\n';
		await runPipeline({
			inputs: [{ path: dossiers(dir) }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			pilotsCsv,
			allowEmpty: true
		});
		expect(await pilotsTable(outDir)).toEqual([{ province_code: '01', s: '2024-10-01', ill: false }]);
	});

	it('without a file, writes the illustrative dates flagged as such', async () => {
		const dir = tempDir();
		const outDir = join(dir, 'data');
		const lines: string[] = [];
		await runPipeline({
			inputs: [{ path: dossiers(dir) }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true,
			log: (l) => lines.push(l)
		});
		const rows = await pilotsTable(outDir);
		expect(rows).toHaveLength(4);
		expect(rows.every((r) => r.ill === true)).toBe(true);
		expect(lines.join('\n')).toMatch(/no --pilots file/);
	});

	it('refuses pilots that start outside the dossiers, naming the file', async () => {
		const dir = tempDir();
		const pilotsCsv = 'province_code,start_date,end_date\n01,2023-01-02,2025-11-30\n';
		await expect(
			runPipeline({
				inputs: [{ path: dossiers(dir) }],
				outDir: join(dir, 'data'),
				exportDate: '2026-01-05',
				source: 'import',
				pilotsCsv,
				allowEmpty: true
			})
		).rejects.toThrow(
			/Refused pilots CSV, column "start_date": province 01 starts on 2023-01-02, outside the dossier data \(2024-03-04 to 2024-12-02\)/
		);
	});
});
