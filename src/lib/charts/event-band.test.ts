import { describe, expect, it } from 'vitest';
import { bandRuns, bandSeries, type BandPoint } from './event-band';
import { drawnBand } from '../test-support/drawn-band';

// Negative lower bounds (the defect: a stacked "lower + width" band was drawn from 0), a band
// wholly below 0, gaps and a lone month.
const BAND_FIXTURE: BandPoint[] = [
	{ low: -0.54, high: 0.47 },
	{ low: -1, high: -0.2 },
	{ low: null, high: null },
	{ low: 0.2, high: 0.9 },
	{ low: null, high: null },
	{ low: -0.3, high: 0.3 },
	{ low: -0.4, high: 0.5 },
	{ low: -2.5, high: -1.25 }
];

describe('bandRuns', () => {
	it('splits at months without a band', () => {
		expect(bandRuns(BAND_FIXTURE)).toEqual([
			[0, 1],
			[3, 3],
			[5, 7]
		]);
		expect(bandRuns([{ low: null, high: 1 }])).toEqual([]);
	});
});

describe('bandSeries', () => {
	it('draws, for every month with a band, exactly its lower and upper bound; nothing elsewhere', () => {
		const drawn = drawnBand(bandSeries(BAND_FIXTURE, 'Placebo', 'blue'));
		BAND_FIXTURE.forEach((p, i) => {
			if (p.low === null) expect(drawn.has(i), `month ${i}`).toBe(false);
			else expect(drawn.get(i), `month ${i}`).toEqual({ low: p.low, high: p.high });
		});
	});
	it('puts the bounds in its data so the value axis spans them', () => {
		const s = bandSeries(BAND_FIXTURE, 'Placebo', 'blue');
		expect(s.data).toContainEqual([0, -0.54, 0.47]);
		expect(s.data).toHaveLength(6);
		expect(s.encode).toEqual({ x: 0, y: [1, 2] });
	});
});
