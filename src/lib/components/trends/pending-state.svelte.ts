// A URL state that answers at once: a burst of choices (several selects changed in quick
// succession) is merged locally and written to the URL in one navigation once the burst pauses,
// so no choice is lost to a navigation still in flight and the page reacts without waiting.
import type { UrlState } from '../../state/url-state.svelte';

const NAVIGATE_AFTER_MS = 150;

export function withPending<S>(state: UrlState<S>): UrlState<S> {
	let pending = $state<S | null>(null);
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** Callers of the burst's earlier `set`s, answered with the burst's one navigation. */
	let waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];
	return {
		get value() {
			return pending ?? state.value;
		},
		get ready() {
			return state.ready;
		},
		set(patch: Partial<S>): Promise<void> {
			const target = { ...(pending ?? state.value), ...patch } as S;
			pending = target;
			clearTimeout(timer);
			return new Promise((resolve, reject) => {
				waiting.push({ resolve, reject });
				timer = setTimeout(() => {
					const callers = waiting;
					waiting = [];
					state.set(target).then(
						() => {
							// A newer choice may be pending already; keep it.
							if (pending === target) pending = null;
							callers.forEach((c) => c.resolve());
						},
						(error: unknown) => callers.forEach((c) => c.reject(error))
					);
				}, NAVIGATE_AFTER_MS);
			});
		}
	};
}
