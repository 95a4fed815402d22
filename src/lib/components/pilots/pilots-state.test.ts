import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../state/schema';
import { optionsFromState, pilotsSchema } from './pilots-state';
import { DEFAULT_PILOTS_OPTIONS } from '../../metrics/pilots-view';

describe('pilotsSchema', () => {
	it('defaults to the default view and round-trips a changed one', () => {
		const defaults = parseState(pilotsSchema, new URLSearchParams(''));
		expect(optionsFromState(defaults)).toEqual(DEFAULT_PILOTS_OPTIONS);
		const changed = { ...defaults, cmp: 'peers' as const, peers: ['31', '48'], post: 6, focus: '22', units: '34' as const };
		const params = serializeState(pilotsSchema, changed);
		expect(params.toString()).toBe('cmp=peers&peers=31%2C48&post=6&focus=22&units=34');
		expect(parseState(pilotsSchema, params)).toEqual(changed);
	});

	it('ignores values that are not allowed', () => {
		const s = parseState(pilotsSchema, new URLSearchParams('cmp=x&peers=1;DROP&pre=99&post=0&focus=<b>&outcome=sql'));
		expect(optionsFromState(s)).toEqual(DEFAULT_PILOTS_OPTIONS);
	});
});
