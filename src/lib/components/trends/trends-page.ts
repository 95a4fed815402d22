// Small decisions of the trends page, kept pure so they are tested without a browser.
import type { SeriesRef, TrendFilters, TrendGrouping } from '../../metrics/trends-filters';

/** Whether a line (from the URL) exists under the current grouping and chosen provinces. */
export function lineAllowed(ref: SeriesRef, grouping: TrendGrouping, provinces: readonly string[]): boolean {
	switch (ref.kind) {
		case 'all':
			return ref.key === '';
		case 'unit':
			return grouping === 'province' && provinces.includes(ref.key);
		case 'region':
			return grouping === 'province' && ref.key !== '';
		case 'value':
			return (grouping === 'sector' || grouping === 'channel' || grouping === 'agency_level') && ref.key !== '';
		case 'pilot':
			return grouping === 'pilot' && (ref.key === 'pilot' || ref.key === 'non_pilot');
		default:
			return false;
	}
}

/** The prerendered rows stand for these filters only. */
export function sameTrendFilters(a: TrendFilters, b: TrendFilters): boolean {
	const slice = (f: TrendFilters) => [f.slice.sector || '', f.slice.channel || '', f.slice.agency_level || ''].join('|');
	return (
		a.mode === b.mode &&
		a.basis === b.basis &&
		a.grouping === b.grouping &&
		a.from === b.from &&
		a.to === b.to &&
		a.provinces.join(',') === b.provinces.join(',') &&
		slice(a) === slice(b)
	);
}

/**
 * A value keeper for deriveds: returns the previous value while `key` says nothing changed, so
 * a burst of unrelated choices does not hand the charts "new" arrays or objects (each of which
 * would redraw them).
 */
export function keeper<T>(key: (value: T) => string): (next: T) => T {
	let last: { key: string; value: T } | undefined;
	return (next) => {
		const k = key(next);
		if (last && last.key === k) return last.value;
		last = { key: k, value: next };
		return next;
	};
}
