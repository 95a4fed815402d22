import { describe, expect, it } from 'vitest';
import { LatestWins } from './runner';
import type { Row, SqlQuery } from '../metrics/query';

const q = (n: number): SqlQuery => ({ sql: 'SELECT ? AS n', params: [n] });

/** A fake engine whose queries finish when the test says so, in any order. */
function manualExec() {
	const calls: { q: SqlQuery; resolve: (r: Row[]) => void; reject: (e: unknown) => void }[] = [];
	const exec = (query: SqlQuery) => new Promise<Row[]>((resolve, reject) => calls.push({ q: query, resolve, reject }));
	return { calls, exec };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('LatestWins', () => {
	it('delivers the result of a single run', async () => {
		const runner = new LatestWins(async (query) => [{ n: query.params[0] as number }]);
		expect(await runner.run(q(1))).toEqual([{ n: 1 }]);
	});

	it('resolves a superseded running query with undefined even if it finishes last', async () => {
		const { calls, exec } = manualExec();
		const runner = new LatestWins(exec);
		const first = runner.run(q(1));
		const second = runner.run(q(2));
		expect(calls).toHaveLength(1); // the second waits for the engine
		calls[0].resolve([{ n: 1 }]);
		expect(await first).toBeUndefined();
		await tick();
		expect(calls).toHaveLength(2);
		calls[1].resolve([{ n: 2 }]);
		expect(await second).toEqual([{ n: 2 }]);
	});

	it('never returns a stale result when executions complete out of order', async () => {
		// An executor that does not serialise: the older query finishes after the newer one.
		const resolvers: ((r: Row[]) => void)[] = [];
		const runner = new LatestWins(() => new Promise<Row[]>((r) => resolvers.push(r)));
		const results: (Row[] | undefined)[] = [];
		const a = runner.run(q(1)).then((r) => results.push(r));
		resolvers[0]([{ n: 1 }]);
		await a;
		const b = runner.run(q(2));
		const c = runner.run(q(3));
		await tick();
		resolvers[1]([{ n: 2 }]); // b's slot was taken by c before it started
		await tick();
		resolvers[2]?.([{ n: 3 }]);
		expect(await b).toBeUndefined();
		expect(await c).toEqual([{ n: 3 }]);
		expect(results).toEqual([[{ n: 1 }]]);
	});

	it('50 rapid runs deliver only the last result and execute at most twice', async () => {
		let executions = 0;
		const runner = new LatestWins(async (query) => {
			executions++;
			await new Promise((r) => setTimeout(r, 5));
			return [{ n: query.params[0] as number }];
		});
		const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => runner.run(q(i))));
		expect(outcomes.slice(0, 49).every((o) => o === undefined)).toBe(true);
		expect(outcomes[49]).toEqual([{ n: 49 }]);
		expect(executions).toBe(2);
	});

	it('reports the error of the latest run, and swallows errors of superseded runs', async () => {
		const { calls, exec } = manualExec();
		const runner = new LatestWins(exec);
		const old = runner.run(q(1));
		calls[0].reject(new Error('boom-old'));
		await expect(old).rejects.toThrow('boom-old');
		const a = runner.run(q(2));
		const b = runner.run(q(3));
		calls[1].reject(new Error('boom-superseded'));
		expect(await a).toBeUndefined();
		await tick();
		calls[2].reject(new Error('boom-new'));
		await expect(b).rejects.toThrow('boom-new');
	});

	it('cancel() drops running and queued requests', async () => {
		const { calls, exec } = manualExec();
		const runner = new LatestWins(exec);
		const a = runner.run(q(1));
		const b = runner.run(q(2));
		runner.cancel();
		expect(await b).toBeUndefined();
		calls[0].resolve([{ n: 1 }]);
		expect(await a).toBeUndefined();
	});

	it('a synchronous throw in the executor rejects the run', async () => {
		const runner = new LatestWins(() => {
			throw new Error('sync');
		});
		await expect(runner.run(q(1))).rejects.toThrow('sync');
	});
});
