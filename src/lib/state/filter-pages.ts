// Which pages follow the global filters: the layout shows the filter bar on them, and downloads
// record the filters only where they shaped the figures.

/** Pages whose figures follow the global filters (/pilots/ has its own window and units around each start). */
export const FILTERED_PAGES = ['/', '/rankings/', '/trends/'];
/** Of those, the pages that filter by province group (/trends/ splits by group itself). */
export const GROUP_FILTERED_PAGES = ['/', '/rankings/'];

/** A province profile (/provinces/24/, /provinces/63-24/): it follows the period and boundaries, not the group. */
export function isProfilePage(bare: string): boolean {
	return /^\/provinces\/[^/]+\/$/.test(bare);
}

/** True when the page (path without language prefix) follows the global period and boundaries. */
export function followsFilters(bare: string): boolean {
	return FILTERED_PAGES.includes(bare) || isProfilePage(bare);
}
