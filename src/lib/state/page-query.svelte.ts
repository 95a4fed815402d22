// The one pending URL query of the page being viewed, shared by every URL state on it (global
// filters read by the filter bar, the page and the layout's links; a page's own keys), so a
// change made through any of them is seen by all at once and they never overwrite each other's
// choice in the URL. Only the browser has one: on the server (prerendering, where modules live
// on from page to page) it is never set and never read.
import { browser } from '$app/environment';
import { beforeNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { PendingQuery, type PendingSnapshot } from './pending-query';

/**
 * Quiet time after a burst of changes before the URL is written. Writing it is a navigation that
 * re-renders what reads the page; after 0.5 s it lands once the change's charts are drawn.
 */
const WRITE_AFTER_MS = 500;

let snapshot = $state.raw<PendingSnapshot | null>(null);

const pending = new PendingQuery({
	cell: {
		get: () => snapshot,
		set: (value) => {
			snapshot = value;
		}
	},
	location: () => page.url,
	navigate: (href) => goto(href, { keepFocus: true, noScroll: true, replaceState: true }),
	delayMs: WRITE_AFTER_MS
});

/** The query the page shows: the latest choice, even before the URL has it. Browser only. */
export function pageQuery(): URLSearchParams {
	return browser ? pending.current() : page.url.searchParams;
}

/** Shows `next` at once and writes it to the URL (replaceState) once a burst of changes pauses. */
export function changePageQuery(next: URLSearchParams): Promise<void> {
	if (!browser) return Promise.resolve();
	return pending.change(next);
}

/**
 * Lets a link click or back/forward win over a choice not yet written (call during component
 * initialisation; any mounted component that reads URL state does, so one is always there).
 */
export function followNavigations(): void {
	beforeNavigate((nav) => pending.navigationStarted(nav));
}
