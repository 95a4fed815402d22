import { describe, expect, it } from 'vitest';
import { parseExploreArgs } from './explore-args';

describe('explore bench command line', () => {
	it('defaults', () => {
		expect(parseExploreArgs(['--explore'])).toEqual({ rows: 1_000_000, runs: 1, rounds: 2, skipBuild: false, site: null });
	});
	it('reads rows, runs, rounds and a site to serve, with or without =', () => {
		expect(parseExploreArgs(['--explore', '--rows', '10_000', '--runs=3', '--rounds', '0', '--site', '/tmp/base'])).toEqual({
			rows: 10_000,
			runs: 3,
			rounds: 0,
			skipBuild: true,
			site: '/tmp/base'
		});
		expect(parseExploreArgs(['--skip-build']).skipBuild).toBe(true);
	});
	it('rejects bad input', () => {
		expect(() => parseExploreArgs(['--runs', '0'])).toThrow(/--runs/);
		expect(() => parseExploreArgs(['--rows', 'x'])).toThrow(/--rows/);
		expect(() => parseExploreArgs(['--rounds'])).toThrow(/--rounds/);
		expect(() => parseExploreArgs(['--site'])).toThrow(/--site/);
		expect(() => parseExploreArgs(['--views', '/'])).toThrow(/Unknown option --views/);
	});
});
