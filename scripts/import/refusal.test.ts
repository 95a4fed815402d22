// A file the importer cannot use is refused with a message naming the file, the column and the
// problem, and the previous output folder is left exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { RefusedFileError } from './errors';
import { runPipeline } from './pipeline';
import { sha256File } from './files';
import { tempDir, validDossier, writeCsv } from './test-support';

async function snapshot(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const walk = async (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) await walk(p);
			else out[p.slice(dir.length)] = await sha256File(p);
		}
	};
	await walk(dir);
	return out;
}

describe('refused files', () => {
	let dir: string;
	let outDir: string;
	let before: Record<string, string>;
	const good = () => writeCsv(dir, 'good.csv', [validDossier('a'), validDossier('b')]);

	beforeAll(async () => {
		dir = tempDir();
		outDir = join(dir, 'data');
		await runPipeline({ inputs: [{ path: good() }], outDir, exportDate: '2026-01-05', source: 'import' });
		before = await snapshot(outDir);
		expect(Object.keys(before)).toContain('/manifest.json');
	});

	async function expectRefused(path: string, column: string | null, problem: RegExp): Promise<void> {
		const error = await runPipeline({
			inputs: [{ path: good() }, { path }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import'
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
