import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SqlQuery } from '../metrics/query';
import { warmUp } from './warm-up';

const q = (sql: string): SqlQuery => ({ sql, params: [] });

describe('warmUp', () => {
	let idle: (() => void)[] = [];
	beforeEach(() => {
		idle = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
	});
	afterEach(() => vi.unstubAllGlobals());

	/** Lets every idle callback queued so far run, and the promises after them settle. */
	async function idlePeriod() {
		const due = idle;
		idle = [];
		due.forEach((run) => run());
		await new Promise((r) => setTimeout(r, 0));
	}

	it('runs the queries in order, one per idle period, and only while the page is not busy', async () => {
		const ran: string[] = [];
		let busy = false;
		warmUp({ query: async (x) => (ran.push(x.sql), []) }, 'page-1', [q('a'), q('b'), q('c')], () => busy);
		expect(ran).toEqual([]); // nothing before the browser is idle
		await idlePeriod();
		expect(ran).toEqual(['a']);
		busy = true;
		await idlePeriod();
		await idlePeriod();
		expect(ran).toEqual(['a']); // the page's own queries go first
		busy = false;
		await idlePeriod();
		await idlePeriod();
		expect(ran).toEqual(['a', 'b', 'c']);

		// Once per page load: coming back to the page does not run them again.
		warmUp({ query: async (x) => (ran.push(x.sql), []) }, 'page-1', [q('again')], () => false);
		await idlePeriod();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('stops when told to, and at the first failure (logged)', async () => {
		const ran: string[] = [];
		const stop = warmUp({ query: async (x) => (ran.push(x.sql), []) }, 'page-2', [q('a'), q('b')], () => false);
		await idlePeriod();
		stop();
		await idlePeriod();
		expect(ran).toEqual(['a']);

		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const failing: string[] = [];
		const query = async (x: SqlQuery) => {
			failing.push(x.sql);
			if (x.sql === 'bad') throw new Error('Binder Error');
			return [];
		};
		warmUp({ query }, 'page-3', [q('bad'), q('never')], () => false);
		await idlePeriod();
		await idlePeriod();
		expect(failing).toEqual(['bad']);
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});
