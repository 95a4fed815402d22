import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache';
import type { SqlParam, SqlQuery } from '../metrics/query';

const q = (sql: string, ...params: SqlParam[]): SqlQuery => ({ sql, params });
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));

describe('ResultCache', () => {
	it('returns what was stored for the same SQL and parameters only', () => {
		const c = new ResultCache(100);
		const r = rows(3);
		c.set(q('SELECT ?', 1), r);
		expect(c.get(q('SELECT ?', 1))).toBe(r);
		expect(c.get(q('SELECT ?', 2))).toBeUndefined();
		expect(c.get(q('SELECT ? ', 1))).toBeUndefined();
		// Parameters are compared by value and type: '1' is not 1.
		expect(c.get(q('SELECT ?', '1'))).toBeUndefined();
	});
	it('drops the least recently used results when over its row bound', () => {
		const c = new ResultCache(10);
		c.set(q('a'), rows(4));
		c.set(q('b'), rows(4));
		c.get(q('a')); // a is now more recent than b
		c.set(q('c'), rows(4));
		expect(c.get(q('b'))).toBeUndefined();
		expect(c.get(q('a'))).toHaveLength(4);
		expect(c.get(q('c'))).toHaveLength(4);
		expect(c.rows).toBe(8);
		expect(c.size).toBe(2);
	});
	it('replaces an entry without counting it twice, and keeps nothing larger than itself', () => {
		const c = new ResultCache(10);
		c.set(q('a'), rows(4));
		c.set(q('a'), rows(6));
		expect(c.rows).toBe(6);
		c.set(q('big'), rows(11));
		expect(c.get(q('big'))).toBeUndefined();
		expect(c.rows).toBe(6);
	});
});
