// Strings of the province map (ProvinceMap registers them: only pages that draw a map carry them).
export const messages = {
	vi: {
		'map.figure': 'Bản đồ: {title}. Nhấn vào một tỉnh để mở trang của tỉnh; bảng bên dưới có cùng số liệu.',
		'map.locator': 'Bản đồ vị trí của {name}',
		'map.loading': 'Đang tải bản đồ…',
		'map.error': 'Không tải được bản đồ: {message}',
		'map.legend': 'Chú giải',
		'map.quartile': 'Nhóm phần tư',
		'map.quartile_1': 'Nhóm 1/4 tốt nhất',
		'map.quartile_2': 'Nhóm 1/4 thứ hai',
		'map.quartile_3': 'Nhóm 1/4 thứ ba',
		'map.quartile_4': 'Nhóm 1/4 thấp nhất',
		'map.suppressed': 'Quá ít phiếu',
		'map.no_data': 'Không có số liệu',
		'map.attribution': 'Ranh giới: Open Development Vietnam',
		'map.hoang_sa': 'Quần đảo Hoàng Sa',
		'map.truong_sa': 'Quần đảo Trường Sa',
		'map.table': 'Bảng số liệu của bản đồ (liên kết đến trang từng tỉnh)',
		'map.col_unit': 'Tỉnh, thành phố'
	},
	en: {
		'map.figure': 'Map: {title}. Select a province to open its page; the table below holds the same figures.',
		'map.locator': 'Map locating {name}',
		'map.loading': 'Loading the map…',
		'map.error': 'The map could not be loaded: {message}',
		'map.legend': 'Legend',
		'map.quartile': 'Quartile',
		'map.quartile_1': 'Best quarter',
		'map.quartile_2': 'Second quarter',
		'map.quartile_3': 'Third quarter',
		'map.quartile_4': 'Bottom quarter',
		'map.suppressed': 'Too few responses',
		'map.no_data': 'No data',
		'map.attribution': 'Boundaries: Open Development Vietnam',
		'map.hoang_sa': 'Hoang Sa (Paracel) Islands',
		'map.truong_sa': 'Truong Sa (Spratly) Islands',
		'map.table': 'The map as a table (links to each province’s page)',
		'map.col_unit': 'Province'
	}
};
