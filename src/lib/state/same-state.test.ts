import { describe, expect, it } from 'vitest';
import { keepSame, sameState } from './same-state';

describe('sameState', () => {
	it('compares primitives and arrays item by item', () => {
		expect(sameState({ a: '1', p: ['01', '79'] }, { a: '1', p: ['01', '79'] })).toBe(true);
		expect(sameState({ a: '1', p: ['01', '79'] }, { a: '1', p: ['79', '01'] })).toBe(false);
		expect(sameState({ a: '1', p: ['01'] }, { a: '1', p: ['01', '79'] })).toBe(false);
		expect(sameState({ a: '1', n: 2 }, { a: '1', n: 3 })).toBe(false);
		expect(sameState<Record<string, string>>({ a: '1' }, { b: '1' })).toBe(false);
		expect(sameState<Record<string, string>>({ a: '1' }, { a: '1', b: '2' })).toBe(false);
	});
});

describe('keepSame', () => {
	it('returns the previous object while the state is unchanged, the new one once it changes', () => {
		const keep = keepSame<{ from: string; p: string[] }>();
		const first = keep({ from: '2024-01', p: ['01'] });
		expect(keep({ from: '2024-01', p: ['01'] })).toBe(first);
		const second = { from: '2024-02', p: ['01'] };
		expect(keep(second)).toBe(second);
		expect(keep({ from: '2024-02', p: ['01'] })).toBe(second);
	});
});
