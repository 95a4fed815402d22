import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingQuery, type PendingSnapshot } from './pending-query';

const ORIGIN = 'https://lens.test';

interface Write {
	href: string;
	/** The navigation lands: the address now is `href`. */
	land(): void;
	refuse(error: Error): void;
}

/** A page at `start` whose writes go through a fake router that reports them as Kit does. */
function setup(start: string) {
	let url = new URL(start, ORIGIN);
	let snapshot: PendingSnapshot | null = null;
	const writes: Write[] = [];
	const pending: PendingQuery = new PendingQuery({
		cell: { get: () => snapshot, set: (value) => (snapshot = value) },
		location: () => url,
		navigate: (href) =>
			new Promise<void>((resolve, reject) => {
				const to = new URL(href, ORIGIN);
				// Kit runs beforeNavigate for our own goto too.
				pending.navigationStarted({ type: 'goto', to: { url: to }, complete: new Promise(() => {}) });
				writes.push({
					href,
					land: () => {
						url = to;
						resolve();
					},
					refuse: reject
				});
			}),
		delayMs: 150
	});
	/** A navigation of the user's (link, back/forward) from the current address to `href`. */
	function userNavigation(type: string, href: string) {
		const to = new URL(href, ORIGIN);
		let fulfil!: () => void;
		let reject!: (e: Error) => void;
		const complete = new Promise<void>((f, r) => ((fulfil = f), (reject = r)));
		complete.catch(() => {});
		pending.navigationStarted({ type, to: { url: to }, complete });
		return {
			/** Kit sets the new address, then settles `complete`. */
			land: async () => {
				url = to;
				fulfil();
				await flush();
			},
			cancel: async () => {
				reject(new Error('navigation cancelled'));
				await flush();
			}
		};
	}
	return {
		pending,
		writes,
		userNavigation,
		shown: () => pending.current().toString(),
		address: () => `${url.pathname}${url.search}`,
		snapshot: () => snapshot,
		/** The address changes with no navigation event seen. */
		jump: (href: string) => (url = new URL(href, ORIGIN))
	};
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const q = (text: string) => new URLSearchParams(text);

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('PendingQuery', () => {
	it('answers a change at once and writes it to the URL once the burst pauses, then drops it', async () => {
		const page = setup('/trends/?b=received');
		const done = vi.fn();
		void page.pending.change(q('b=received&from=2024-06')).then(done);
		expect(page.shown()).toBe('b=received&from=2024-06');
		expect(page.address()).toBe('/trends/?b=received');
		await vi.advanceTimersByTimeAsync(149);
		expect(page.writes).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(page.writes.map((w) => w.href)).toEqual(['/trends/?b=received&from=2024-06']);
		expect(page.snapshot()).not.toBeNull(); // still answered from the pending choice while in flight
		page.writes[0].land();
		await flush();
		expect(page.snapshot()).toBeNull();
		expect(page.shown()).toBe('b=received&from=2024-06');
		expect(done).toHaveBeenCalledOnce();
	});

	it('writes an empty query as the bare path', async () => {
		const page = setup('/?mode=63');
		void page.pending.change(q(''));
		expect(page.shown()).toBe('');
		await vi.advanceTimersByTimeAsync(150);
		expect(page.writes.map((w) => w.href)).toEqual(['/']);
	});

	it('merges a burst into one write that ends on the last choice', async () => {
		const page = setup('/trends/');
		const done = vi.fn();
		for (const month of ['2024-01', '2024-02', '2024-03']) {
			void page.pending.change(q(`from=${month}`)).then(done);
			await vi.advanceTimersByTimeAsync(100);
			expect(page.shown()).toBe(`from=${month}`);
		}
		await vi.advanceTimersByTimeAsync(50);
		expect(page.writes.map((w) => w.href)).toEqual(['/trends/?from=2024-03']);
		page.writes[0].land();
		await flush();
		expect(done).toHaveBeenCalledTimes(3);
	});

	it('keeps a newer choice when an older write lands (no flicker back), then writes it', async () => {
		const page = setup('/trends/');
		void page.pending.change(q('from=2024-01'));
		await vi.advanceTimersByTimeAsync(150);
		void page.pending.change(q('from=2024-02'));
		page.writes[0].land(); // the URL now has the older choice
		await flush();
		expect(page.address()).toBe('/trends/?from=2024-01');
		expect(page.shown()).toBe('from=2024-02');
		await vi.advanceTimersByTimeAsync(150);
		expect(page.writes.map((w) => w.href)).toEqual(['/trends/?from=2024-01', '/trends/?from=2024-02']);
		page.writes[1].land();
		await flush();
		expect(page.snapshot()).toBeNull();
		expect(page.shown()).toBe('from=2024-02');
	});

	it('lets a link to another page win: the choice answers until the page changes and is never written', async () => {
		const page = setup('/trends/?b=received');
		const done = vi.fn();
		void page.pending.change(q('b=received&mode=63')).then(done);
		const nav = page.userNavigation('link', '/rankings/?mode=63');
		expect(page.shown()).toBe('b=received&mode=63'); // the page left still shows the choice
		await nav.land();
		expect(page.shown()).toBe('mode=63');
		expect(page.snapshot()).toBeNull();
		await vi.advanceTimersByTimeAsync(1000);
		expect(page.writes).toHaveLength(0);
		expect(done).toHaveBeenCalledOnce();
	});

	it('lets back/forward on the same page win over a choice not yet written', async () => {
		const page = setup('/trends/?from=2024-01');
		void page.pending.change(q('from=2024-05'));
		const nav = page.userNavigation('popstate', '/trends/?from=2023-07');
		expect(page.shown()).toBe('from=2024-05');
		await vi.advanceTimersByTimeAsync(1000);
		expect(page.writes).toHaveLength(0);
		// A choice made while the navigation is under way loses to it too.
		void page.pending.change(q('from=2024-06'));
		expect(page.shown()).toBe('from=2024-06');
		await nav.land();
		expect(page.shown()).toBe('from=2023-07');
		await vi.advanceTimersByTimeAsync(1000);
		expect(page.writes).toHaveLength(0);
		expect(page.snapshot()).toBeNull();
	});

	it('ignores the choice as soon as the address moves, before the navigation reports completion', () => {
		const page = setup('/trends/?from=2024-01');
		void page.pending.change(q('from=2024-05'));
		page.userNavigation('popstate', '/trends/?from=2023-07');
		page.jump('/trends/?from=2023-07'); // Kit has set the address; `complete` not settled yet
		expect(page.shown()).toBe('from=2023-07');
	});

	it('writes the choice after all when the user navigation is cancelled', async () => {
		const page = setup('/trends/');
		void page.pending.change(q('g=sector'));
		const nav = page.userNavigation('link', '/rankings/');
		await vi.advanceTimersByTimeAsync(500);
		expect(page.writes).toHaveLength(0);
		await nav.cancel();
		expect(page.shown()).toBe('g=sector');
		await vi.advanceTimersByTimeAsync(150);
		expect(page.writes.map((w) => w.href)).toEqual(['/trends/?g=sector']);
	});

	it('keeps answering and writing when a link leaves the app (a file) without unloading the page', async () => {
		const page = setup('/data-quality/');
		void page.pending.change(q('mode=63'));
		page.pending.navigationStarted({
			type: 'link',
			to: { url: new URL('/data/manifest.json', ORIGIN) },
			willUnload: true,
			complete: new Promise(() => {})
		});
		expect(page.shown()).toBe('mode=63');
		await vi.advanceTimersByTimeAsync(150);
		expect(page.writes.map((w) => w.href)).toEqual(['/data-quality/?mode=63']);
	});

	it('does not take its own write for a user navigation', async () => {
		const page = setup('/');
		void page.pending.change(q('group=pilot'));
		await vi.advanceTimersByTimeAsync(150);
		// setup's navigate reported the write to navigationStarted as Kit does.
		expect(page.snapshot()?.leaving).toBeNull();
		expect(page.shown()).toBe('group=pilot');
	});

	it('never shows nor writes a choice on another page than the one it was made on', async () => {
		const page = setup('/trends/');
		void page.pending.change(q('mode=63'));
		page.jump('/rankings/');
		expect(page.shown()).toBe('');
		await vi.advanceTimersByTimeAsync(150);
		expect(page.writes).toHaveLength(0);
		expect(page.snapshot()).toBeNull();
	});

	it('drops the choice and rejects when the URL write is refused', async () => {
		const page = setup('/trends/');
		const result = page.pending.change(q('mode=63'));
		const failed = expect(result).rejects.toThrow('navigation cancelled');
		await vi.advanceTimersByTimeAsync(150);
		page.writes[0].refuse(new Error('navigation cancelled'));
		await failed;
		expect(page.snapshot()).toBeNull();
		expect(page.shown()).toBe('');
	});
});

describe('PendingQuery with the hook registered by several states', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('acts once per navigation when the same navigation is reported more than once', async () => {
		let url = new URL('/trends/', ORIGIN);
		let snapshot: PendingSnapshot | null = null;
		const sets: (PendingSnapshot | null)[] = [];
		const pending = new PendingQuery({
			cell: { get: () => snapshot, set: (value) => sets.push((snapshot = value)) },
			location: () => url,
			navigate: () => Promise.resolve(),
			delayMs: 150
		});
		void pending.change(q('mode=63'));
		let fulfil!: () => void;
		const nav = {
			type: 'popstate',
			to: { url: new URL('/trends/?group=pilot', ORIGIN) },
			complete: new Promise<void>((f) => (fulfil = f))
		};
		for (let i = 0; i < 3; i++) pending.navigationStarted(nav);
		expect(sets).toHaveLength(2); // the change, then `leaving` once
		url = nav.to.url;
		fulfil();
		await flush();
		expect(snapshot).toBeNull();
		expect(sets).toHaveLength(3);
	});
});
