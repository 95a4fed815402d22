// Whether the page is shown in embed mode. The query is read only once the layout is hydrated
// (prerendering has no query), so the prerendered page is always the full one.
import { page } from '$app/state';
import { NOT_EMBEDDED, parseEmbed, type EmbedView } from './embed-url';

let hydrated = $state(false);

/** Called by the [[lang]] layout's onMount. */
export function markHydrated(): void {
	hydrated = true;
}

export function embedView(): EmbedView {
	return hydrated ? parseEmbed(page.url.searchParams) : NOT_EMBEDDED;
}
