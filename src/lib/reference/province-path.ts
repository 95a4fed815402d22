// The address of a unit's profile page. Codes are reused across the merger (24 is Bắc Giang
// among the 63 provinces, Bắc Ninh among the 34 units), so the path says which list a code is
// from: current (34-unit) units at /provinces/24/, pre-merger provinces at /provinces/63-24/.
import type { BoundaryMode } from '../metrics/boundary';
import { PROVINCES_34, PROVINCES_63 } from './provinces';

export interface ProvinceRef {
	mode: BoundaryMode;
	code: string;
}

/** The profile path (without a language prefix) of a unit of the given boundary mode. */
export function provincePath(mode: BoundaryMode, code: string): string {
	return mode === '34' ? `/provinces/${code}/` : `/provinces/63-${code}/`;
}

/** The route parameter of a profile page (`24` or `63-24`); null unless it names a known unit. */
export function parseProvinceSlug(slug: string): ProvinceRef | null {
	const match = /^(?:(63)-)?(\d{2})$/.exec(slug);
	if (match === null) return null;
	const mode: BoundaryMode = match[1] === '63' ? '63' : '34';
	const code = match[2];
	const known = (mode === '34' ? PROVINCES_34 : PROVINCES_63).some((p) => p.code === code);
	return known ? { mode, code } : null;
}

/** Every profile's route parameter: the 34 current units, then the 63 pre-merger provinces. */
export function allProvinceSlugs(): string[] {
	return [...PROVINCES_34.map((p) => p.code), ...PROVINCES_63.map((p) => `63-${p.code}`)];
}
