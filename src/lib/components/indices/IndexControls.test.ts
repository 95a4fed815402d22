// A component name from the data that contains HTML is printed as text in the pickers: the
// server render escapes it (the page is prerendered this way) and never emits the markup.
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import type { IndexInfo } from '../../metrics/indices-view';
import type { UrlState } from '../../state/url-state.svelte';
import type { IndicesState } from './indices-state';

vi.mock('$app/state', () => ({ page: { params: { lang: 'en' } } }));
const { default: IndexControls } = await import('./IndexControls.svelte');

const info: IndexInfo = {
	code: 'PAR_INDEX',
	years: [2024],
	components: new Map([
		[
			2024,
			[
				{ id: '', parent: '', name_vi: null, name_en: null, nUnits: 2 },
				{ id: 'C1', parent: '', name_vi: '<b>Chỉ đạo</b>', name_en: '<script>alert(1)</script><b>Direction</b>', nUnits: 2 }
			]
		]
	]),
	componentChanges: [],
	source: 'fixture',
	simulated: false,
	scaleMin: 0,
	scaleMax: 100,
	hasPublishedRank: true
};

describe('IndexControls', () => {
	it('prints a component name containing <script> and <b> as text', () => {
		const state: UrlState<IndicesState> = {
			value: { idx: 'PAR_INDEX', year: 2024, comp: 'C1', prov: '' },
			ready: true,
			set: async () => {}
		};
		const components = info.components.get(2024)!;
		const { body } = render(IndexControls, {
			props: {
				state,
				catalog: [info],
				view: { info, year: 2024, component: components[1], components },
				units: [{ code: '01', name: '<i>Hà Nội</i>' }],
				province: '01'
			}
		});
		expect(body).toContain('&lt;script>alert(1)&lt;/script>&lt;b>Direction&lt;/b>');
		expect(body).toContain('&lt;i>Hà Nội&lt;/i>');
		expect(body).not.toContain('<script>alert');
		expect(body).not.toContain('<b>');
		expect(body).not.toContain('<i>');
	});
});
