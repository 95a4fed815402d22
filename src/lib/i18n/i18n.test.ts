import { describe, expect, it } from 'vitest';
import { MESSAGES, interpolate, langFromParam, localizePath, mergeAreas, stripLangPrefix, t } from './core';

describe('messages', () => {
	it('have the same keys in Vietnamese and English', () => {
		const vi = Object.keys(MESSAGES.vi).sort();
		const en = Object.keys(MESSAGES.en).sort();
		expect(vi.filter((k) => !en.includes(k))).toEqual([]);
		expect(en.filter((k) => !vi.includes(k))).toEqual([]);
	});
	it('are never empty and keys carry their area prefix', () => {
		for (const lang of ['vi', 'en'] as const)
			for (const [key, text] of Object.entries(MESSAGES[lang])) {
				expect(text.trim(), `${lang} ${key}`).not.toBe('');
				expect(key).toMatch(/^[a-z0-9_-]+\.[\w.-]+$/i);
			}
	});
	it('use the same {vars} in both languages', () => {
		for (const key of Object.keys(MESSAGES.vi)) {
			const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(vars(MESSAGES.en[key] ?? ''), key).toEqual(vars(MESSAGES.vi[key]));
		}
	});
	it('refuse a key defined by two areas', () => {
		expect(() => mergeAreas({ a: { vi: { 'x.a': '1' }, en: {} }, b: { vi: { 'x.a': '2' }, en: {} } })).toThrow(/twice/);
	});
});

describe('t', () => {
	it('translates and interpolates', () => {
		expect(t('vi', 'nav.overview')).toBe('Tổng quan');
		expect(t('en', 'nav.overview')).toBe('Overview');
		expect(interpolate('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
		expect(interpolate('{a} {missing}', { a: 1 })).toBe('1 {missing}');
	});
	it('shows the key when it is missing', () => {
		expect(t('en', 'nope.nothing')).toBe('nope.nothing');
	});
});

describe('language in the path', () => {
	it('parses the prefix', () => {
		expect(langFromParam('en')).toBe('en');
		expect(langFromParam(undefined)).toBe('vi');
		expect(langFromParam('fr')).toBe('vi');
	});
	it('localizes and strips paths', () => {
		expect(localizePath('en', '/')).toBe('/en/');
		expect(localizePath('en', '/rankings/')).toBe('/en/rankings/');
		expect(localizePath('vi', '/en/rankings/')).toBe('/rankings/');
		expect(localizePath('en', '/en/pilots/')).toBe('/en/pilots/');
		expect(stripLangPrefix('/en')).toBe('/');
		expect(stripLangPrefix('/english/')).toBe('/english/');
	});
});
