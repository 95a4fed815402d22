// The /indices/ page's URL keys: idx (index code), year, comp (component, '' = the overall
// index) and prov (the province opened, as coded in that year's list). Which values exist
// depends on the data and on each other (a component of one year may not exist in another), so
// the URL accepts any well-formed value and `resolveIndexView` falls back, key by key, to the
// index's latest year and to the overall index.
import { intField, type Field, type Schema } from '../../state/schema';
import type { IndexComponent, IndexInfo } from '../../metrics/indices-view';

export interface IndicesState {
	idx: string;
	year: number;
	comp: string;
	prov: string;
}

const textField = (pattern: RegExp, defaultValue: string): Field<string> => ({
	default: defaultValue,
	parse: (raw) => (pattern.test(raw) ? raw : undefined),
	serialize: (value) => value
});

/** The index opened by default: the PAR INDEX when the data has it, else the first by code. */
export function defaultIndex(catalog: readonly IndexInfo[]): IndexInfo | undefined {
	return catalog.find((c) => c.code === 'PAR_INDEX') ?? catalog[0];
}

export function indicesSchema(catalog: readonly IndexInfo[]): Schema<IndicesState> {
	const first = defaultIndex(catalog);
	return {
		idx: textField(/^[A-Z0-9_]{1,40}$/, first?.code ?? ''),
		year: intField(first?.years.at(-1) ?? 2000, 2000, 2100),
		comp: textField(/^.{0,100}$/su, ''),
		prov: textField(/^\d{2}$/, '')
	};
}

export interface IndexView {
	info: IndexInfo;
	year: number;
	component: IndexComponent;
	/** The components of that year, '' (overall) first. */
	components: IndexComponent[];
}

/** The view the state stands for, or null when the data has no index at all. */
export function resolveIndexView(catalog: readonly IndexInfo[], state: IndicesState): IndexView | null {
	const info = catalog.find((c) => c.code === state.idx) ?? defaultIndex(catalog);
	if (!info) return null;
	const year = info.years.includes(state.year) ? state.year : info.years[info.years.length - 1];
	const components = info.components.get(year) ?? [];
	const component = components.find((c) => c.id === state.comp) ?? components.find((c) => c.id === '') ?? components[0];
	return { info, year, component, components };
}

/** The components in picker order: each top-level one followed by its own, with their depth. */
export function componentTree(components: readonly IndexComponent[]): { component: IndexComponent; depth: number }[] {
	const ids = new Set(components.map((c) => c.id));
	const out: { component: IndexComponent; depth: number }[] = [];
	const visit = (parent: string, depth: number) => {
		for (const c of components) {
			if (c.id === '' || c.parent !== parent) continue;
			out.push({ component: c, depth });
			visit(c.id, depth + 1);
		}
	};
	const overall = components.find((c) => c.id === '');
	if (overall) out.push({ component: overall, depth: 0 });
	visit('', overall ? 1 : 0);
	// A component whose parent is not in the data is listed at the top level rather than lost.
	for (const c of components) if (c.id !== '' && c.parent !== '' && !ids.has(c.parent)) out.push({ component: c, depth: 1 });
	return out;
}
