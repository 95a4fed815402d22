// Reactive URL state for components. During prerendering the URL's query cannot be read (Kit
// throws), so the state is the schema's defaults until the component is mounted in the browser;
// then it follows the page's query. A change is seen at once by every state of the page and
// written to the URL (same page, new query) shortly after, so links stay shareable.
import { onMount } from 'svelte';
import { page } from '$app/state';
import { changePageQuery, followNavigations, pageQuery } from './page-query.svelte';
import { keepSame } from './same-state';
import { defaultsOf, parseState, serializeState, type Choices, type Schema } from './schema';
import { defaultGlobalFilters, parseGlobalFilters, serializeGlobalFilters, type DataSpan, type GlobalFilters } from './global-filters';

export interface UrlState<S> {
	/** The current state (defaults before mount). */
	readonly value: S;
	/** True once the URL has been read in the browser. */
	readonly ready: boolean;
	/**
	 * Changes some keys: `value` has them at once (for every state of the page), the URL soon
	 * after (other query keys are kept); resolves once the URL has them.
	 */
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

/**
 * A state read from the page's query. It follows the URL, and a `set` is seen at once by every
 * state of the page (through the page's pending query) before it reaches the URL.
 */
function queryState<S extends object>(
	read: (params: URLSearchParams) => S,
	defaults: () => S,
	write: (value: S, base: URLSearchParams) => URLSearchParams
): UrlState<S> {
	const mounted = mountedFlag();
	followNavigations();
	const keep = keepSame<S>();
	const value = $derived(keep(mounted.value ? read(pageQuery()) : defaults()));
	return {
		get value() {
			return value;
		},
		get ready() {
			return mounted.value;
		},
		set: (patch) => changePageQuery(write({ ...value, ...patch }, pageQuery()))
	};
}

/**
 * A page's own URL keys (call during component initialisation). `choices` gives, for keys whose
 * allowed values come from the data (sectors), those values: any other takes the default.
 */
export function useUrlState<S extends object>(schema: Schema<S>, choices: () => Choices<S> = () => ({})): UrlState<S> {
	return queryState(
		(params) => parseState(schema, params, choices()),
		() => defaultsOf(schema),
		(value, base) => serializeState(schema, value, base)
	);
}

/** The data span embedded by the root layout's load (every page has it in `page.data`). */
export function dataSpan(): DataSpan {
	const span = (page.data as { span?: DataSpan }).span;
	if (!span) throw new Error('page.data.span is missing: the [[lang]] layout load provides it');
	return span;
}

/** The global filters (period, boundary mode, province group) of the page's query. */
export function useGlobalFilters(): UrlState<GlobalFilters> {
	return queryState(
		(params) => parseGlobalFilters(dataSpan(), params),
		() => defaultGlobalFilters(dataSpan()),
		(value, base) => serializeGlobalFilters(dataSpan(), value, base)
	);
}

export { pageQuery };
export { globalSearch } from './global-filters';
