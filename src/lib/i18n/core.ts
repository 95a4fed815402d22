// Messages of every area merged into one dictionary per language, and the lookup `t`.
// Each area keeps its strings in `messages/<area>.ts` (flat keys prefixed by the area), so
// engineers working on different pages never edit the same file.
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

export type MessageTable = Record<string, string>;
export interface AreaMessages {
	vi: MessageTable;
	en: MessageTable;
}

/** Merges area tables; a key defined twice is a bug (two areas fighting over one string). */
export function mergeAreas(areas: Record<string, AreaMessages>): Record<Lang, MessageTable> {
	const merged: Record<Lang, MessageTable> = { vi: {}, en: {} };
	for (const [file, area] of Object.entries(areas)) {
		for (const lang of LANGS) {
			for (const [key, text] of Object.entries(area[lang] ?? {})) {
				if (key in merged[lang]) throw new Error(`i18n: key "${key}" defined twice (again in ${file})`);
				merged[lang][key] = text;
			}
		}
	}
	return merged;
}

const modules = import.meta.glob<{ messages: AreaMessages }>('./messages/*.ts', { eager: true });

export const MESSAGES: Record<Lang, MessageTable> = mergeAreas(
	Object.fromEntries(Object.entries(modules).map(([file, mod]) => [file, mod.messages]))
);

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
	if (text === undefined) return key;
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
