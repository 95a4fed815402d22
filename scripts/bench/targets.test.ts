import { describe, expect, it } from 'vitest';
import type { ChangeResult } from './change-outcome';
import { percentile } from './stats';
import { importTargets, loadTargets, viewTargets } from './targets';

const MIB = 1 << 20;
const change = (redrawnMs: number | null, queryMs: number[], answeredMs: number | null = redrawnMs): ChangeResult => ({
	group: 'filter bar',
	name: 'x → y',
	redrawnMs,
	answeredMs,
	queryMs,
	seenMs: redrawnMs,
	charts: redrawnMs === null ? 0 : 1,
	chartsOnScreen: 1,
	drawn: [],
	chartChanged: redrawnMs !== null
});

describe('bench targets', () => {
	it('compares each load figure with its target and shows ratios', () => {
		const rows = loadTargets(
			{
				firstLive: 3000,
				bareReady: 2500,
				repeatFirstLive: 2000,
				firstVisitBytes: 9.5 * MIB,
				rendererBytes: 650 * MIB,
				noQueryWasm: [{ path: '/methodology/', bytes: 0 }],
				initialJsGzip: null
			},
			600
		);
		expect(rows.map((r) => [r.measured, r.met])).toEqual([
			['1.20×', 'yes'],
			['9.5 MiB', 'yes'],
			['0.67×', 'no'],
			['650.0 MiB', 'no'],
			['—', 'not measured'],
			['0 KiB', 'yes']
		]);
	});

	it('splits a view’s changes by whether they queried, p50 and p95 against 100 and 250 ms', () => {
		const queried = [50, 60, 70, 80, 300].map((ms) => change(ms, [10]));
		const cached = [20, 30, null].map((ms) => change(ms, [], ms === null ? 5 : ms));
		const rows = viewTargets('/trends/', [...queried, ...cached]);
		expect(rows.map((r) => [r.figure, r.measured, r.met])).toEqual([
			['/trends/ ran a query: p50 redrawn (5 changes)', '70 ms', 'yes'],
			['/trends/ ran a query: p95 redrawn', '300 ms', 'no'],
			['/trends/ from a cache: p50 redrawn (3 changes)', '20 ms', 'yes'],
			['/trends/ from a cache: p95 redrawn', '30 ms', 'yes'],
			['/trends/: longest main-thread task during a change', '—', 'not measured']
		]);
		const withTasks = viewTargets('/', [
			{ ...change(60, [1]), longestTaskMs: 0 },
			{ ...change(70, []), longestTaskMs: 120 }
		]);
		expect(withTasks.at(-1)).toMatchObject({ measured: '120 ms', met: 'no' });
		const none = viewTargets('/', [{ ...change(60, [1]), longestTaskMs: 0 }]);
		expect(none.at(-1)).toMatchObject({ measured: 'none > 50 ms', met: 'yes' });
	});

	it('takes nearest-rank percentiles', () => {
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
		expect(percentile([], 0.5)).toBeNull();
	});

	it('compares the importer at 10M with 1M, and the update with the full import', () => {
		expect(importTargets(null).map((r) => r.met)).toEqual(['not measured', 'not measured', 'not measured']);
		const run = (size: number, dossiers: number, fullMs: number, rss: number, updateMs: number) => ({
			size,
			dossiers,
			fullMs,
			fullPeakRss: rss * MIB,
			updateMs,
			updatePeakRss: null
		});
		const rows = importTargets({
			measuredAt: '2026-12-07T15:00:00Z',
			runs: [run(1e6, 999_000, 50_000, 1000, 9_000), run(1e7, 9_990_000, 550_000, 2100, 100_000)]
		});
		expect(rows.map((r) => [r.measured, r.met])).toEqual([
			['11.00×', 'yes'],
			['2.10×', 'no'],
			['0.18×', 'yes']
		]);
		expect(rows[0].figure).toContain('1M 19,980 rows/s, 10M 18,164 rows/s');
		// Only one size: the ratios are not measured.
		expect(importTargets({ measuredAt: 'x', runs: [run(1e6, 999_000, 50_000, 1000, 9_000)] }).map((r) => r.met)[0]).toBe('not measured');
	});
});
