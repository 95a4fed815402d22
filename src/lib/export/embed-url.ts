// Embed mode's URL keys (`?embed=1&chart=<id>`): one chart or table of a view, alone, for an
// <iframe> on another site. Pure, so the layout, the frames and the tests read it the same way.

export const EMBED_KEYS = ['embed', 'chart'] as const;

export interface EmbedView {
	active: boolean;
	/** The chart's or table's id (its test id), or null: embed mode needs one. */
	chart: string | null;
}

export const NOT_EMBEDDED: EmbedView = { active: false, chart: null };
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function parseEmbed(params: URLSearchParams): EmbedView {
	const chart = params.get('chart');
	if (params.get('embed') !== '1' || !chart || !ID.test(chart)) return NOT_EMBEDDED;
	return { active: true, chart };
}

/** The view's address without the embed keys (the link back to the full view, the copied link). */
export function fullViewHref(url: URL | string): string {
	const copy = new URL(url);
	for (const key of EMBED_KEYS) copy.searchParams.delete(key);
	return copy.href;
}

/** The address that shows only chart `id` of this view, with the view's state. */
export function embedHref(url: URL | string, id: string): string {
	const copy = new URL(fullViewHref(url));
	copy.searchParams.set('embed', '1');
	copy.searchParams.set('chart', id);
	return copy.href;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> snippet a host page pastes. */
export function iframeSnippet(src: string, title: string, height = 520): string {
	return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
