// How exports that use the National Public Service Portal's field names (the sync of dossiers to
// dichvucong.gov.vn) map to the contract's columns, and how coded values map to the contract's
// enumerations. Names are matched case-insensitively. A file may mix contract names and portal
// names; two columns that map to the same contract column make the file refused.
//
// | portal field            | contract column       | values                                                   |
// |-------------------------|-----------------------|----------------------------------------------------------|
// | MaHoSo                  | dossier_id            |                                                          |
// | MaTinh                  | province_code         | statistics-office code (1 → 01)  [a)]                    |
// | CapThucHien, CapDonVi   | agency_level          | tỉnh/huyện/xã or province/district/commune  [a)]         |
// | DonViXuLy               | agency_name           |                                                          |
// | MaTTHC                  | procedure_code        |                                                          |
// | TenLinhVuc, LinhVuc     | sector                | text as exported (NFC-normalised)                        |
// | KenhThucHien            | channel               | 1 in_person, 2 online, 3 postal                          |
// | MucDo                   | service_level         | 2 offline, 3 partial_online, 4 full_online; 1 offline b) |
// | NgayTiepNhan            | received_at           | yyyyMMddHHmmss, dd/MM/yyyy[ HH:mm[:ss]], ISO 8601        |
// | NgayHenTra              | due_at                | same                                                     |
// | NgayKetThucXuLy         | finished_at           | same                                                     |
// | NgayTra                 | returned_at           | same                                                     |
// | TrangThaiHoSo           | status                | see STATUS_CODES below                                   |
// | SoNgayBoSung            | supplement_days       | number (a decimal comma is accepted)  [a)]               |
// | TrungTamMotCap          | via_one_level_centre  | boolean  [a)]                                            |
// | DuocThanhToanTrucTuyen  | paid_online           | boolean                                                  |
// | HoSoCoThanhPhanSoHoa    | digitized             | boolean                                                  |
// | CoKetQuaDienTu          | e_result              | boolean  [a)]                                            |
//
// MaDonVi (the portal's agency code, e.g. 000.00.01.H56) is NOT read as the province: its
// letter code (H56) is the portal's own numbering, not the statistics office's; an export must
// carry the statistics code (MaTinh or province_code).
// a) Not a field of the portal sync itself: the province code, the level and these flags are
//    added by the provincial system that exports; these are the names we accept for them.
// b) Level 1 (information only) cannot take a dossier online, so it is read as offline like 2.
// Booleans: true = 1, true, t, yes, y, có, co; false = 0, false, f, no, n, không, khong
// (case-insensitive). Any other value makes the file refused (the column cannot be cast).
//
// TrangThaiHoSo: 1 "mới đăng ký" is a dossier submitted online that the agency has not yet
// accepted. It has no receipt in the agency's sense, so it is not a dossier of the dashboard:
// it is mapped to `registered` and excluded under the rule `not_yet_received` (counted, shown on
// the data-quality page), rather than being counted as received.

import type { InputKind } from './columns';

export const PORTAL_FIELD_NAMES: Record<InputKind, Record<string, readonly string[]>> = {
	dossiers: {
		dossier_id: ['MaHoSo'],
		province_code: ['MaTinh'],
		agency_level: ['CapThucHien', 'CapDonVi'],
		agency_name: ['DonViXuLy'],
		procedure_code: ['MaTTHC'],
		sector: ['TenLinhVuc', 'LinhVuc'],
		channel: ['KenhThucHien'],
		service_level: ['MucDo'],
		received_at: ['NgayTiepNhan'],
		due_at: ['NgayHenTra'],
		finished_at: ['NgayKetThucXuLy'],
		returned_at: ['NgayTra'],
		status: ['TrangThaiHoSo'],
		supplement_days: ['SoNgayBoSung'],
		via_one_level_centre: ['TrungTamMotCap'],
		paid_online: ['DuocThanhToanTrucTuyen'],
		digitized: ['HoSoCoThanhPhanSoHoa'],
		e_result: ['CoKetQuaDienTu']
	},
	// SIPAS exports come from the survey team, not the portal: contract names only.
	survey_responses: {}
};

/** TrangThaiHoSo code → contract status (DATA-CONTRACT.md; 1 → `registered`, see above). */
export const STATUS_CODES: Record<string, string> = {
	'1': 'registered',
	'2': 'received',
	'3': 'refused',
	'4': 'in_progress',
	'5': 'supplement_requested',
	'6': 'financial_obligation',
	'7': 'withdrawn',
	'8': 'stopped',
	'9': 'finished',
	'10': 'returned'
};

/**
 * Lower-cased, trimmed input value → contract value, per enumeration column. The contract's own
 * values map to themselves (so `Online` is read as `online`). Any other value is kept as written
 * and the row is excluded by the rule `unknown_<column>`.
 */
export const ENUM_VALUE_MAPS: Record<string, Record<string, string>> = {
	channel: {
		'1': 'in_person',
		'2': 'online',
		'3': 'postal',
		'trực tiếp': 'in_person',
		'trực tuyến': 'online',
		'bưu chính': 'postal'
	},
	service_level: {
		'1': 'offline',
		'2': 'offline',
		'3': 'partial_online',
		'4': 'full_online',
		'toàn trình': 'full_online',
		'một phần': 'partial_online'
	},
	status: STATUS_CODES,
	agency_level: {
		tỉnh: 'province',
		'cấp tỉnh': 'province',
		huyện: 'district',
		'cấp huyện': 'district',
		xã: 'commune',
		'cấp xã': 'commune'
	},
	respondent_type: { 'người dân': 'citizen', 'công dân': 'citizen', 'tổ chức': 'organization' },
	area: { 'thành thị': 'urban', 'nông thôn': 'rural' }
};

export const BOOLEAN_TRUE = ['1', 'true', 't', 'yes', 'y', 'có', 'co'] as const;
export const BOOLEAN_FALSE = ['0', 'false', 'f', 'no', 'n', 'không', 'khong'] as const;
