// A small typed table and view description shared by the export tests.
import type { ExportMeta, MetaLabels } from './export-meta';
import type { ExportTable } from './table-export';

export const fixtureMeta: ExportMeta = {
	view: 'Xu hướng',
	viewSlug: 'trends',
	title: 'Thời gian xử lý, trung vị',
	period: { from: '2024-01', to: '2024-12' },
	filters: [{ label: 'Địa giới', value: '34 tỉnh (hiện hành)' }],
	source: 'demo',
	dataDate: '2025-01-10',
	url: 'http://localhost/trends/?from=2024-01'
};

export const fixtureLabels: MetaLabels = {
	title: 'Tiêu đề',
	view: 'Trang',
	period: 'Kỳ số liệu',
	source: 'Nguồn',
	sourceDemo: 'Dữ liệu mô phỏng',
	sourceImport: 'Số liệu đã nhập',
	sourceFile: 'Tệp người đọc chọn',
	dataDate: 'Ngày trích xuất dữ liệu',
	link: 'Đường dẫn',
	demoMark: 'DỮ LIỆU MÔ PHỎNG / SIMULATED DATA'
};

export const fixtureTable: ExportTable = {
	columns: [
		{ label: 'Tỉnh', header: 'Tỉnh', kind: 'text', digits: 0, unit: null, definition: null },
		{ label: 'Tháng', header: 'Tháng', kind: 'month', digits: 0, unit: null, definition: null },
		{ label: 'Tỷ lệ', header: 'Tỷ lệ (%)', kind: 'percent', digits: 1, unit: '%', definition: 'Đúng hạn / đã giải quyết' },
		{ label: 'Thay đổi', header: 'Thay đổi', kind: 'number', digits: 2, unit: null, definition: null }
	],
	rows: [
		['Hà Nội; cũ', '2024-01', 81.6, -0.54],
		['=HYPERLINK("x")', '2024-02', null, 1234.5]
	]
};
