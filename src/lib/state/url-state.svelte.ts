// Reactive URL state for components. During prerendering the URL's query cannot be read (Kit
// throws), so the state is the schema's defaults until the component is mounted in the browser;
// then it follows `page.url`. Updates navigate (same page, new query) so links stay shareable.
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { defaultsOf, parseState, serializeState, toSearch, type Schema } from './schema';
import {
	defaultGlobalFilters,
	globalFilterSchema,
	parseGlobalFilters,
	serializeGlobalFilters,
	type DataSpan,
	type GlobalFilters
} from './global-filters';

export interface UrlState<S> {
	/** The current state (defaults before mount). */
	readonly value: S;
	/** True once the URL has been read in the browser. */
	readonly ready: boolean;
	/** Changes some keys and navigates to the new URL (other query keys are kept). */
	set(patch: Partial<S>): Promise<void>;
}

function mountedFlag(): { readonly value: boolean } {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get value() {
			return mounted;
		}
	};
}

async function navigate(params: URLSearchParams): Promise<void> {
	await goto(`${page.url.pathname}${toSearch(params)}`, { keepFocus: true, noScroll: true, replaceState: true });
}

/** A page's own URL keys (call during component initialisation). */
export function useUrlState<S>(schema: Schema<S>): UrlState<S> {
	const mounted = mountedFlag();
	const value = $derived(mounted.value ? parseState(schema, page.url.searchParams) : defaultsOf(schema));
	return {
		get value() {
			return value;
		},
		get ready() {
			return mounted.value;
		},
		set: (patch) => navigate(serializeState(schema, { ...value, ...patch }, page.url.searchParams))
	};
}

/** The data span embedded by the root layout's load (every page has it in `page.data`). */
export function dataSpan(): DataSpan {
	const span = (page.data as { span?: DataSpan }).span;
	if (!span) throw new Error('page.data.span is missing: the [[lang]] layout load provides it');
	return span;
}

/** The global filters (period, boundary mode, province group) of the current URL. */
export function useGlobalFilters(): UrlState<GlobalFilters> {
	const mounted = mountedFlag();
	const value = $derived(
		mounted.value ? parseGlobalFilters(dataSpan(), page.url.searchParams) : defaultGlobalFilters(dataSpan())
	);
	return {
		get value() {
			return value;
		},
		get ready() {
			return mounted.value;
		},
		set: (patch) =>
			navigate(serializeGlobalFilters(dataSpan(), { ...value, ...patch }, page.url.searchParams))
	};
}

/** '?from=…' with only the global filter keys of the current URL (for links to other pages). */
export function globalSearch(span: DataSpan, params: URLSearchParams): string {
	const schema = globalFilterSchema(span);
	const kept = new URLSearchParams();
	for (const key of Object.keys(schema)) {
		const v = params.get(key);
		if (v !== null) kept.set(key, v);
	}
	return toSearch(serializeGlobalFilters(span, parseGlobalFilters(span, kept)));
}
