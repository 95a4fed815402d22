import { describe, expect, it } from 'vitest';
import { parseState } from '../../state/schema';
import type { IndexComponent, IndexInfo } from '../../metrics/indices-view';
import { componentTree, indicesSchema, resolveIndexView } from './indices-state';

const comp = (id: string, parent = ''): IndexComponent => ({ id, parent, name_vi: null, name_en: null, nUnits: 2 });
const info = (code: string, years: Record<number, IndexComponent[]>): IndexInfo => ({
	code,
	years: Object.keys(years).map(Number),
	components: new Map(Object.entries(years).map(([y, c]) => [Number(y), c])),
	componentChanges: [],
	source: '',
	simulated: false,
	scaleMin: 0,
	scaleMax: 100,
	hasPublishedRank: false
});
const catalog = [
	info('PAR_INDEX', { 2023: [comp(''), comp('D1')], 2024: [comp(''), comp('D1'), comp('D8'), comp('D8_1', 'D8')] }),
	info('SIPAS', { 2024: [comp(''), comp('access')] })
];

describe('indices URL state', () => {
	it('opens the PAR INDEX, its latest year and the overall index by default', () => {
		const view = resolveIndexView(catalog, parseState(indicesSchema(catalog), new URLSearchParams('')));
		expect([view?.info.code, view?.year, view?.component.id]).toEqual(['PAR_INDEX', 2024, '']);
	});

	it('falls back key by key: a year the index lacks, a component the year lacks', () => {
		const s = parseState(indicesSchema(catalog), new URLSearchParams('idx=SIPAS&year=2023&comp=D8'));
		const view = resolveIndexView(catalog, s);
		expect([view?.info.code, view?.year, view?.component.id]).toEqual(['SIPAS', 2024, '']);
		const ok = resolveIndexView(catalog, parseState(indicesSchema(catalog), new URLSearchParams('year=2024&comp=D8_1')));
		expect(ok?.component.id).toBe('D8_1');
	});

	it('refuses malformed values and has no view without data', () => {
		const s = parseState(indicesSchema(catalog), new URLSearchParams('idx=<b>&prov=1'));
		expect([s.idx, s.prov]).toEqual(['PAR_INDEX', '']);
		expect(resolveIndexView([], s)).toBeNull();
	});

	it('lists sub-components under their parent', () => {
		const tree = componentTree(catalog[0].components.get(2024)!);
		expect(tree.map((t) => [t.component.id, t.depth])).toEqual([
			['', 0],
			['D1', 1],
			['D8', 1],
			['D8_1', 2]
		]);
	});
});
