import { describe, expect, it } from 'vitest';
import type { ChangeResult } from './change-outcome';
import { REPORT_HEADER, slowestChanges, summaryRow, viewRows, withoutRedraw } from './report';

const c = (
	group: ChangeResult['group'],
	name: string,
	redrawnMs: number | null,
	answeredMs: number | null,
	queryMs: number[],
	charts = 1,
	seenMs: number | null = redrawnMs
): ChangeResult => ({
	group,
	name,
	redrawnMs,
	answeredMs,
	queryMs,
	seenMs,
	charts,
	chartsOnScreen: seenMs === null ? 0 : 1,
	drawn: [],
	chartChanged: charts > 0
});

const changes = [
	c('filter bar', 'from → 2024-06', 120, 100, [30, 40], 1, 70),
	c('filter bar', 'from → 2025-06', 80, 60, [20]),
	c('page controls', 'trend-metric → volume', 30, null, [], 2),
	c('page controls', 'ch → online', null, null, [], 0),
	c('filter bar', 'mode → 63', 50, 40, [35], 0, null)
];

describe('summaryRow', () => {
	it('counts, medians and p90s (skipping changes without a figure; "seen" falls back to redrawn)', () => {
		expect(summaryRow('/trends/', 'all', changes)).toEqual([
			'/trends/',
			'all',
			'5',
			'4',
			'33 ms',
			'40 ms',
			'60 ms',
			'65 ms',
			'120 ms',
			'60 ms',
			'2'
		]);
		expect(summaryRow('/trends/', 'all', changes)).toHaveLength(REPORT_HEADER.length);
	});
});

describe('viewRows', () => {
	it('one row per group with changes, then all', () => {
		expect(viewRows('/', changes.slice(0, 2)).map((r) => r[1])).toEqual(['filter bar', 'all', '…ran queries']);
		expect(viewRows('/', changes.slice(0, 2))[0].slice(2)).toEqual(['2', '3', '30 ms', '40 ms', '80 ms', '100 ms', '120 ms', '75 ms', '0']);
		expect(viewRows('/trends/', changes).map((r) => r[1])).toEqual(['filter bar', 'page controls', 'all', '…ran queries', '…no query']);
		// Split by whether a query ran: the metric change and the slice change ran none.
		expect(viewRows('/trends/', changes)[4].slice(2, 4)).toEqual(['2', '0']);
	});
	it('a view without controls gets one row saying so', () => {
		expect(viewRows('/methodology/', [])).toEqual([['/methodology/', 'no controls', '0', '—', '—', '—', '—', '—', '—', '—', '—']]);
	});
});

describe('slowestChanges and withoutRedraw', () => {
	it('lists the slowest redraws by name, slowest first', () => {
		expect(slowestChanges(changes, 2)).toEqual([
			'from → 2024-06: 120 ms redrawn (2 queries answered 100 ms, 1 chart (1 on screen, seen 70 ms); filter bar)',
			'from → 2025-06: 80 ms redrawn (1 query answered 60 ms, 1 chart (1 on screen, seen 80 ms); filter bar)'
		]);
		expect(slowestChanges(changes, 9)[3]).toBe(
			'trend-metric → volume: 30 ms redrawn (no query, 2 charts (1 on screen, seen 30 ms); page controls)'
		);
	});
	it('names the changes that redrew nothing', () => {
		expect(withoutRedraw(changes)).toEqual({ answered: ['mode → 63'], idle: ['ch → online'] });
	});
});
