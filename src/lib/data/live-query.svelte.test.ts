import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SqlQuery } from '../metrics/query';
import { ResultCache } from './result-cache';

// A stand-in engine: answers `SELECT ?` with the parameter, when the test lets it.
const sent: SqlQuery[] = [];
let release: (() => void)[] = [];
vi.mock('./start-engine', () => ({
	startEngine: async () => ({
		query: (q: SqlQuery) =>
			new Promise((resolve) => {
				sent.push(q);
				release.push(() => resolve([{ v: q.params[0] }]));
			})
	})
}));
const { liveQuery } = await import('./live-query.svelte');

/** Lets every sent query answer, and the promises behind them settle. */
async function answerAll() {
	for (let i = 0; i < 5; i++) {
		await new Promise((r) => setTimeout(r, 0));
		const now = release;
		release = [];
		now.forEach((f) => f());
	}
	await new Promise((r) => setTimeout(r, 0));
	flushSync();
}

function setup(cache?: ResultCache) {
	const s = $state({ p: 1, label: 'a' });
	let lq!: ReturnType<typeof liveQuery<{ p: number; label: string }>>;
	const stop = $effect.root(() => {
		lq = liveQuery(
			() => [{ v: 'prerendered' }],
			() => ({ sql: 'SELECT ?', params: [s.p] }),
			() => ({ p: s.p, label: s.label }),
			{ cache }
		);
	});
	flushSync();
	return { s, lq, stop };
}

describe('liveQuery', () => {
	it('keeps the context of the rows shown until the new rows arrive', async () => {
		sent.length = 0;
		const { s, lq, stop } = setup();
		expect(lq.rows).toEqual([{ v: 'prerendered' }]);
		expect(lq.context).toEqual({ p: 1, label: 'a' });
		await answerAll();
		expect(lq.rows).toEqual([{ v: 1 }]);
		s.p = 2;
		flushSync();
		expect(lq.loading).toBe(true);
		expect(lq.rows).toEqual([{ v: 1 }]);
		expect(lq.context).toEqual({ p: 1, label: 'a' }); // still the rows' own
		await answerAll();
		expect(lq.rows).toEqual([{ v: 2 }]);
		expect(lq.context).toEqual({ p: 2, label: 'a' });
		stop();
	});

	it('a new context for the same query is taken at once, an equal one keeps its object', async () => {
		sent.length = 0;
		const { s, lq, stop } = setup();
		await answerAll();
		const before = lq.context;
		s.label = 'a'; // same value
		flushSync();
		expect(lq.context).toBe(before);
		s.label = 'b';
		flushSync();
		expect(lq.context).toEqual({ p: 1, label: 'b' });
		expect(sent).toHaveLength(1);
		stop();
	});

	it('with a cache, a query answered before is answered again without the engine', async () => {
		sent.length = 0;
		const { s, lq, stop } = setup(new ResultCache(100));
		await answerAll();
		s.p = 2;
		flushSync();
		await answerAll();
		expect(sent.map((q) => q.params[0])).toEqual([1, 2]);
		s.p = 1;
		flushSync(); // answered in the same flush: no await
		expect(lq.rows).toEqual([{ v: 1 }]);
		expect(lq.context).toEqual({ p: 1, label: 'a' });
		expect(lq.loading).toBe(false);
		expect(sent).toHaveLength(2);
		stop();
	});

	it('a cached answer is not replaced by an older query still running', async () => {
		sent.length = 0;
		const { s, lq, stop } = setup(new ResultCache(100));
		await answerAll(); // p = 1 cached
		s.p = 3;
		flushSync(); // p = 3 sent, not answered yet
		await new Promise((r) => setTimeout(r, 0));
		s.p = 1;
		flushSync(); // from the cache
		await answerAll(); // p = 3 answers late
		expect(lq.rows).toEqual([{ v: 1 }]);
		expect(lq.context).toEqual({ p: 1, label: 'a' });
		stop();
	});
});
