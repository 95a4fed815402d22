import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './options';
import { DEFAULT_EXPORT_DATE, DEFAULT_ROWS, DEFAULT_SEED } from './generate-demo';

describe('data:demo options', () => {
	it('has fixed defaults', () => {
		expect(parseCliOptions([])).toEqual({
			seed: DEFAULT_SEED,
			rows: DEFAULT_ROWS,
			outDir: 'data',
			exportDate: DEFAULT_EXPORT_DATE,
			ifMissing: false
		});
		expect(DEFAULT_ROWS).toBe(1_000_000);
		expect(DEFAULT_EXPORT_DATE).toBe('2026-01-05');
	});

	it('reads every option, with a space or =', () => {
		expect(parseCliOptions(['--seed', '7', '--rows=5000', '--out', 'x/y', '--export-date=2026-02-01', '--if-missing'])).toEqual({
			seed: 7,
			rows: 5000,
			outDir: 'x/y',
			exportDate: '2026-02-01',
			ifMissing: true
		});
	});

	it.each([
		[['--rows', '0'], '--rows must be at least 1'],
		[['--rows', 'ten'], '--rows needs a whole number'],
		[['--seed'], '--seed needs a whole number'],
		[['--export-date', '2026-13-45'], '--export-date needs YYYY-MM-DD'],
		[['--export-date', '2025-06-01'], 'on or after 2025-12-31'],
		[['--fast'], 'Unknown option --fast']
	])('rejects %j', (argv, message) => {
		expect(() => parseCliOptions(argv)).toThrow(message);
	});
});
