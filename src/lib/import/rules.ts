// The validation rules, in the order they are applied: a row that breaks several rules is
// counted under the first (DATA-LAYOUT.md). Each rule is a SQL predicate over one row of the
// typed input, true when the row breaks it; `code` is the reason stored with the excluded row
// and the key of its description in the UI's messages (`quality.rule.<code>`).
//
// Predicates may use the contract's columns (typed; ratings as DOUBLE) and these helper columns
// that the pipeline computes beside them:
//   _is_repeat      the id appeared on an earlier row (input order: file, then row)
//   _in_63, _in_34  the province code is in the 63-unit / 34-unit list
//   _after_merger   the row is dated on or after the merger (dossiers: received_at; survey:
//                   survey_year ≥ the merger's year, since SIPAS rounds from 2025 use 34 units)
//   _export_date    the export date (DATE)
//   _cal_from, _cal_to  first and last day of the working-day calendar
//   _processing_wd  processing time in working days (finished, non-withdrawn rows), else NULL

import {
	AGENCY_LEVELS,
	AREAS,
	CHANNELS,
	DOSSIER_COLUMNS,
	RESPONDENT_TYPES,
	SERVICE_LEVELS,
	STATUSES,
	SURVEY_COLUMNS,
	type ColumnSpec,
	type InputKind
} from './columns';
import { ident, literal } from './sql-text';

export interface Rule {
	code: string;
	/** SQL predicate, true when the row breaks the rule (NULL counts as not broken). */
	predicate: string;
	description: { vi: string; en: string };
}

function nullRequired(columns: readonly ColumnSpec[], skip: string[] = []): string {
	return columns
		.filter((c) => c.required && !skip.includes(c.name))
		.map((c) => `${ident(c.name)} IS NULL`)
		.join(' OR ');
}

function notIn(column: string, values: readonly string[]): string {
	return `${ident(column)} NOT IN (${values.map(literal).join(', ')})`;
}

/** True when a text value is past its column's limit (columns.ts TEXT_LIMITS). */
function tooLong(columns: readonly ColumnSpec[]): string {
	return columns
		.filter((c) => c.maxLength !== undefined)
		.map((c) => `length(${ident(c.name)}) > ${c.maxLength}`)
		.join(' OR ');
}

// First: a value of a megabyte is a broken row, whatever else it breaks.
const TEXT_TOO_LONG = {
	vi: 'Giá trị văn bản dài quá giới hạn của cột (lĩnh vực 200 ký tự, tên cơ quan 300, mã 100)',
	en: "A text value is longer than its column's limit (sector 200 characters, agency name 300, ids 100)"
};

const NULL_REQUIRED = { vi: 'Thiếu giá trị ở cột bắt buộc', en: 'A required column is empty' };
const DUPLICATE_ID = {
	vi: 'Mã trùng với một dòng trước đó (giữ dòng đầu tiên)',
	en: 'Identifier repeats an earlier row (the first is kept)'
};
const UNKNOWN_PROVINCE = { vi: 'Mã tỉnh không có trong danh mục', en: 'Province code not in the lists' };
const PROVINCE_NOT_VALID = {
	vi: 'Mã tỉnh không hợp lệ vào thời điểm đó (mã 63 tỉnh sau sáp nhập 1/7/2025 hoặc ngược lại)',
	en: 'Province code not valid at that date (a 63-unit code after the 1 July 2025 merger, or the reverse)'
};

