// Hostile inputs (issue 16): every row read is kept or excluded with its reason, and a file the
// importer cannot use is refused with its reason while the published folder stays byte-identical.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { RefusedFileError } from '../../src/lib/import/errors';
import { runPipeline, type PipelineReport } from './pipeline';
import { query, snapshot, tempDir, validDossier, writeCsv } from './test-support';

const EXPORT = '2026-01-05';
const COLUMNS = Object.keys(validDossier('x'));
const csvLine = (id: string, overrides: Record<string, string | null> = {}) =>
	COLUMNS.map((c) => {
		const v = { ...validDossier(id), ...overrides }[c];
		return v === null ? '' : String(v);
	}).join(',');

/** CSV text of valid dossiers reaching at least `bytes` bytes, ending with a line break. */
function filler(bytes: number, prefix = 'f'): string {
	const lines = [COLUMNS.join(',')];
	let size = lines[0].length + 1;
	for (let i = 0; size < bytes; i++) {
		const line = csvLine(`${prefix}-${i}`);
		lines.push(line);
		size += Buffer.byteLength(line) + 1;
	}
	return lines.join('\n') + '\n';
}

/** A valid CSV in which byte `boundary` falls inside the three bytes of "ấ". */
function splitLetterAt(boundary: number): string {
	const head = filler(boundary - 300); // ends 70–300 bytes before the boundary
	const before = csvLine('split', { agency_name: '@@' });
	const at = Buffer.byteLength(head) + Buffer.byteLength(before.slice(0, before.indexOf('@@')));
	const pad = 'x'.repeat(boundary - 1 - at);
	return head + csvLine('split', { agency_name: `${pad}ấ` }) + '\n' + csvLine('after') + '\n';
}

const lines = (text: string) => text.split('\n').length - 1;

