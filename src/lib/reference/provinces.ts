// The provinces of Vietnam before and after the merger of 1 July 2025 (Resolution 202/2025/QH15).
// Codes, names and the crosswalk as verified against the statistics office's lists of 63 and 34
// units (docs/DATA-CONTRACT.md, "Boundaries"). Codes are reused with a
// different meaning after the merger (24 = Bắc Giang in the 63-unit list, Bắc Ninh in the 34-unit
// list), so a code alone never says which list it belongs to: the date does.

import type { BoundaryMode } from '../metrics/boundary';

export type ProvinceKind = 'city' | 'province';
export type Region =
	'red_river_delta' | 'northern_midlands_mountains' | 'north_central_coast' | 'central_highlands' | 'southeast' | 'mekong_delta';

export interface Province63 {
	code: string;
	name_vi: string;
	name_en: string;
	kind: ProvinceKind;
	region: Region;
	/** Code of the 34-unit province it became part of on 2025-07-01. */
	merged_into_2025: string;
}

export interface Province34 {
	code: string;
	name_vi: string;
	name_en: string;
	kind: ProvinceKind;
	/** Region of the 63-unit province with the same code (DATA-LAYOUT.md rule). */
	region: Region;
}

/** First day of the 34-unit boundaries. */
export const MERGER_DATE = '2025-07-01';

export const REGIONS: readonly Region[] = [
	'red_river_delta',
	'northern_midlands_mountains',
	'north_central_coast',
	'central_highlands',
	'southeast',
	'mekong_delta'
];

/** Region labels (the UI's i18n may reuse these; they are the official names of the six regions). */
export const REGION_LABELS: Record<Region, { vi: string; en: string }> = {
	red_river_delta: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
	northern_midlands_mountains: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
	north_central_coast: { vi: 'Bắc Trung Bộ và Duyên hải miền Trung', en: 'North Central and Central Coast' },
	central_highlands: { vi: 'Tây Nguyên', en: 'Central Highlands' },
	southeast: { vi: 'Đông Nam Bộ', en: 'Southeast' },
	mekong_delta: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' }
};

