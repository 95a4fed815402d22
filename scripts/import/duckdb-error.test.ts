import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdbReason } from '../../src/lib/import/duckdb-error';
import { query, tempDir } from './test-support';

const failure = (sql: string) =>
	query(sql).then(
		() => new Error('no error'),
		(e: unknown) => e
	);

describe('duckdbReason', () => {
	it('keeps every reason line of a reader error, not only the first, and drops the advice', async () => {
		const path = join(tempDir(), 'r.csv');
		writeFileSync(path, 'a,b\n1,2\n3\n');
		const error = await failure(
			`SELECT * FROM read_csv('${path}', auto_detect = false, header = false, delim = ',', columns = {'a': 'VARCHAR', 'b': 'VARCHAR'})`
		);
		expect(String(error)).toContain('Possible fixes'); // what is dropped is really there
		expect(duckdbReason(error)).toBe('CSV Error on Line: 3; Expected Number of Columns: 2 Found: 1');
	});

	it('never repeats the SQL or the candidate functions', async () => {
		const error = await failure(`SELECT 'x' + 1 AS y`);
		expect(String(error)).toMatch(/LINE 1/);
		const reason = duckdbReason(error);
		expect(reason.startsWith('Could not choose a best candidate function for the function call "+(STRING_LITERAL, INTEGER_LITERAL)"')).toBe(
			true
		);
		expect(reason).not.toMatch(/LINE|SELECT|Candidate functions|DATE/);
	});

	it('shortens a very long message', () => {
		expect(duckdbReason(new Error(`IO Error: ${'z'.repeat(1000)}`))).toHaveLength(401);
	});
});
