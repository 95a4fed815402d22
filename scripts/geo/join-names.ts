// Joins the boundary file's province names to the statistics office's codes. The source spells
// names its own way ("TP HCM", "TP Hà Nội", "Khánh Hoà" with the tone on the second vowel,
// "TP Huế" for the pre-merger "Thừa Thiên Huế"), and its own `code` property is not the
// statistics office's code (docs: /work/shared/reference/geo/PROVENANCE.md), so the name is the
// only key. Every unit must match exactly one code and every code exactly one unit.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** A tone on the second vowel of an open "oa", "oe", "uy" (the newer placement): "hoà" → "hòa". */
const NEW_TONE_PLACEMENT = new RegExp(`([ou])([aey])([${TONE_MARKS}])(?=\\s|$)`, 'g');

/** Names that differ by more than spelling: the source's name → the reference table's. */
const NAME_ALIASES: Record<string, string> = {
	hcm: 'hồ chí minh',
	// The 63-unit file already calls the pre-merger province by its 2025 city name.
	huế: 'thừa thiên huế'
};

/**
 * A province name reduced to what both spellings share: NFC, lower case, the traditional tone
 * placement ("hòa"), no "TP"/"Thành phố"/"Tỉnh" prefix, punctuation and dashes as single spaces.
 */
export function normaliseProvinceName(name: string): string {
	const folded = name
		.normalize('NFD')
		.toLowerCase()
		.replace(NEW_TONE_PLACEMENT, '$1$3$2')
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(tp|thành phố|tỉnh) /u, '');
	return folded;
}

export interface NamedUnit {
	code: string;
	name_vi: string;
}

/**
 * Code of every source unit (by index), the reference unit whose normalised name equals the
 * source name's (an alias allowed). Throws unless the match is one-to-one and complete.
 */
export function joinByName(sourceNames: readonly string[], units: readonly NamedUnit[], aliases = NAME_ALIASES): string[] {
	const byName = new Map<string, string>();
	for (const unit of units) {
		const key = normaliseProvinceName(unit.name_vi);
		if (byName.has(key)) throw new Error(`two reference units normalise to "${key}"`);
		byName.set(key, unit.code);
	}
	const taken = new Map<string, string>();
	const codes = sourceNames.map((name) => {
		const key = normaliseProvinceName(name);
		const code = byName.get(key) ?? byName.get(aliases[key] ?? '');
		if (code === undefined) throw new Error(`no reference unit for the boundary "${name}" (normalised "${key}")`);
		const earlier = taken.get(code);
		if (earlier !== undefined) throw new Error(`the boundaries "${earlier}" and "${name}" both match code ${code}`);
		taken.set(code, name);
		return code;
	});
	const missing = units.filter((u) => !taken.has(u.code)).map((u) => `${u.code} ${u.name_vi}`);
	if (missing.length > 0) throw new Error(`no boundary for ${missing.join(', ')}`);
	return codes;
}