export const PROVINCES_63: readonly Province63[] = [
	{ code: '01', name_vi: 'Hà Nội', name_en: 'Ha Noi', kind: 'city', region: 'red_river_delta', merged_into_2025: '01' },
	{ code: '02', name_vi: 'Hà Giang', name_en: 'Ha Giang', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '08' },
	{ code: '04', name_vi: 'Cao Bằng', name_en: 'Cao Bang', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '04' },
	{ code: '06', name_vi: 'Bắc Kạn', name_en: 'Bac Kan', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '19' },
	{
		code: '08',
		name_vi: 'Tuyên Quang',
		name_en: 'Tuyen Quang',
		kind: 'province',
		region: 'northern_midlands_mountains',
		merged_into_2025: '08'
	},
	{ code: '10', name_vi: 'Lào Cai', name_en: 'Lao Cai', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '15' },
	{
		code: '11',
		name_vi: 'Điện Biên',
		name_en: 'Dien Bien',
		kind: 'province',
		region: 'northern_midlands_mountains',
		merged_into_2025: '11'
	},
	{ code: '12', name_vi: 'Lai Châu', name_en: 'Lai Chau', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '12' },
	{ code: '14', name_vi: 'Sơn La', name_en: 'Son La', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '14' },
	{ code: '15', name_vi: 'Yên Bái', name_en: 'Yen Bai', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '15' },
	{ code: '17', name_vi: 'Hòa Bình', name_en: 'Hoa Binh', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '25' },
	{
		code: '19',
		name_vi: 'Thái Nguyên',
		name_en: 'Thai Nguyen',
		kind: 'province',
		region: 'northern_midlands_mountains',
		merged_into_2025: '19'
	},
	{ code: '20', name_vi: 'Lạng Sơn', name_en: 'Lang Son', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '20' },
	{ code: '22', name_vi: 'Quảng Ninh', name_en: 'Quang Ninh', kind: 'province', region: 'red_river_delta', merged_into_2025: '22' },
	{
		code: '24',
		name_vi: 'Bắc Giang',
		name_en: 'Bac Giang',
		kind: 'province',
		region: 'northern_midlands_mountains',
		merged_into_2025: '24'
	},
	{ code: '25', name_vi: 'Phú Thọ', name_en: 'Phu Tho', kind: 'province', region: 'northern_midlands_mountains', merged_into_2025: '25' },
	{ code: '26', name_vi: 'Vĩnh Phúc', name_en: 'Vinh Phuc', kind: 'province', region: 'red_river_delta', merged_into_2025: '25' },
	{ code: '27', name_vi: 'Bắc Ninh', name_en: 'Bac Ninh', kind: 'province', region: 'red_river_delta', merged_into_2025: '24' },
	{ code: '30', name_vi: 'Hải Dương', name_en: 'Hai Duong', kind: 'province', region: 'red_river_delta', merged_into_2025: '31' },
	{ code: '31', name_vi: 'Hải Phòng', name_en: 'Hai Phong', kind: 'city', region: 'red_river_delta', merged_into_2025: '31' },
	{ code: '33', name_vi: 'Hưng Yên', name_en: 'Hung Yen', kind: 'province', region: 'red_river_delta', merged_into_2025: '33' },
	{ code: '34', name_vi: 'Thái Bình', name_en: 'Thai Binh', kind: 'province', region: 'red_river_delta', merged_into_2025: '33' },
	{ code: '35', name_vi: 'Hà Nam', name_en: 'Ha Nam', kind: 'province', region: 'red_river_delta', merged_into_2025: '37' },
	{ code: '36', name_vi: 'Nam Định', name_en: 'Nam Dinh', kind: 'province', region: 'red_river_delta', merged_into_2025: '37' },
	{ code: '37', name_vi: 'Ninh Bình', name_en: 'Ninh Binh', kind: 'province', region: 'red_river_delta', merged_into_2025: '37' },
	{ code: '38', name_vi: 'Thanh Hóa', name_en: 'Thanh Hoa', kind: 'province', region: 'north_central_coast', merged_into_2025: '38' },
	{ code: '40', name_vi: 'Nghệ An', name_en: 'Nghe An', kind: 'province', region: 'north_central_coast', merged_into_2025: '40' },
	{ code: '42', name_vi: 'Hà Tĩnh', name_en: 'Ha Tinh', kind: 'province', region: 'north_central_coast', merged_into_2025: '42' },
	{ code: '44', name_vi: 'Quảng Bình', name_en: 'Quang Binh', kind: 'province', region: 'north_central_coast', merged_into_2025: '44' },
	{ code: '45', name_vi: 'Quảng Trị', name_en: 'Quang Tri', kind: 'province', region: 'north_central_coast', merged_into_2025: '44' },
	{
		code: '46',
		name_vi: 'Thừa Thiên Huế',
		name_en: 'Thua Thien Hue',
		kind: 'province',
		region: 'north_central_coast',
		merged_into_2025: '46'
	},
	{ code: '48', name_vi: 'Đà Nẵng', name_en: 'Da Nang', kind: 'city', region: 'north_central_coast', merged_into_2025: '48' },
	{ code: '49', name_vi: 'Quảng Nam', name_en: 'Quang Nam', kind: 'province', region: 'north_central_coast', merged_into_2025: '48' },
	{ code: '51', name_vi: 'Quảng Ngãi', name_en: 'Quang Ngai', kind: 'province', region: 'north_central_coast', merged_into_2025: '51' },
	{ code: '52', name_vi: 'Bình Định', name_en: 'Binh Dinh', kind: 'province', region: 'north_central_coast', merged_into_2025: '52' },
	{ code: '54', name_vi: 'Phú Yên', name_en: 'Phu Yen', kind: 'province', region: 'north_central_coast', merged_into_2025: '66' },
	{ code: '56', name_vi: 'Khánh Hòa', name_en: 'Khanh Hoa', kind: 'province', region: 'north_central_coast', merged_into_2025: '56' },
	{ code: '58', name_vi: 'Ninh Thuận', name_en: 'Ninh Thuan', kind: 'province', region: 'north_central_coast', merged_into_2025: '56' },
	{ code: '60', name_vi: 'Bình Thuận', name_en: 'Binh Thuan', kind: 'province', region: 'north_central_coast', merged_into_2025: '68' },
	{ code: '62', name_vi: 'Kon Tum', name_en: 'Kon Tum', kind: 'province', region: 'central_highlands', merged_into_2025: '51' },
	{ code: '64', name_vi: 'Gia Lai', name_en: 'Gia Lai', kind: 'province', region: 'central_highlands', merged_into_2025: '52' },
	{ code: '66', name_vi: 'Đắk Lắk', name_en: 'Dak Lak', kind: 'province', region: 'central_highlands', merged_into_2025: '66' },
	{ code: '67', name_vi: 'Đắk Nông', name_en: 'Dak Nong', kind: 'province', region: 'central_highlands', merged_into_2025: '68' },
	{ code: '68', name_vi: 'Lâm Đồng', name_en: 'Lam Dong', kind: 'province', region: 'central_highlands', merged_into_2025: '68' },
	{ code: '70', name_vi: 'Bình Phước', name_en: 'Binh Phuoc', kind: 'province', region: 'southeast', merged_into_2025: '75' },
	{ code: '72', name_vi: 'Tây Ninh', name_en: 'Tay Ninh', kind: 'province', region: 'southeast', merged_into_2025: '80' },
	{ code: '74', name_vi: 'Bình Dương', name_en: 'Binh Duong', kind: 'province', region: 'southeast', merged_into_2025: '79' },
	{ code: '75', name_vi: 'Đồng Nai', name_en: 'Dong Nai', kind: 'province', region: 'southeast', merged_into_2025: '75' },
	{ code: '77', name_vi: 'Bà Rịa - Vũng Tàu', name_en: 'Ba Ria - Vung Tau', kind: 'province', region: 'southeast', merged_into_2025: '79' },
	{ code: '79', name_vi: 'TP. Hồ Chí Minh', name_en: 'Ho Chi Minh City', kind: 'city', region: 'southeast', merged_into_2025: '79' },
	{ code: '80', name_vi: 'Long An', name_en: 'Long An', kind: 'province', region: 'mekong_delta', merged_into_2025: '80' },
	{ code: '82', name_vi: 'Tiền Giang', name_en: 'Tien Giang', kind: 'province', region: 'mekong_delta', merged_into_2025: '82' },
	{ code: '83', name_vi: 'Bến Tre', name_en: 'Ben Tre', kind: 'province', region: 'mekong_delta', merged_into_2025: '86' },
	{ code: '84', name_vi: 'Trà Vinh', name_en: 'Tra Vinh', kind: 'province', region: 'mekong_delta', merged_into_2025: '86' },
	{ code: '86', name_vi: 'Vĩnh Long', name_en: 'Vinh Long', kind: 'province', region: 'mekong_delta', merged_into_2025: '86' },
	{ code: '87', name_vi: 'Đồng Tháp', name_en: 'Dong Thap', kind: 'province', region: 'mekong_delta', merged_into_2025: '82' },
	{ code: '89', name_vi: 'An Giang', name_en: 'An Giang', kind: 'province', region: 'mekong_delta', merged_into_2025: '91' },
	{ code: '91', name_vi: 'Kiên Giang', name_en: 'Kien Giang', kind: 'province', region: 'mekong_delta', merged_into_2025: '91' },
	{ code: '92', name_vi: 'Cần Thơ', name_en: 'Can Tho', kind: 'city', region: 'mekong_delta', merged_into_2025: '92' },
	{ code: '93', name_vi: 'Hậu Giang', name_en: 'Hau Giang', kind: 'province', region: 'mekong_delta', merged_into_2025: '92' },
	{ code: '94', name_vi: 'Sóc Trăng', name_en: 'Soc Trang', kind: 'province', region: 'mekong_delta', merged_into_2025: '92' },
	{ code: '95', name_vi: 'Bạc Liêu', name_en: 'Bac Lieu', kind: 'province', region: 'mekong_delta', merged_into_2025: '96' },
	{ code: '96', name_vi: 'Cà Mau', name_en: 'Ca Mau', kind: 'province', region: 'mekong_delta', merged_into_2025: '96' }
];

