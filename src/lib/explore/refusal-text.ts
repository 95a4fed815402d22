// A refusal in the reader's language: the catalogue's lead for its code (src/lib/i18n/messages/
// refusals.ts) with its values formatted for the language. Values from the file (a column name,
// a value) stay as they are; the page shows the result as text. A refusal without a code (none
// in the shared code; a safety net) falls back to the importer's English.
import { t, type Lang } from '../i18n/core';
import { formatBytes, formatNumber } from '../i18n/format';
import { BOOLEAN_FALSE, BOOLEAN_TRUE } from '../import/portal-fields';
import type { RefusalCode, RefusalParams } from '../import/errors';

/** The parameter whose value 1 takes the `.one` message (English singular). */
const COUNTED: Partial<Record<RefusalCode, string>> = { field_count: 'fields', nul_value: 'count', unreadable_value: 'count' };

function list(lang: Lang, items: readonly string[]): string {
	return new Intl.ListFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { type: 'disjunction' }).format(items);
}

function value(lang: Lang, name: string, v: string | number | readonly string[]): string {
	if (typeof v === 'number') return name === 'limit' ? formatBytes(lang, v) : formatNumber(lang, v);
	if (typeof v !== 'string') return list(lang, v);
	if (name === 'parse') return t(lang, `refusal.parse.${v}`, { true: BOOLEAN_TRUE.join('/'), false: BOOLEAN_FALSE.join('/') });
	if (name === 'hint') return v === '' ? '' : t(lang, `refusal.hint.${v}`);
	if (name === 'delimiter' && v === '\t') return t(lang, 'refusal.tab');
	return v;
}

export function refusalLead(lang: Lang, r: { code: RefusalCode | null; params: RefusalParams; problem: string }): string {
	if (r.code === null) return r.problem;
	const vars = Object.fromEntries(Object.entries(r.params).map(([name, v]) => [name, value(lang, name, v)]));
	const counted = COUNTED[r.code];
	const one = counted !== undefined && r.params[counted] === 1;
	return t(lang, `refusal.${r.code}${one ? '.one' : ''}`, vars);
}
