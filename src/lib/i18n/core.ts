// Messages of every area merged into one dictionary per language, and the lookup `t`.
// Each area keeps its strings in `messages/<area>.ts` (flat keys prefixed by the area), so
// engineers working on different pages never edit the same file. A route registers the areas it
// shows (`registerArea` in its load module): a page ships only its own strings and the shared
// ones, not every page's.
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

export type MessageTable = Record<string, string>;
export interface AreaMessages {
	vi: MessageTable;
	en: MessageTable;
}

/** The message areas: `core` (layout, filter bar, shared components), one per page, `map` (the map component's), `refusals` (the importer's refusals, for /explore/). */
export const AREAS = [
	'core',
	'overview',
	'rankings',
	'pilots',
	'trends',
	'data-quality',
	'methodology',
	'explore',
	'refusals',
	'indices',
	'provinces',
	'map'
] as const;
export type Area = (typeof AREAS)[number];

/** Adds an area's tables to `into`; a key defined twice is a bug (two areas fighting over one string). */
function addArea(into: Record<Lang, MessageTable>, file: string, area: AreaMessages): void {
	for (const lang of LANGS) {
		for (const [key, text] of Object.entries(area[lang] ?? {})) {
			if (key in into[lang]) throw new Error(`i18n: key "${key}" defined twice (again in ${file})`);
			into[lang][key] = text;
		}
	}
}

/** Merges area tables (as `loadAreas` does), refusing a key defined twice. */
export function mergeAreas(areas: Record<string, AreaMessages>): Record<Lang, MessageTable> {
	const merged: Record<Lang, MessageTable> = { vi: {}, en: {} };
	for (const [file, area] of Object.entries(areas)) addArea(merged, file, area);
	return merged;
}

/** The messages of the areas registered so far. */
export const MESSAGES: Record<Lang, MessageTable> = { vi: {}, en: {} };
const registered = new Set<string>();

/**
 * Adds an area's messages (once). Each route's load module imports its area's messages statically
 * and registers them, so they travel with the page's own code (preloaded, no extra round trip).
 */
export function registerArea(area: Area, messages: AreaMessages): void {
	if (registered.has(area)) return;
	addArea(MESSAGES, area, messages);
	registered.add(area);
}

/** 'en' for the English prefix, otherwise Vietnamese (the default, without prefix). */
export function langFromParam(param: string | undefined | null): Lang {
	return param === 'en' ? 'en' : 'vi';
}

export type MessageVars = Record<string, string | number>;

/** Replaces `{name}` by vars.name; unknown names stay visible so a missing var is noticed. */
export function interpolate(text: string, vars?: MessageVars): string {
	if (!vars) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message `key` in `lang`; falls back to Vietnamese, then to the key itself (visible bug). */
export function t(lang: Lang, key: string, vars?: MessageVars): string {
	const text = MESSAGES[lang][key] ?? MESSAGES.vi[key];
	if (text === undefined) {
		// In the browser a missing string is an error the browser tests catch (console errors fail
		// them): a page whose load function forgot its area.
		if (typeof window !== 'undefined') console.error(`i18n: no message "${key}" (is its area loaded?)`);
		return key;
	}
	return interpolate(text, vars);
}

/** Whether a message exists (for optional texts such as a rule's description). */
export function hasMessage(key: string): boolean {
	return key in MESSAGES.vi;
}

/** Path of a page in a language: localizePath('en', '/rankings/') → '/en/rankings/'. */
export function localizePath(lang: Lang, path: string): string {
	const bare = stripLangPrefix(path);
	return lang === 'vi' ? bare : bare === '/' ? '/en/' : `/en${bare}`;
}

/** The path without its language prefix ('/en/pilots/' → '/pilots/'). */
export function stripLangPrefix(path: string): string {
	if (path === '/en' || path === '/en/') return '/';
	return path.startsWith('/en/') ? path.slice(3) : path;
}