export const PROVINCES_34: readonly Province34[] = [
	{ code: '01', name_vi: 'Hà Nội', name_en: 'Ha Noi', kind: 'city', region: 'red_river_delta' },
	{ code: '04', name_vi: 'Cao Bằng', name_en: 'Cao Bang', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '08', name_vi: 'Tuyên Quang', name_en: 'Tuyen Quang', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '11', name_vi: 'Điện Biên', name_en: 'Dien Bien', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '12', name_vi: 'Lai Châu', name_en: 'Lai Chau', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '14', name_vi: 'Sơn La', name_en: 'Son La', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '15', name_vi: 'Lào Cai', name_en: 'Lao Cai', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '19', name_vi: 'Thái Nguyên', name_en: 'Thai Nguyen', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '20', name_vi: 'Lạng Sơn', name_en: 'Lang Son', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '22', name_vi: 'Quảng Ninh', name_en: 'Quang Ninh', kind: 'province', region: 'red_river_delta' },
	{ code: '24', name_vi: 'Bắc Ninh', name_en: 'Bac Ninh', kind: 'province', region: 'red_river_delta' },
	{ code: '25', name_vi: 'Phú Thọ', name_en: 'Phu Tho', kind: 'province', region: 'northern_midlands_mountains' },
	{ code: '31', name_vi: 'Hải Phòng', name_en: 'Hai Phong', kind: 'city', region: 'red_river_delta' },
	{ code: '33', name_vi: 'Hưng Yên', name_en: 'Hung Yen', kind: 'province', region: 'red_river_delta' },
	{ code: '37', name_vi: 'Ninh Bình', name_en: 'Ninh Binh', kind: 'province', region: 'red_river_delta' },
	{ code: '38', name_vi: 'Thanh Hóa', name_en: 'Thanh Hoa', kind: 'province', region: 'north_central_coast' },
	{ code: '40', name_vi: 'Nghệ An', name_en: 'Nghe An', kind: 'province', region: 'north_central_coast' },
	{ code: '42', name_vi: 'Hà Tĩnh', name_en: 'Ha Tinh', kind: 'province', region: 'north_central_coast' },
	{ code: '44', name_vi: 'Quảng Trị', name_en: 'Quang Tri', kind: 'province', region: 'north_central_coast' },
	{ code: '46', name_vi: 'Huế', name_en: 'Hue', kind: 'city', region: 'north_central_coast' },
	{ code: '48', name_vi: 'Đà Nẵng', name_en: 'Da Nang', kind: 'city', region: 'north_central_coast' },
	{ code: '51', name_vi: 'Quảng Ngãi', name_en: 'Quang Ngai', kind: 'province', region: 'north_central_coast' },
	{ code: '52', name_vi: 'Gia Lai', name_en: 'Gia Lai', kind: 'province', region: 'central_highlands' },
	{ code: '56', name_vi: 'Khánh Hòa', name_en: 'Khanh Hoa', kind: 'province', region: 'north_central_coast' },
	{ code: '66', name_vi: 'Đắk Lắk', name_en: 'Dak Lak', kind: 'province', region: 'central_highlands' },
	{ code: '68', name_vi: 'Lâm Đồng', name_en: 'Lam Dong', kind: 'province', region: 'central_highlands' },
	{ code: '75', name_vi: 'Đồng Nai', name_en: 'Dong Nai', kind: 'province', region: 'southeast' },
	{ code: '79', name_vi: 'TP. Hồ Chí Minh', name_en: 'Ho Chi Minh City', kind: 'city', region: 'southeast' },
	{ code: '80', name_vi: 'Tây Ninh', name_en: 'Tay Ninh', kind: 'province', region: 'southeast' },
	{ code: '82', name_vi: 'Đồng Tháp', name_en: 'Dong Thap', kind: 'province', region: 'mekong_delta' },
	{ code: '86', name_vi: 'Vĩnh Long', name_en: 'Vinh Long', kind: 'province', region: 'mekong_delta' },
	{ code: '91', name_vi: 'An Giang', name_en: 'An Giang', kind: 'province', region: 'mekong_delta' },
	{ code: '92', name_vi: 'Cần Thơ', name_en: 'Can Tho', kind: 'city', region: 'mekong_delta' },
	{ code: '96', name_vi: 'Cà Mau', name_en: 'Ca Mau', kind: 'province', region: 'mekong_delta' }
];

