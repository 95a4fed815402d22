import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../state/schema';
import { chosenMapIndex, mapIndexSchema } from './map-index-state';

const choices = [
	{ index: 'PAR_INDEX', year: 2025, simulated: true },
	{ index: 'SIPAS', year: 2025, simulated: true }
];

describe('map index state', () => {
	it('reads a well-formed code and drops a malformed one; the default is left out of the URL', () => {
		expect(parseState(mapIndexSchema, new URLSearchParams('mapidx=SIPAS'))).toEqual({ mapidx: 'SIPAS' });
		expect(parseState(mapIndexSchema, new URLSearchParams('mapidx=<b>'))).toEqual({ mapidx: '' });
		expect(serializeState(mapIndexSchema, { mapidx: '' }).toString()).toBe('');
		expect(serializeState(mapIndexSchema, { mapidx: 'PAR_INDEX' }).toString()).toBe('mapidx=PAR_INDEX');
	});

	it('chooses a listed index only', () => {
		expect(chosenMapIndex(choices, { mapidx: 'SIPAS' })).toEqual(choices[1]);
		expect(chosenMapIndex(choices, { mapidx: 'PAPI' })).toBeNull();
		expect(chosenMapIndex(choices, { mapidx: '' })).toBeNull();
	});
});
