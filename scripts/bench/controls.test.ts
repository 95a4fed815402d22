import { describe, expect, it } from 'vitest';
import { otherValue, selectName } from './controls';

describe('controls', () => {
	it('switches to the middle one of the other values', () => {
		expect(otherValue(['a', 'b', 'c', 'd'], 'a')).toBe('c');
		expect(otherValue(['a', 'b'], 'b')).toBe('a');
		expect(otherValue(['a'], 'a')).toBeUndefined();
	});
	it('names a select by its test id, else by its id without the component prefix', () => {
		expect(selectName('trend-metric', 's1-m')).toBe('trend-metric');
		expect(selectName(null, 's12-lvl')).toBe('lvl');
		expect(selectName(null, '')).toBeNull();
	});
});
