import { describe, expect, it } from 'vitest';
import { parseArgs, parseViews } from './args';

describe('bench command line', () => {
	it('defaults', () => {
		expect(parseArgs([])).toEqual({ rows: null, runs: 3, skipBuild: false, views: null });
	});
	it('reads rows, runs, skip-build and views, with or without =', () => {
		expect(parseArgs(['--rows', '10_000_000', '--runs=1', '--skip-build', '--views', '/trends/,/pilots/'])).toEqual({
			rows: 10_000_000,
			runs: 1,
			skipBuild: true,
			views: ['/trends/', '/pilots/']
		});
		expect(parseArgs(['--views=/']).views).toEqual(['/']);
	});
	it('normalises view paths and drops repeats', () => {
		expect(parseViews('trends, /pilots,/trends/,/')).toEqual(['/trends/', '/pilots/', '/']);
	});
	it('rejects bad input', () => {
		expect(() => parseArgs(['--views'])).toThrow(/--views/);
		expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/);
		expect(() => parseArgs(['--what'])).toThrow(/Unknown option --what/);
	});
});
