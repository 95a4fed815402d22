// Which pages follow the global filters: the layout shows the filter bar on them, and downloads
// record the filters only where they shaped the figures.

/** Pages whose figures follow the global filters (/pilots/ has its own window and units around each start). */
export const FILTERED_PAGES = ['/', '/rankings/', '/trends/'];
/** Of those, the pages that filter by province group (/trends/ splits by group itself). */
export const GROUP_FILTERED_PAGES = ['/', '/rankings/'];