const BY_CODE_63 = new Map(PROVINCES_63.map((p) => [p.code, p]));
const BY_CODE_34 = new Map(PROVINCES_34.map((p) => [p.code, p]));

export function province63(code: string): Province63 | undefined {
	return BY_CODE_63.get(code);
}

export function province34(code: string): Province34 | undefined {
	return BY_CODE_34.get(code);
}

/** The 34-unit code a 63-unit province merged into (undefined for an unknown code). */
export function province34For(code63: string): string | undefined {
	return BY_CODE_63.get(code63)?.merged_into_2025;
}

/** The 63-unit codes that make up a 34-unit province. */
export function componentsOf34(code34: string): string[] {
	return PROVINCES_63.filter((p) => p.merged_into_2025 === code34).map((p) => p.code);
}

/** Which list is in force on a date ('YYYY-MM-DD'; ISO strings compare as dates). */
export function boundaryOn(dateIso: string): BoundaryMode {
	return dateIso.slice(0, 10) < MERGER_DATE ? '63' : '34';
}

/** True when `code` is a province code in the boundaries in force on `dateIso`. */
export function isValidProvinceCode(code: string, dateIso: string): boolean {
	return boundaryOn(dateIso) === '63' ? BY_CODE_63.has(code) : BY_CODE_34.has(code);
}

export function regionLabel(region: Region, lang: 'vi' | 'en'): string {
	return REGION_LABELS[region][lang];
}