describe('hostile inputs', () => {
	let dir: string;
	let outDir: string;
	let before: Record<string, string>;

	beforeAll(async () => {
		dir = tempDir('hostile-');
		outDir = join(dir, 'data');
		await runPipeline({
			inputs: [{ path: writeCsv(dir, 'good.csv', [validDossier('a'), validDossier('b')]) }],
			outDir,
			exportDate: EXPORT,
			source: 'import',
			allowEmpty: true
		});
		before = await snapshot(outDir);
	});

	const file = (name: string, content: string | Buffer) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};

	async function refused(path: string, options: { allowEmpty?: boolean } = {}): Promise<RefusedFileError> {
		const error = await runPipeline({
			inputs: [{ path }],
			outDir,
			exportDate: EXPORT,
			source: 'import',
			allowEmpty: true,
			...options
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		const refusal = error as RefusedFileError;
		expect(refusal.message).toContain(path.split('/').pop());
		expect(refusal.message).not.toMatch(/LINE \d|SELECT|read_csv|read_parquet|Candidate/);
		expect(await snapshot(outDir)).toEqual(before);
		expect(readdirSync(dirname(outDir)).filter((n) => n.includes('building'))).toEqual([]);
		return refusal;
	}

	/** Imports into a fresh folder and checks rows read = kept + excluded against the files written. */
	async function accepted(paths: string[], expected: { read: number; excluded?: Record<string, number> }): Promise<PipelineReport> {
		const out = join(tempDir('hostile-out-'), 'data');
		const report = await runPipeline({
			inputs: paths.map((path) => ({ path })),
			outDir: out,
			exportDate: EXPORT,
			source: 'import',
			allowEmpty: true
		});
		const read = report.imports.reduce((n, r) => n + r.rows_read, 0);
		const kept = await query(`SELECT count(*) AS n FROM read_parquet('${out}/dossiers/*/*/*.parquet')`);
		const excluded = await query(`SELECT reason, count(*) AS n FROM read_parquet('${out}/excluded/*.parquet') GROUP BY ALL`);
		const excludedTotal = excluded.reduce((n, r) => n + Number(r.n), 0);
		expect(read).toBe(expected.read);
		expect(Number(kept[0].n) + excludedTotal).toBe(read);
		expect(Object.fromEntries(excluded.map((r) => [r.reason, Number(r.n)]))).toEqual(expected.excluded ?? {});
		for (const r of report.imports) expect(r.rows_kept + r.rows_excluded).toBe(r.rows_read);
		return report;
	}

	describe('1. valid files are imported', () => {
		it.each([65536, 1024 * 1024])('a multi-byte letter split at byte %i', async (boundary) => {
			const text = splitLetterAt(boundary);
			expect(
				Buffer.from(text)
					.subarray(boundary - 1, boundary + 2)
					.toString()
			).toBe('ấ');
			const report = await accepted([file(`split-${boundary}.csv`, text)], { read: lines(text) - 1 });
			const out = report.outDir;
			const [row] = await query(`SELECT agency_name FROM read_parquet('${out}/dossiers/*/*/*.parquet') WHERE dossier_id = 'split'`);
			expect(String(row.agency_name).endsWith('xấ')).toBe(true);
		});

		it('a Parquet file with a column named file_row_number, rows numbered from the file', async () => {
			const csv = writeCsv(dir, 'frn.csv', [validDossier('p1'), validDossier('p2', { province_code: '99' }), validDossier('p3')]);
			const path = join(dir, 'frn.parquet');
			await query(`COPY (SELECT 7 AS file_row_number, * FROM read_csv('${csv}', all_varchar = true)) TO '${path}' (FORMAT parquet)`);
			const report = await accepted([path], { read: 3, excluded: { unknown_province: 1 } });
			expect(await query(`SELECT source_row, dossier_id FROM read_parquet('${report.outDir}/excluded/*.parquet')`)).toEqual([
				{ source_row: 2, dossier_id: 'p2' }
			]);
		});

		it('a CSV with a column named ROWID (Oracle exports), ignored like any extra column', async () => {
			const rows = [validDossier('o1', { ROWID: 'AAAR3sAAEAAAACXAAA' }), validDossier('o2', { ROWID: 'AAAR3sAAEAAAACXAAB' })];
			await accepted([writeCsv(dir, 'oracle.csv', rows)], { read: 2 });
		});
	});

	describe('2. an export that would publish nothing is refused', () => {
		it('a header-only CSV', async () => {
			const r = await refused(file('header-only.csv', COLUMNS.join(',') + '\n'), { allowEmpty: false });
			expect(r.problem).toMatch(/no data rows .*dossiers table would be empty; pass --allow-empty/);
		});

		it('dossiers without survey files', async () => {
			const r = await refused(writeCsv(dir, 'only-dossiers.csv', [validDossier('a')]), { allowEmpty: false });
			expect(r.problem).toMatch(/no survey export was given, so the published survey_responses table would be empty/);
		});

		it('every row excluded', async () => {
			const r = await refused(writeCsv(dir, 'all-bad.csv', [validDossier('a', { province_code: '99' })]), { allowEmpty: false });
			expect(r.problem).toMatch(/all 1 of its rows are excluded \(unknown_province\)/);
		});

		it('is published, with a warning, when asked for', async () => {
			const logged: string[] = [];
			const out = join(tempDir(), 'data');
			const path = file('header-only-2.csv', COLUMNS.join(',') + '\n');
			await runPipeline({
				inputs: [{ path }],
				outDir: out,
				exportDate: EXPORT,
				source: 'import',
				allowEmpty: true,
				log: (l) => logged.push(l)
			});
			const warnings = logged.filter((l) => l.startsWith('warning:'));
			expect(warnings).toHaveLength(2);
			expect(warnings[0]).toMatch(/dossiers table would be empty \(--allow-empty\); npm run build stops/);
		});
	});

	describe('3. a repeated header is refused', () => {
		it('status twice', async () => {
			const r = await refused(writeCsv(dir, 'two-status.csv', [validDossier('a')], [...COLUMNS, 'status']));
			expect([r.column, r.problem]).toEqual(['status', 'the header names it twice (columns 13 and 19): which one is meant?']);
		});

		it('status twice in a Parquet file (its reader would rename the second status_1)', async () => {
			const csv = writeCsv(dir, 'pq-two-status.csv', [validDossier('a', { statux: 'finished' })]);
			const path = join(dir, 'two-status.parquet');
			await query(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${path}' (FORMAT parquet)`);
			const bytes = readFileSync(path);
			for (let at = bytes.indexOf('statux'); at !== -1; at = bytes.indexOf('statux', at + 1)) bytes.write('status', at);
			const r = await refused(file('two-status.parquet', bytes));
			expect([r.column, r.problem]).toEqual(['status', 'the file names it twice (columns 13 and 19): which one is meant?']);
		});

		it('a contract name and a portal name for one column', async () => {
			const r = await refused(writeCsv(dir, 'both-names.csv', [validDossier('a', { TrangThaiHoSo: '10' })]));
			expect([r.column, r.problem]).toEqual(['status', 'both "status" and "TrangThaiHoSo" map to it']);
		});
	});

	describe('4. internal errors become refusals', () => {
		it('a Parquet file with a corrupt data page', async () => {
			const csv = writeCsv(
				dir,
				'many.csv',
				Array.from({ length: 3000 }, (_, i) => validDossier(`id-${i}-${(i * 7919) % 3001}`))
			);
			const path = join(dir, 'corrupt.parquet');
			await query(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${path}' (FORMAT parquet, COMPRESSION snappy)`);
			const bytes = readFileSync(path);
			bytes.fill(0xa5, 200, 1200); // inside the first column's pages, footer intact
			const r = await refused(file('corrupt.parquet', bytes));
			expect(r.problem).toMatch(/^cannot be read as PARQUET: \S/);
		});

		it('an export date that is not a real day', async () => {
			const error = await runPipeline({
				inputs: [{ path: join(dir, 'good.csv') }],
				outDir,
				exportDate: '2024-02-30',
				source: 'import'
			}).catch((e: unknown) => e);
			expect(String(error)).toMatch(/Not a YYYY-MM-DD date: 2024-02-30/);
			const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
			const result = await promisify(execFile)(tsx, [
				join(import.meta.dirname, 'cli.ts'),
				join(dir, 'good.csv'),
				'--out',
				outDir,
				'--export-date',
				'2024-02-30'
			]).then(
				() => ({ code: 0, stderr: '' }),
				(e: { code: number; stderr: string }) => e
			);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('--export-date must be a real day as YYYY-MM-DD, got "2024-02-30"');
			expect(await snapshot(outDir)).toEqual(before);
		});
	});

	describe('5. refusals keep their reason and their line', () => {
		it('a 3 MB cell, at its own line', async () => {
			const text = filler(1000) + csvLine('big', { agency_name: 'y'.repeat(3_000_000) }) + '\n' + csvLine('z') + '\n';
			const line = lines(filler(1000)) + 1;
			const r = await refused(file('big-cell.csv', text));
			expect(r.problem).toBe(`line ${line} starts a row longer than 2.0 MB`);
		});

		it('an unclosed quote', async () => {
			const text = filler(300) + csvLine('q', { agency_name: '"Sở Tư pháp' }) + '\n' + csvLine('z') + '\n';
			const r = await refused(file('open-quote.csv', text));
			expect(r.problem).toBe(`the quote opened on line ${lines(filler(300)) + 1} is never closed`);
		});

		it('ragged rows are named, not read with a guessed delimiter', async () => {
			const rows = [csvLine('a'), csvLine('b').replace(/,[^,]*$/, ''), csvLine('c') + ',extra'];
			const r = await refused(file('ragged.csv', [COLUMNS.join(','), ...rows].join('\n') + '\n'));
			expect(r.problem).toMatch(/^line 3 \(data row 2\) has 17 fields, the header has 18 \(delimiter ","/);
		});
	});

	describe('6. encoding and NUL are checked over the whole file', () => {
		it('a NUL byte after the first 64 KiB', async () => {
			const head = filler(70_000);
			const r = await refused(file('nul.csv', head + csvLine('n', { sector: 'Đất\0đai' }) + '\n'));
			expect(r.problem).toMatch(new RegExp(`NUL byte \\(binary content\\) on line ${lines(head) + 1}, byte \\d+$`));
		});

		it('a byte that is not UTF-8 after the first 64 KiB, with its line', async () => {
			const head = filler(70_000);
			const bad = Buffer.concat([Buffer.from(head + csvLine('w', { sector: '@@' }).split('@@')[0]), Buffer.from([0xd0, 0x61])]);
			const r = await refused(file('cp1258.csv', Buffer.concat([bad, Buffer.from(',rest\n')])));
			expect(r.problem).toMatch(
				new RegExp(`^not UTF-8 text: byte ${bad.length - 1} \\(line ${lines(head) + 1}\\) is not valid UTF-8 \\(0xD0\\)`)
			);
		});

		it('a NUL character inside a Parquet text value', async () => {
			const path = join(dir, 'nul.parquet');
			const csv = writeCsv(dir, 'pq-nul.csv', [validDossier('a'), validDossier('b')]);
			await query(
				`COPY (SELECT * REPLACE (CASE WHEN dossier_id = 'b' THEN 'Đất' || chr(0) || 'đai' ELSE sector END AS sector)
				 FROM read_csv('${csv}', all_varchar = true)) TO '${path}' (FORMAT parquet)`
			);
			const r = await refused(path);
			expect([r.column, r.problem]).toEqual(['sector', '1 value holds a NUL character (binary content), e.g. in data row 2']);
		});

		it('UTF-16 is named as such', async () => {
			const r = await refused(file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COLUMNS.join(','), 'utf16le')])));
			expect(r.problem).toBe('not UTF-8 text: it is UTF-16 (save the CSV as UTF-8)');
		});
	});

	describe('7. dates are read as written, or refused', () => {
		it('a two-digit year is refused as ambiguous, naming the format', async () => {
			const r = await refused(writeCsv(dir, 'yy.csv', [validDossier('a'), validDossier('b', { received_at: '04/03/24 08:00' })]));
			expect(r.column).toBe('received_at');
			expect(r.problem).toMatch(/"04\/03\/24 08:00" in data row 2; a two-digit year \(dd\/MM\/yy\) is ambiguous/);
		});

		it('a time with a zone is converted to Vietnam time (UTC+7)', async () => {
			const rows = [
				validDossier('z', {
					received_at: '2024-03-04T20:00:00Z',
					finished_at: '2024-03-06T10:00:00+07:00',
					due_at: '2024-03-08T03:30:00-0530'
				})
			];
			const report = await accepted([writeCsv(dir, 'zones.csv', rows)], { read: 1 });
			expect(
				await query(
					`SELECT strftime(received_at, '%Y-%m-%d %H:%M:%S') AS r, strftime(finished_at, '%Y-%m-%d %H:%M:%S') AS f, strftime(due_at, '%Y-%m-%d %H:%M:%S') AS d
					 FROM read_parquet('${report.outDir}/dossiers/*/*/*.parquet')`
				)
			).toEqual([{ r: '2024-03-05 03:00:00', f: '2024-03-06 10:00:00', d: '2024-03-08 16:00:00' }]);
		});
	});

	describe('8. one huge value cannot bloat the site', () => {
		it('a 1 MB sector excludes its row, counted with its reason', async () => {
			const rows = [validDossier('a'), validDossier('huge', { sector: 'S'.repeat(1_000_000) }), validDossier('c')];
			const report = await accepted([writeCsv(dir, 'huge-sector.csv', rows)], { read: 3, excluded: { text_too_long: 1 } });
			expect(report.imports[0].excluded_by_rule).toEqual({ text_too_long: 1 });
		});
	});
});