export const DOSSIER_RULES: readonly Rule[] = [
	{ code: 'text_too_long', predicate: tooLong(DOSSIER_COLUMNS), description: TEXT_TOO_LONG },
	{ code: 'null_required', predicate: nullRequired(DOSSIER_COLUMNS), description: NULL_REQUIRED },
	{ code: 'duplicate_id', predicate: '_is_repeat', description: DUPLICATE_ID },
	{ code: 'unknown_province', predicate: 'NOT (_in_63 OR _in_34)', description: UNKNOWN_PROVINCE },
	{
		code: 'province_not_valid_on_date',
		predicate: '(_after_merger AND NOT _in_34) OR (NOT _after_merger AND NOT _in_63)',
		description: PROVINCE_NOT_VALID
	},
	{
		code: 'received_before_2000',
		predicate: "received_at < TIMESTAMP '2000-01-01'",
		description: { vi: 'Ngày tiếp nhận trước năm 2000', en: 'Received before 2000' }
	},
	{
		code: 'received_after_export',
		predicate: 'CAST(received_at AS DATE) > _export_date',
		description: { vi: 'Ngày tiếp nhận sau ngày xuất dữ liệu', en: 'Received after the export date' }
	},
	{
		code: 'finished_before_received',
		predicate: 'finished_at < received_at',
		description: { vi: 'Ngày kết thúc xử lý trước ngày tiếp nhận', en: 'Finished before it was received' }
	},
	{
		code: 'due_before_received',
		predicate: 'due_at < received_at',
		description: { vi: 'Ngày hẹn trả trước ngày tiếp nhận', en: 'Due before it was received' }
	},
	{
		// Not in DATA-CONTRACT.md: a finish after the export is impossible and would put figures in
		// months the export has not reached.
		code: 'finished_after_export',
		predicate: 'CAST(finished_at AS DATE) > _export_date',
		description: { vi: 'Ngày kết thúc xử lý sau ngày xuất dữ liệu', en: 'Finished after the export date' }
	},
	{
		code: 'not_yet_received',
		predicate: "status = 'registered'",
		description: {
			vi: 'Hồ sơ mới đăng ký, chưa được tiếp nhận (TrangThaiHoSo 1)',
			en: 'Registered online but not yet accepted by the agency (TrangThaiHoSo 1)'
		}
	},
	{
		code: 'unknown_agency_level',
		predicate: notIn('agency_level', AGENCY_LEVELS),
		description: { vi: 'Cấp xử lý không hợp lệ', en: 'Unknown agency level' }
	},
	{
		code: 'unknown_channel',
		predicate: notIn('channel', CHANNELS),
		description: { vi: 'Kênh thực hiện không hợp lệ', en: 'Unknown channel' }
	},
	{
		code: 'unknown_service_level',
		predicate: notIn('service_level', SERVICE_LEVELS),
		description: { vi: 'Mức độ dịch vụ không hợp lệ', en: 'Unknown service level' }
	},
	{
		code: 'unknown_status',
		predicate: notIn('status', STATUSES),
		description: { vi: 'Trạng thái hồ sơ không hợp lệ', en: 'Unknown status' }
	},
	{
		code: 'district_after_merger',
		predicate: "agency_level = 'district' AND _after_merger",
		description: {
			vi: 'Cấp huyện sau ngày 1/7/2025 (cấp huyện đã bỏ)',
			en: 'District level on or after 1 July 2025 (districts were abolished)'
		}
	},
	{
		code: 'negative_supplement_days',
		predicate: 'supplement_days < 0 OR NOT isfinite(supplement_days)',
		description: { vi: 'Số ngày chờ bổ sung âm', en: 'Negative supplement days' }
	},
	{
		// Not in DATA-CONTRACT.md: processing time needs both dates inside the calendar table.
		code: 'outside_calendar',
		predicate: 'CAST(received_at AS DATE) < _cal_from OR CAST(received_at AS DATE) > _cal_to OR CAST(finished_at AS DATE) > _cal_to',
		description: {
			vi: 'Ngày nằm ngoài lịch ngày làm việc (thay lịch bằng --calendar)',
			en: 'Date outside the working-day calendar (replace it with --calendar)'
		}
	},
	{
		code: 'supplement_exceeds_duration',
		predicate: '_processing_wd < 0',
		description: {
			vi: 'Số ngày chờ bổ sung lớn hơn thời gian xử lý',
			en: 'Supplement days exceed the processing time'
		}
	}
];

export const SURVEY_RULES: readonly Rule[] = [
	{ code: 'text_too_long', predicate: tooLong(SURVEY_COLUMNS), description: TEXT_TOO_LONG },
	{ code: 'null_required', predicate: nullRequired(SURVEY_COLUMNS, ['weight']), description: NULL_REQUIRED },
	{ code: 'duplicate_id', predicate: '_is_repeat', description: DUPLICATE_ID },
	{ code: 'unknown_province', predicate: 'NOT (_in_63 OR _in_34)', description: UNKNOWN_PROVINCE },
	{
		code: 'province_not_valid_on_date',
		predicate: '(_after_merger AND NOT _in_34) OR (NOT _after_merger AND NOT _in_63)',
		description: PROVINCE_NOT_VALID
	},
	{
		code: 'survey_year_out_of_range',
		predicate: 'survey_year < 2000 OR survey_year > year(_export_date)',
		description: {
			vi: 'Năm khảo sát trước 2000 hoặc sau ngày xuất dữ liệu',
			en: 'Survey year before 2000 or after the export date'
		}
	},
	{
		code: 'unknown_respondent_type',
		predicate: notIn('respondent_type', RESPONDENT_TYPES),
		description: { vi: 'Loại người trả lời không hợp lệ', en: 'Unknown respondent type' }
	},
	{
		code: 'unknown_area',
		predicate: notIn('area', AREAS),
		description: { vi: 'Khu vực không hợp lệ', en: 'Unknown area' }
	},
	{
		code: 'weight_not_positive',
		predicate: 'weight IS NULL OR weight <= 0 OR NOT isfinite(weight)',
		description: { vi: 'Trọng số trống hoặc không dương', en: 'Weight missing or not positive' }
	}
];

export function rulesFor(kind: InputKind): readonly Rule[] {
	return kind === 'dossiers' ? DOSSIER_RULES : SURVEY_RULES;
}

/** `CASE` giving the code of the first rule a row breaks, NULL when it breaks none. */
export function reasonCase(rules: readonly Rule[]): string {
	const whens = rules.map((r) => `WHEN coalesce((${r.predicate}), false) THEN ${literal(r.code)}`);
	return `CASE ${whens.join(' ')} END`;
}

/**
 * Survey answers: a rating outside 1–5 (or not a whole number) does not exclude the row; that
 * answer is treated as not answered and counted (`answers_invalid`, `survey_cube.n_invalid`).
 */
export const INVALID_RATING = {
	code: 'rating_out_of_range',
	predicate: (column: string): string => `(${ident(column)} IS NOT NULL AND ${ident(column)} NOT IN (1, 2, 3, 4, 5))`,
	description: {
		vi: 'Điểm đánh giá ngoài thang 1–5 (coi như không trả lời)',
		en: 'Rating outside 1–5 (treated as not answered)'
	}
} as const;
