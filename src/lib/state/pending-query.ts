// The page's URL query as the user last chose it. A change is answered at once from here and
// written to the URL shortly after, in one navigation per burst of changes: the page's queries
// start without waiting for the navigation, no choice of a burst is lost to a navigation still
// in flight, and links built meanwhile carry it. Pure (no Svelte): the browser wiring keeps the
// snapshot in a `$state` so that readers re-run (see page-query.svelte.ts).

/** The address parts the pending query is checked against (a `URL` fits). */
export interface Location {
	readonly pathname: string;
	readonly searchParams: URLSearchParams;
}

export interface PendingSnapshot {
	/** The page (path) the choice was made on. */
	readonly path: string;
	/** The query chosen, `URLSearchParams.toString()` form. */
	readonly query: string;
	/** Counts changes, so a finished write drops only the change it wrote. */
	readonly version: number;
	/**
	 * Set while a navigation that is not ours (link, back/forward) is under way: the page address
	 * it started from. The choice still answers on that address, never on the one navigated to.
	 */
	readonly leaving: string | null;
}

/** The parts of a SvelteKit `beforeNavigate` navigation this needs. */
export interface NavigationStart {
	readonly type: string;
	readonly to: { readonly url: Location } | null;
	/** The document is to be replaced (another site, a file, closing the tab). */
	readonly willUnload?: boolean;
	readonly complete: Promise<void>;
}

export interface Timers {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface PendingQueryDeps {
	/** Where the snapshot is kept (a `$state` in the browser, so that readers re-run). */
	readonly cell: { get(): PendingSnapshot | null; set(value: PendingSnapshot | null): void };
	/** The page's address (as of the last finished navigation). */
	readonly location: () => Location;
	/** Writes `href` (path and query) to the address bar without a new history entry. */
	readonly navigate: (href: string) => Promise<void>;
	/** Quiet time after the last change of a burst before the URL is written. */
	readonly delayMs: number;
	readonly timers?: Timers;
}

const defaultTimers: Timers = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

const addressOf = (location: Location) => `${location.pathname}?${location.searchParams.toString()}`;

/** '?a=1' or '' for a query in `toString()` form. */
const searchOf = (query: string) => (query ? `?${query}` : '');

interface Waiter {
	resolve(): void;
	reject(error: unknown): void;
}

export class PendingQuery {
	readonly #deps: PendingQueryDeps;
	readonly #timers: Timers;
	#version = 0;
	#timer: unknown = undefined;
	/** Callers of the burst's `change`s, answered when its write ends (or it is given up). */
	#waiting: Waiter[] = [];
	/** The address of our latest write, to tell our own navigations from the user's. */
	#writing: string | null = null;
	/** The user's navigation under way (the latest one: it supersedes any earlier). */
	#external: object | null = null;
	#seen: NavigationStart | null = null;

	constructor(deps: PendingQueryDeps) {
		this.#deps = deps;
		this.#timers = deps.timers ?? defaultTimers;
	}

	/** The query the page should show: the pending choice, or the address's own. */
	current(): URLSearchParams {
		const location = this.#deps.location();
		const pending = this.#deps.cell.get();
		if (!pending || pending.path !== location.pathname) return location.searchParams;
		if (pending.leaving !== null && pending.leaving !== addressOf(location)) return location.searchParams;
		return new URLSearchParams(pending.query);
	}

	/** Answers `next` at once; writes it to the URL once the burst pauses. */
	change(next: URLSearchParams): Promise<void> {
		const location = this.#deps.location();
		const previous = this.#deps.cell.get();
		// During the user's navigation the choice answers only until it lands, and is not written.
		const leaving = this.#external ? (previous?.leaving ?? addressOf(location)) : null;
		this.#deps.cell.set({ path: location.pathname, query: next.toString(), version: ++this.#version, leaving });
		return new Promise((resolve, reject) => {
			this.#waiting.push({ resolve, reject });
			if (!this.#external) this.#schedule();
		});
	}

	/** Call from `beforeNavigate`: a navigation that is not our write outranks the pending choice. */
	navigationStarted(nav: NavigationStart): void {
		// Every mounted URL state registers the hook: act once per navigation.
		if (nav === this.#seen) return;
		this.#seen = nav;
		if (nav.type === 'goto' && nav.to && addressOf(nav.to.url) === this.#writing) return;
		// Either the page goes away with its choice, or (a file that opens no page) it stays as it
		// is, and `complete` would never say so.
		if (nav.willUnload) return;
		const token = {};
		this.#external = token;
		this.#timers.clear(this.#timer);
		const pending = this.#deps.cell.get();
		if (pending && pending.leaving === null) {
			this.#deps.cell.set({ ...pending, leaving: addressOf(this.#deps.location()) });
		}
		nav.complete.then(
			() => {
				if (this.#external !== token) return;
				this.#external = null;
				if (this.#deps.cell.get()) this.#deps.cell.set(null);
				this.#settle(this.#waiting.splice(0), null);
			},
			() => {
				// Cancelled or aborted: the page stays, so does the choice, which is still to write.
				if (this.#external !== token) return;
				this.#external = null;
				const stayed = this.#deps.cell.get();
				if (!stayed) return;
				this.#deps.cell.set({ ...stayed, leaving: null });
				this.#schedule();
			}
		);
	}

	#schedule(): void {
		this.#timers.clear(this.#timer);
		this.#timer = this.#timers.set(() => this.#write(), this.#deps.delayMs);
	}

	#write(): void {
		const pending = this.#deps.cell.get();
		// A navigation of the user's decides instead (see navigationStarted).
		if (pending?.leaving || this.#external) return;
		const callers = this.#waiting.splice(0);
		if (!pending) return this.#settle(callers, null);
		if (pending.path !== this.#deps.location().pathname) {
			// Another page came without a navigation we saw: the choice was for the one left.
			this.#deps.cell.set(null);
			return this.#settle(callers, null);
		}
		this.#writing = `${pending.path}?${pending.query}`;
		const done = (error: unknown) => {
			// The URL now holds this choice (or refused it, and stays the truth), unless a newer
			// choice is pending: that one is kept and written by its own timer.
			if (this.#deps.cell.get()?.version === pending.version) this.#deps.cell.set(null);
			this.#settle(callers, error);
		};
		this.#deps.navigate(`${pending.path}${searchOf(pending.query)}`).then(
			() => done(null),
			(error: unknown) => done(error ?? new Error('navigation failed'))
		);
	}

	#settle(callers: Waiter[], error: unknown): void {
		for (const caller of callers) {
			if (error === null) caller.resolve();
			else caller.reject(error);
		}
	}
}
