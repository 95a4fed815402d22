// The current language, read from the route's `[[lang=lang]]` parameter (reactive in components).
import { page } from '$app/state';
import { langFromParam, localizePath, t, type Lang, type MessageVars } from './core';

/** The language of the page being shown. */
export function currentLang(): Lang {
	return langFromParam(page.params.lang);
}

/** `t` in the current language: `{tr('nav.overview')}` re-renders when the language changes. */
export function tr(key: string, vars?: MessageVars): string {
	return t(currentLang(), key, vars);
}

/** A site path in the current language: href('/rankings/') → '/en/rankings/' on English pages. */
export function href(path: string): string {
	return localizePath(currentLang(), path);
}
