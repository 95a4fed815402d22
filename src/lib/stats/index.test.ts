import { describe, expect, it } from 'vitest';
import * as stats from './index';

describe('stats public API', () => {
	it('exports the functions the pages call', () => {
		for (const name of [
			'createRng',
			'normalQuantile',
			'proportionInterval',
			'wilsonInterval',
			'kishNeff',
			'sipasIndex',
			'sipasIndexVariance',
			'rankRanges',
			'distinguishableFromReference',
			'score766',
			'histogramQuantile',
			'differenceInDifferences',
			'eventStudy',
			'syntheticControl',
			'placeboInference'
		] as const) {
			expect(typeof stats[name]).toBe('function');
		}
		expect(stats.SIPAS_FACTORS).toEqual(['access', 'procedures', 'officials', 'results', 'feedback']);
		expect(stats.MIN_RESPONSES).toBe(30);
	});
});
