// Diacritic-insensitive text matching for Vietnamese names: "ha noi" finds "Hà Nội",
// "ho chi minh" finds "TP. Hồ Chí Minh". NFD splits a letter from its marks; đ/Đ has no
// decomposition and is mapped by hand.

/** Lower case, without diacritics, punctuation turned to spaces, spaces collapsed. */
export function normalizeSearchText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** True when the normalised query occurs in one of the candidate texts (or the query is empty). */
export function matchesSearch(query: string, ...texts: (string | null | undefined)[]): boolean {
	const needle = normalizeSearchText(query);
	if (needle === '') return true;
	return texts.some((text) => text != null && normalizeSearchText(text).includes(needle));
}
