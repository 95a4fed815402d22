// A file the importer cannot use is refused with a message naming the file, the column and the
// problem, and the previous output folder is left exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { RefusedFileError } from '../../src/lib/import/errors';
import { runPipeline } from './pipeline';
import { snapshot, tempDir, validDossier, writeCsv } from './test-support';

describe('refused files', () => {
	let dir: string;
	let outDir: string;
	let before: Record<string, string>;
	const good = () => writeCsv(dir, 'good.csv', [validDossier('a'), validDossier('b')]);

	beforeAll(async () => {
		dir = tempDir();
		outDir = join(dir, 'data');
		await runPipeline({ inputs: [{ path: good() }], outDir, exportDate: '2026-01-05', source: 'import', allowEmpty: true });
		before = await snapshot(outDir);
		expect(Object.keys(before)).toContain('/manifest.json');
	});

	async function expectRefused(path: string, column: string | null, problem: RegExp): Promise<void> {
		const error = await runPipeline({
			inputs: [{ path: good() }, { path }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		const refused = error as RefusedFileError;
		expect(refused.file).toBe(path.split('/').pop());
		expect(refused.column).toBe(column);
		expect(refused.problem).toMatch(problem);
		expect(refused.message).toContain(refused.file);
		// the previous output is untouched and no half-built folder is left beside it
		expect(await snapshot(outDir)).toEqual(before);
		expect(readdirSync(dirname(outDir)).filter((n) => n.includes('building'))).toEqual([]);
	}

	it('refuses a file that is neither CSV nor Parquet', async () => {
		const png = join(dir, 'chart.png');
		writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
		await expectRefused(png, null, /not a CSV or Parquet file/);
	});

	it('refuses a text file that is not an export', async () => {
		const notes = join(dir, 'notes.txt');
		writeFileSync(notes, 'These are my notes\nnothing else\n');
		await expectRefused(notes, null, /no column dossier_id \(MaHoSo\) or response_id/);
	});

	it('refuses a file with a missing required column, naming it', async () => {
		const rows = [validDossier('c')].map(({ received_at: _, ...rest }) => rest);
		await expectRefused(writeCsv(dir, 'no-received.csv', rows), 'received_at', /missing required column \(portal name NgayTiepNhan\)/);
	});

	it('refuses a value that cannot be cast, naming the column, the value and the row', async () => {
		const path = writeCsv(dir, 'bad-date.csv', [validDossier('d'), validDossier('e', { finished_at: 'yesterday' })]);
		await expectRefused(path, 'finished_at', /1 value cannot be read as a date\/time.*"yesterday" in data row 2/);
	});

	it('refuses an uncastable value in a Parquet file too', async () => {
		const { query } = await import('./test-support');
		const path = join(dir, 'bad-weight.parquet');
		await query(
			`COPY (SELECT 'r1' AS response_id, 2024 AS survey_year, '01' AS province_code, 'citizen' AS respondent_type,
				'heavy' AS weight) TO '${path}' (FORMAT parquet)`
		);
		await expectRefused(path, 'weight', /cannot be read as a number/);
	});

	it('the CLI exits non-zero with the message and leaves the folder', async () => {
		const bad = writeCsv(dir, 'cli-bad.csv', [validDossier('f', { supplement_days: 'two' })]);
		const cli = join(import.meta.dirname, 'cli.ts');
		const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
		const result = await promisify(execFile)(tsx, [cli, bad, '--out', outDir, '--export-date', '2026-01-05']).then(
			() => ({ code: 0, stderr: '' }),
			(e: { code: number; stderr: string }) => e
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Refused cli-bad.csv, column "supplement_days"');
		expect(result.stderr).toContain('is unchanged');
		expect(await snapshot(outDir)).toEqual(before);
		expect(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')).imports[0].file).toBe('good.csv');
	});
});

describe('replacement calendar', () => {
	const calendarCsv = (holiday: string | null) => {
		const lines = ['date,is_working_day,holiday'];
		for (let d = Date.UTC(2024, 0, 1); d <= Date.UTC(2024, 11, 31); d += 86_400_000) {
			const iso = new Date(d).toISOString().slice(0, 10);
			const dow = new Date(d).getUTCDay();
			const off = dow === 0 || dow === 6 || iso === holiday;
			lines.push(`${iso},${off ? 'false' : 'true'},${iso === holiday ? 'Local holiday' : ''}`);
		}
		return lines.join('\n') + '\n';
	};

	it('uses the calendar given instead of the built-in one', async () => {
		const dir = tempDir();
		const calendar = join(dir, 'cal.csv');
		writeFileSync(calendar, calendarCsv('2024-03-05'));
		const outDir = join(dir, 'out');
		// received Mon 4 March, finished Wed 6 March: 2 working days, 1 with Tue 5 March off
		await runPipeline({
			inputs: [{ path: writeCsv(dir, 'd.csv', [validDossier('a')]) }],
			outDir,
			exportDate: '2024-12-31',
			source: 'import',
			allowEmpty: true,
			calendarCsv: calendar
		});
		const { query } = await import('./test-support');
		expect(await query(`SELECT processing_wd FROM read_parquet('${outDir}/dossiers/*/*/part-0.parquet')`)).toEqual([{ processing_wd: 1 }]);
		expect(await query(`SELECT min(date) AS f, max(date) AS t FROM '${outDir}/reference/calendar.parquet'`)).toEqual([
			{ f: '2024-01-01', t: '2024-12-31' }
		]);
	});

	it('refuses a calendar it cannot read, naming it', async () => {
		const dir = tempDir();
		const calendar = join(dir, 'broken-cal.csv');
		writeFileSync(calendar, 'day,working\n2024-01-01,yes\n');
		const error = await runPipeline({
			inputs: [{ path: writeCsv(dir, 'd.csv', [validDossier('a')]) }],
			outDir: join(dir, 'out'),
			exportDate: '2024-12-31',
			source: 'import',
			allowEmpty: true,
			calendarCsv: calendar
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		expect((error as RefusedFileError).message).toMatch(/^Refused broken-cal\.csv: Calendar CSV, line 1: the header must be/);
		expect(readdirSync(dir)).not.toContain('out');
	});
});
