import type { Handle } from '@sveltejs/kit';

// Sets <html lang> at prerender time from the URL's language prefix.
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'vi';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
