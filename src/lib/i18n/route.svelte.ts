// The current language, read from the route's `[[lang=lang]]` parameter (reactive in components).
import { page } from '$app/state';
import { langFromParam, localizePath, t, type Lang, type MessageVars } from './core';

/**
 * In the browser, the language as a derived value: `page.params` is a new object on every
 * navigation (a filter written to the URL is one), and whatever read it directly (every `tr` in
 * a chart option) would be computed again, and the chart redrawn, with the same language.
 */
class BrowserLang {
	value = $derived(langFromParam(page.params.lang));
}
let browserLang: BrowserLang | undefined;

/** The language of the page being shown. */
export function currentLang(): Lang {
	if (typeof window === 'undefined') return langFromParam(page.params.lang);
	browserLang ??= new BrowserLang();
	return browserLang.value;
}

/** `t` in the current language: `{tr('nav.overview')}` re-renders when the language changes. */
export function tr(key: string, vars?: MessageVars): string {
	return t(currentLang(), key, vars);
}

/** A site path in the current language: href('/rankings/') → '/en/rankings/' on English pages. */
export function href(path: string): string {
	return localizePath(currentLang(), path);
}
