import { describe, expect, it } from 'vitest';
import { parseState } from '../../state/schema';
import type { UnitInfo } from '../../metrics/rankings-rows-common';
import { rankingSchema, searchUnits } from './ranking-state';

const unit = (code: string, name_vi: string, name_en: string, kind: UnitInfo['kind'], region: string, is_pilot: boolean): UnitInfo => ({
	code,
	name_vi,
	name_en,
	kind,
	region,
	is_pilot
});
const units = [
	unit('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta', true),
	unit('35', 'Hà Nam', 'Ha Nam', 'province', 'red_river_delta', false),
	unit('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast', true),
	unit('66', 'Đắk Lắk', 'Dak Lak', 'province', 'central_highlands', false)
];

describe('ranking URL state', () => {
	const schema = rankingSchema([2023, 2024, 2025]);
	it('takes only a year the data has a survey round for', () => {
		const gap = rankingSchema([2021, 2023, 2025]);
		expect(parseState(gap, new URLSearchParams('year=2022')).year).toBe(2025);
		expect(parseState(gap, new URLSearchParams('year=2021')).year).toBe(2021);
	});
	it('defaults to the SIPAS index of the latest year', () => {
		expect(parseState(schema, new URLSearchParams())).toEqual({ ind: 'sipas', year: 2025, resp: 'all', region: 'all', hl: '' });
	});
	it('accepts listed values and ignores the rest', () => {
		const ok = parseState(schema, new URLSearchParams('ind=median_wd&year=2024&resp=citizen&region=southeast&hl=79'));
		expect(ok).toEqual({ ind: 'median_wd', year: 2024, resp: 'citizen', region: 'southeast', hl: '79' });
		const bad = parseState(schema, new URLSearchParams('ind=x;drop&year=1999&resp=all%27&region=mars&hl=<b>'));
		expect(bad).toEqual({ ind: 'sipas', year: 2025, resp: 'all', region: 'all', hl: '' });
	});
});

describe('searchUnits', () => {
	it('finds Hà Nội from "ha noi" and not Hà Nam', () => {
		expect(searchUnits(units, 'ha noi').map((u) => u.code)).toEqual(['01']);
		expect(searchUnits(units, 'ha').map((u) => u.code)).toEqual(['01', '35']);
		expect(searchUnits(units, 'dak lak').map((u) => u.code)).toEqual(['66']);
		expect(searchUnits(units, 'ho chi minh city').map((u) => u.code)).toEqual(['79']);
		expect(searchUnits(units, '  ')).toEqual([]);
	});
});
