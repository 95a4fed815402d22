import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, MAX_PARQUET_BYTES, MAX_TOTAL_BYTES, sizeProblem } from './limits';

describe('explore size limits', () => {
	it('refuses by file kind, then by total, before anything is read', () => {
		expect(sizeProblem([{ name: 'a.csv', size: MAX_CSV_BYTES }])).toBeNull();
		expect(sizeProblem([{ name: 'a.csv', size: MAX_CSV_BYTES + 1 }])).toEqual({
			kind: 'file',
			file: 'a.csv',
			size: MAX_CSV_BYTES + 1,
			limit: MAX_CSV_BYTES
		});
		expect(sizeProblem([{ name: 'b.PARQUET', size: MAX_PARQUET_BYTES + 1 }])).toMatchObject({ kind: 'file', limit: MAX_PARQUET_BYTES });
		const half = Math.ceil(MAX_TOTAL_BYTES / 2) + 1;
		expect(
			sizeProblem([
				{ name: 'a.csv', size: half },
				{ name: 'b.csv', size: half }
			])
		).toEqual({ kind: 'total', size: 2 * half, limit: MAX_TOTAL_BYTES });
	});
});
