// Strings of the methodology page: the definitions of METRICS.md in plain words.
// {placeholders} are filled from src/lib/reference (demo effects, calendar) by the page.
export const messages = {
	vi: {
		'methodology.title': 'Phương pháp',
		'methodology.lead':
			'Mỗi con số trên trang được tính bằng một câu lệnh SQL từ dữ liệu hồ sơ và khảo sát. Trang này giải thích cách tính; chỗ nào theo phương pháp chính thức thì ghi rõ, chỗ nào là cách tính gần đúng của chúng tôi cũng ghi rõ.',
		'methodology.toc': 'Nội dung',
		'methodology.ontime.title': 'Hồ sơ đúng hạn',
		'methodology.ontime.p1':
			'Theo quy tắc của Cổng Dịch vụ công quốc gia (Quyết định 766/QĐ-TTg, chỉ tiêu 2.1): một hồ sơ đã giải quyết là đúng hạn nếu ngày kết thúc xử lý không muộn hơn ngày hẹn trả (so sánh theo ngày); sớm hạn nếu trước ngày hẹn, trễ hạn nếu sau.',
		'methodology.ontime.p2':
			'Hồ sơ còn tồn mà ngày hẹn trả đã qua vào cuối kỳ được coi là quá hạn và tính là trễ. Tỷ lệ đúng hạn = (sớm hạn + đúng hạn) / (hồ sơ giải quyết trong kỳ có ngày hẹn + hồ sơ quá hạn còn tồn cuối kỳ). Hồ sơ không có ngày hẹn trả được báo cáo riêng, không bao giờ tính là đúng hạn. Hồ sơ do người nộp rút không tính vào tỷ lệ này, cũng không tính là đã giải quyết: trên mọi trang, số hồ sơ giải quyết xong không gồm hồ sơ bị rút, và hồ sơ bị rút được đếm riêng.',
		'methodology.workdays.title': 'Ngày làm việc và lịch',
		'methodology.workdays.p1':
			'Ngày làm việc là thứ Hai đến thứ Sáu, trừ các ngày nghỉ chính thức (Tết và các ngày lễ theo Điều 112 Bộ luật Lao động 2019, cùng các ngày nghỉ bù, hoán đổi do Chính phủ thông báo hằng năm), cộng các ngày thứ Bảy làm bù ({saturdays}).',
		'methodology.workdays.p2':
			'Bảng lịch là một phần của dự án, có ghi nguồn (thông báo của Bộ Lao động – Thương binh và Xã hội, công văn của Văn phòng Chính phủ, ý kiến của Thủ tướng), đã đối chiếu cho các năm {verified}; người dùng có thể thay bằng tệp CSV của mình. Kỳ nghỉ Tết đã đối chiếu: 20–26/01/2023, 08–14/02/2024, 25/01–02/02/2025, 14–22/02/2026.',
		'methodology.processing.title': 'Thời gian xử lý',
		'methodology.processing.p1':
			'Số ngày làm việc sau ngày tiếp nhận cho đến hết ngày kết thúc xử lý (xong trong ngày = 0), trừ số ngày chờ người nộp bổ sung hồ sơ. Chỉ tính hồ sơ đã giải quyết, theo tháng kết thúc xử lý.',
		'methodology.processing.p2':
			'Trang hiển thị trung vị (một nửa số hồ sơ xong trong thời gian này) và phân vị 90 (90% số hồ sơ), vì số trung bình che mất phần đuôi dài của các hồ sơ chậm. Phân vị là phân vị rời rạc, không nội suy: giá trị nhỏ nhất mà ít nhất một nửa (hoặc 90%) số hồ sơ không vượt quá. Chúng được tính từ biểu đồ tần suất làm tròn 0,1 ngày, sai lệch không quá 0,05 ngày so với tính trên từng hồ sơ.',
		'methodology.shares.title': 'Các tỷ lệ',
		'methodology.shares.p1':
			'Tỷ lệ nộp trực tuyến = hồ sơ nộp qua kênh trực tuyến / tổng hồ sơ tiếp nhận trong kỳ. Tỷ lệ dịch vụ công trực tuyến toàn trình = hồ sơ ở mức toàn trình / tổng hồ sơ.',
		'methodology.shares.p2':
			'Tỷ lệ thanh toán trực tuyến, số hóa hồ sơ và trả kết quả điện tử được tính trên các hồ sơ có thông tin đó; hồ sơ để trống được báo cáo là “không có thông tin”, không tính là “không”.',
		'methodology.backlog.title': 'Hồ sơ tồn',
		'methodology.backlog.p1':
			'Hồ sơ tồn là hồ sơ đã tiếp nhận nhưng chưa giải quyết xong vào cuối kỳ; hồ sơ quá hạn còn tồn là những hồ sơ trong số đó đã qua ngày hẹn trả.',
		'methodology.score.title': 'Điểm phục vụ từ dữ liệu hồ sơ (tham khảo Quyết định 766) — không phải điểm chính thức',
		'methodology.score.p1':
			'Bộ chỉ số chính thức theo Quyết định 766 có năm nhóm (công khai minh bạch 18, tiến độ giải quyết 20, số hóa 22, dịch vụ trực tuyến 22, mức độ hài lòng 18 = 100 điểm) và cần dữ liệu mà trang này không có.',
		'methodology.score.p2':
			'Trang chỉ tính phần mà dữ liệu hồ sơ cho phép: tiến độ (tỷ lệ đúng hạn, 20 điểm), dịch vụ trực tuyến (tỷ lệ trực tuyến so với ngưỡng 50%, 12 điểm), thanh toán trực tuyến (ngưỡng 80%, 10 điểm), số hóa (ngưỡng 80%, 22 điểm), rồi quy về thang 100. Quy đổi như chính thức: đạt ngưỡng thì được đủ điểm, chưa đạt thì điểm × tỷ lệ / ngưỡng. Điểm này luôn được ghi là “tham khảo 766, từ dữ liệu hồ sơ; không phải điểm chính thức”.',
		'methodology.sipas.title': 'Chỉ số hài lòng SIPAS',
		'methodology.sipas.p1':
			'Chỉ số của từng tiêu chí (tiếp cận dịch vụ, thủ tục hành chính, công chức, kết quả dịch vụ, tiếp nhận và xử lý góp ý) là tỷ lệ có trọng số của người trả lời chấm 4 hoặc 5 điểm, trong số người trả lời tiêu chí đó. Chỉ số SIPAS là trung bình của năm chỉ số tiêu chí. Cách tính chính thức gộp nhiều tiêu chí con hơn; chỉ số ở đây được ghi là tính từ điểm các tiêu chí trong dữ liệu.',
		'methodology.sipas.p2':
			'Mỗi chỉ số có khoảng tin cậy 95%, tính theo cùng một cách ở mọi trang (tổng quan, xếp hạng, từng tỉnh và cả nước). Phương sai được ước lượng theo thiết kế mẫu bằng tuyến tính hóa: mỗi người trả lời đóng góp z = Σ_k w (y_k − R_k) / (K W_k) trên các tiêu chí người đó đã trả lời (K = 5 với chỉ số SIPAS, 1 với một tiêu chí), nên tương quan giữa các câu trả lời của cùng một người cho các tiêu chí khác nhau được tính chính xác, không phải giả định. Các đóng góp được cộng theo đơn vị mẫu sơ cấp (xã, cụm); khi dữ liệu không có đơn vị mẫu sơ cấp, mỗi người trả lời là một đơn vị (dữ liệu giữ các tổng chéo giữa các tiêu chí cần cho việc này), và một tầng chỉ có một đơn vị mẫu sơ cấp trong nhóm đang xem (ví dụ chỉ tổ chức) cũng được tính như vậy. Tầng là tỉnh nơi cuộc khảo sát chọn mẫu: 63 tỉnh với các cuộc khảo sát trước khi sáp nhập (1/7/2025), 34 đơn vị từ năm 2025, kể cả khi chế độ 34 đơn vị gộp các tỉnh cũ lại. Khoảng tin cậy là khoảng Wilson trên cỡ mẫu hiệu dụng I(1 − I) / phương sai (không quá K lần n_eff Kish = (Σw)² / Σw² nhỏ nhất của các tiêu chí), vẫn đúng khi tỷ lệ gần 0% hoặc 100%. Giá trị tới hạn: phân phối t Student với (số đơn vị mẫu sơ cấp − số tầng) bậc tự do khi dữ liệu có đơn vị mẫu sơ cấp; z = 1,96 của phân phối chuẩn khi không có.',
		'methodology.sipas.p3':
			'Ô nhỏ: một số liệu chỉ được hiển thị khi mọi tiêu chí trong đó có ít nhất {min} câu trả lời hợp lệ (quyết định bởi tiêu chí ít câu trả lời nhất, không phải số phiếu); nếu không, số liệu bị ẩn (“quá ít phiếu trả lời”) và không bao giờ được xếp hạng. Số liệu công bố để đối chiếu: SIPAS 2022 80,08%, 2023 82,66%, 2024 83,94%.',
		'methodology.ranks.title': 'Khoảng thứ hạng',
		'methodology.ranks.p1':
			'Thứ hạng của một tỉnh có sai số vì chỉ số có sai số. Trang rút ngẫu nhiên nhiều lần chỉ số của mọi tỉnh từ phân phối mẫu của nó, xếp hạng lại mỗi lần và hiển thị khoảng 90% các thứ hạng có thể bên cạnh thứ hạng. Hai tỉnh có khoảng tin cậy chồng nhau thì không thể nói tỉnh nào “tốt hơn”; giao diện không gợi ý như vậy.',
		'methodology.pilots.title': 'Đánh giá thí điểm Trung tâm phục vụ hành chính công một cấp',
		'methodology.pilots.p1':
			'Thời gian sự kiện: số tháng kể từ ngày bắt đầu của chính tỉnh đó (các tỉnh bắt đầu vào những ngày khác nhau). Nhóm so sánh do người dùng chọn: mọi tỉnh không thí điểm; một nhóm tương đồng (các thành phố trực thuộc trung ương và tỉnh lớn); hoặc một đối chứng tổng hợp (trọng số không âm, tổng bằng 1, trên các tỉnh không thí điểm, khớp nhất với chuỗi số liệu trước thí điểm).',
		'methodology.pilots.p2':
			'Chênh lệch kép (DiD): (tỉnh thí điểm sau − trước) − (nhóm so sánh sau − trước), cho từng chỉ số. Khoảng bất định lấy từ phép hoán vị giả (placebo): ước lượng lại với từng tỉnh không thí điểm đóng vai tỉnh thí điểm giả và xem hiệu ứng thật nằm ở đâu trong phân phối đó — cách suy luận trung thực khi chỉ có bốn đơn vị được can thiệp. Biểu đồ nghiên cứu sự kiện hiển thị khoảng cách theo tháng từ −12 đến +14, kèm dải placebo, để người đọc tự đánh giá giả định xu hướng song song trước thí điểm. Thời gian xử lý được so sánh mặc định qua giá trị trung bình theo tháng: trung vị tính bằng số ngày làm việc nguyên chỉ đổi theo từng bước một ngày, nên chênh lệch kép trên trung vị của bốn tỉnh bị thô và lệch; giá trị trung bình thay đổi theo từng hồ sơ. Chuỗi của mỗi tỉnh được lấy chênh lệch so với trung bình trước thí điểm của chính tỉnh đó; nhóm so sánh của một tháng là trung bình của các tỉnh có số liệu tháng đó, nên một tỉnh ngừng báo cáo sau sáp nhập (ở chế độ 63 tỉnh) chỉ rời khỏi trung bình mà không làm dịch chuyển mức của nó.',
		'methodology.pilots.p3':
			'Ngày bắt đầu của từng tỉnh trong dữ liệu mô phỏng là minh họa (quyết định chỉ nêu giai đoạn 9/2024 – 30/11/2025 và bốn tỉnh: Hà Nội, TP. Hồ Chí Minh, Bình Dương, Quảng Ninh) và được ghi rõ như vậy. Khi nhập dữ liệu thật, ngày bắt đầu thật được đưa vào bằng tệp pilots.csv (npm run data:import -- --pilots pilots.csv); khi đó trang không còn ghi “minh họa”.',
		'methodology.boundaries.title': 'Địa giới 63 và 34 tỉnh',
		'methodology.boundaries.p1':
			'Từ 01/07/2025, 63 tỉnh, thành được sắp xếp lại thành 34 (Nghị quyết 202/2025/QH15). Chế độ 34 tỉnh (hiện hành) chuyển mọi số liệu cũ sang địa giới mới nên mọi giai đoạn so sánh được. Chế độ 63 tỉnh (lịch sử) chỉ đúng cho giai đoạn trước 01/07/2025; hồ sơ từ ngày đó trở đi không được tính, và giao diện báo khi giai đoạn chọn vượt qua mốc này. Bình Dương sáp nhập vào TP. Hồ Chí Minh: ở chế độ 63 tỉnh chuỗi thí điểm của Bình Dương dừng ở mốc sáp nhập; ở chế độ 34 tỉnh nhóm thí điểm là các đơn vị sau sáp nhập.',
		'methodology.map.title': 'Bản đồ các tỉnh',
		'methodology.map.p1':
			'Bản đồ trên trang Xếp hạng tô màu mỗi tỉnh theo nhóm phần tư của chỉ số đang chọn (chỉ số SIPAS, một yếu tố, hoặc một chỉ số hồ sơ), theo địa giới 34 hoặc 63 tỉnh như bộ lọc. Các tỉnh có số liệu được xếp hạng (hạng 1 là tốt nhất; các tỉnh bằng nhau cùng nhận hạng nhỏ hơn), rồi tỉnh hạng r trong n tỉnh thuộc nhóm ⌊4(r − 1)/n⌋ + 1. Vì vậy các tỉnh bằng nhau luôn cùng một nhóm, và một nhóm có thể trống. Chú giải ghi khoảng giá trị của từng nhóm. Biểu đồ cột và bảng xếp hạng dùng đúng quy tắc này.',
		'methodology.map.p2':
			'Tỉnh có dưới {min} phiếu trả lời cho một yếu tố không có số liệu và không được xếp hạng: trên bản đồ tỉnh đó được tô màu xám đậm, ghi «quá ít phiếu»; tỉnh không có số liệu được tô xám nhạt. Nhấn vào một tỉnh để mở trang của tỉnh; bảng dưới bản đồ có cùng số liệu, mỗi dòng liên kết đến trang tỉnh.',
		'methodology.map.p3':
			'Bản đồ luôn thể hiện và ghi tên quần đảo Hoàng Sa (thuộc TP. Đà Nẵng) và quần đảo Trường Sa (thuộc tỉnh Khánh Hòa); mỗi đảo được đánh dấu bằng một chấm cùng màu với tỉnh. Ranh giới lấy từ bộ dữ liệu «Địa phận tỉnh» của Open Development Vietnam (qua kho TaliaCao/Vietnam-Shape-Map, giấy phép MIT), đã được đơn giản hoá cho trình duyệt và nối với mã tỉnh của Tổng cục Thống kê theo tên. Bản đồ do chính trang web cung cấp, không dùng dịch vụ bản đồ bên ngoài.',
		'methodology.profiles.title': 'Hồ sơ tỉnh',
		'methodology.profiles.p1':
			'Mỗi đơn vị có một trang hồ sơ: 34 đơn vị hiện hành tại /provinces/<mã>/, 63 tỉnh trước sáp nhập tại /provinces/63-<mã>/ (cùng một mã có thể chỉ hai tỉnh khác nhau trước và sau sáp nhập). Mọi con số trên hồ sơ lấy từ đúng các truy vấn và hàm của trang Xếp hạng, Xu hướng và Thí điểm: chỉ số SIPAS, khoảng tin cậy 95 % và khoảng thứ hạng 90 % là dòng của tỉnh trong bảng xếp hạng năm khảo sát gần nhất; các chỉ tiêu hồ sơ xếp hạng trên các đơn vị cùng địa giới, bên cạnh giá trị cả nước (tính trên toàn bộ hồ sơ, không phải trung bình các tỉnh) và đơn vị tốt nhất. Hồ sơ của tỉnh trước sáp nhập chỉ có số liệu trước 1/7/2025: kỳ vượt quá ngày đó được lùi về kết thúc tháng 6/2025, giữ nguyên độ dài.',
		'methodology.profiles.p2':
			'Câu tóm tắt được sinh tự động. Nó chỉ nói một tỉnh cao hơn hay thấp hơn cả nước khi hai khoảng tin cậy 95 % không chồng nhau; nếu chồng nhau, câu nói rằng không phân biệt được. Các chỉ tiêu hồ sơ không có khoảng tin cậy nên câu chỉ nêu giá trị và thứ hạng, không so sánh. Nhóm so sánh (cùng vùng, các thành phố trực thuộc trung ương, hoặc danh sách tự chọn) được giữ trong địa chỉ trang. Ước lượng thí điểm là của đánh giá mặc định trên trang Thí điểm (63 đơn vị, thời gian xử lý trung bình).',
		'methodology.demo.title': 'Dữ liệu mô phỏng và các hiệu ứng được cài sẵn',
		'methodology.demo.p1':
			'Bộ dữ liệu demo được sinh tất định từ một hạt giống, có các hiệu ứng biết trước để kiểm tra phương pháp (nguồn: src/lib/reference/demo-effects.ts):',
		'methodology.demo.pilot':
			'Thí điểm: thời gian xử lý giảm {pilot} ngày làm việc ở tỉnh thí điểm, tăng dần tuyến tính trong {ramp} ngày kể từ ngày bắt đầu.',
		'methodology.demo.trend':
			'Xu hướng chung: thời gian xử lý thay đổi {trend} ngày làm việc mỗi tháng ở mọi tỉnh như nhau — vì vậy so sánh trước/sau đơn thuần ở tỉnh thí điểm phóng đại hiệu ứng, còn chênh lệch kép thì không.',
		'methodology.demo.tet': 'Trước Tết: hồ sơ tiếp nhận trong {days} ngày trước kỳ nghỉ Tết chậm thêm {delay} ngày làm việc.',
		'methodology.demo.merger':
			'Sáp nhập: hồ sơ tiếp nhận ngay sau 01/07/2025 chậm thêm {extra} ngày làm việc, giảm dần về 0 trong {months} tháng.',
		'methodology.demo.online': 'Tỷ lệ trực tuyến tăng từ {start} lên {end} trong ba năm.',
		'methodology.demo.sipas':
			'SIPAS cả nước được hiệu chỉnh theo {targets}; một số tỉnh cố ý có ít phiếu của tổ chức (dưới 30) để kiểm tra việc ẩn ô nhỏ.',
		'methodology.demo.bad': 'Khoảng {share} số hồ sơ được cố ý làm sai để trang Chất lượng dữ liệu có dòng bị loại.',
		'methodology.demo.truth':
			'Giá trị đúng mà bộ sinh dữ liệu đo được từ kịch bản đối chứng của chính nó nằm trong data/planted-effects.json; các kiểm thử của phần đánh giá thí điểm so ước lượng với giá trị này.',
		'methodology.explore.title': 'Tự kiểm tra tệp trong trình duyệt (/explore/)',
		'methodology.explore.p1':
			'Trang /explore/ kiểm tra một tệp xuất hồ sơ hoặc khảo sát bằng đúng các định nghĩa quy tắc (SQL) của công cụ nhập dữ liệu, không phải một bản viết lại: cùng mã nguồn (src/lib/import/) chạy bằng DuckDB gốc khi nhập và bằng DuckDB-WASM trong trình duyệt. Vì vậy số dòng đọc, giữ lại và loại theo từng lý do, và các khối tổng hợp, trùng với kết quả nhập cùng tệp với cùng ngày xuất dữ liệu; một bài kiểm thử chạy cả hai bộ máy trên cùng các tệp và so từng con số. Khác với khi nhập: một tệp bị từ chối không làm dừng các tệp khác, và lịch ngày làm việc là lịch của dữ liệu đã công bố.',
		'methodology.explore.p2':
			'Tệp không được tải lên đâu cả: CSV được DuckDB đọc trực tiếp từ tệp trên máy, Parquet được giải mã trong trang, và trang không gửi yêu cầu nào ngoài các tệp tĩnh của chính trang web. Tệp quá lớn so với bộ nhớ của trình duyệt bị từ chối trước khi đọc, với giới hạn được nêu rõ; các chỉ số được tính bằng cùng các truy vấn như trang tổng quan và xếp hạng.',
		'methodology.indices.title': 'Chỉ số đã công bố (PAR INDEX, SIPAS, PAPI, PCI)',
		'methodology.indices.p1':
			'PAR INDEX (Chỉ số cải cách hành chính) do Bộ Nội vụ công bố hằng năm cho các bộ và các tỉnh, thành phố: điểm trên thang 0–100, gộp từ tự đánh giá, thẩm định và điều tra xã hội học, chia thành các lĩnh vực (chỉ đạo điều hành, thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ, tài chính công, chính quyền số…) và tiêu chí con. Bộ lĩnh vực và tiêu chí thay đổi theo từng năm.',
		'methodology.indices.p2':
			'SIPAS (Chỉ số hài lòng về sự phục vụ hành chính) cũng do Bộ Nội vụ công bố, từ điều tra người dân và tổ chức, tính bằng tỷ lệ hài lòng (0–100 %) chung và theo từng yếu tố. Khi dữ liệu có phiếu khảo sát, trang Chỉ số công bố đặt SIPAS tính từ phiếu (cùng cách tính với trang Xếp hạng, kèm khoảng tin cậy của mẫu) cạnh giá trị công bố và ghi chênh lệch.',
		'methodology.indices.p3':
			'PAPI (Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh) do Chương trình Phát triển Liên Hợp Quốc (UNDP) cùng các đối tác Việt Nam công bố từ điều tra người dân: tám chỉ số nội dung, mỗi chỉ số trên thang 1–10, tổng hợp trên thang 8–80.',
		'methodology.indices.p4':
			'PCI (Chỉ số năng lực cạnh tranh cấp tỉnh) do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố từ điều tra doanh nghiệp: mười chỉ số thành phần có trọng số, tổng hợp trên thang 0–100.',
		'methodology.indices.p5':
			'Trang này hiển thị giá trị đúng như đã công bố, không tính lại. Chỉ số công bố không kèm khoảng sai số chọn mẫu nên không có khoảng tin cậy nào được vẽ. Hạng của chúng tôi xếp đồng hạng khi bằng điểm (1, 2, 2, 4); hạng công bố được giữ nguyên bên cạnh. Một năm từ 2025 trở đi được tính theo 34 tỉnh, các năm trước theo 63 tỉnh; diễn biến của một tỉnh mới vẽ các tỉnh cũ đã hợp nhất vào nó trước năm 2025 và ngắt đường tại đó. Trung bình cả nước là trung bình cộng của các tỉnh, mỗi tỉnh một lần. Trang hồ sơ của mỗi tỉnh cho thấy các chỉ số đó ở năm gần nhất của tỉnh theo danh sách đơn vị của trang (tỉnh cũ: năm trước 2025; tỉnh mới: từ 2025), cùng các con số như trang Chỉ số đã công bố; bản đồ ở trang Xếp hạng có thể tô màu theo điểm tổng hợp đã công bố (năm gần nhất của chế độ ranh giới), chia nhóm phần tư theo cùng quy tắc, không có khoảng tin cậy.'
	},
	en: {
		'methodology.title': 'Methodology',
		'methodology.lead':
			'Every figure on this site is computed by one SQL query from the dossier and survey data. This page explains how; where a figure follows an official method it says so, and where it is our own approximation it says that too.',
		'methodology.toc': 'Contents',
		'methodology.ontime.title': 'On-time dossiers',
		'methodology.ontime.p1':
			'We follow the National Public Service Portal’s rule (Decision 766/QĐ-TTg, indicator 2.1): a finished dossier is on time when its finishing date is not later than its due date (compared by date); early when before it, late when after it.',
		'methodology.ontime.p2':
			'Open dossiers whose due date has passed at the end of the period are overdue and count as late. On-time rate = (early + on time) / (dossiers finished in the period with a due date + overdue open dossiers at its end). Dossiers without a due date are reported separately, never as on time. Dossiers withdrawn by the applicant are left out of this rate, and are not finished either: on every page the count of finished dossiers leaves them out, and withdrawn dossiers are counted separately.',
		'methodology.workdays.title': 'Working days and the calendar',
		'methodology.workdays.p1':
			'A working day is Monday to Friday, minus the official days off (Tết and the holidays of Labour Code 2019 Art. 112, with the compensation days and swaps the Government announces each year), plus the Saturdays worked as swaps ({saturdays}).',
		'methodology.workdays.p2':
			'The calendar is part of the project and cites its sources (notices of the Ministry of Labour, Invalids and Social Affairs, Government Office letters, the Prime Minister’s decisions); it is checked for {verified}, and a user can replace it with a CSV file. Verified Tết breaks: 20–26/01/2023, 08–14/02/2024, 25/01–02/02/2025, 14–22/02/2026.',
		'methodology.processing.title': 'Processing time',
		'methodology.processing.p1':
			'The working days after the day of receipt up to and including the day of finishing (finished the same day = 0), minus the days spent waiting for the applicant to supplement the dossier. Only finished dossiers, by month of finishing.',
		'methodology.processing.p2':
			'The site shows the median (half of the dossiers finished within it) and the 90th percentile (90 % of them), because a mean hides the long tail of slow dossiers. Percentiles are discrete, never interpolated: the smallest value that at least half (or 90 %) of the dossiers do not exceed. They come from a histogram rounded to 0.1 day, within 0.05 day of the value computed on individual dossiers.',
		'methodology.shares.title': 'Shares',
		'methodology.shares.p1':
			'Online share = dossiers submitted online / all dossiers received in the period. Full-online share = dossiers at the full-online service level / all dossiers.',
		'methodology.shares.p2':
			'Online payment, digitization and electronic-result shares are computed among the dossiers where that information is present; dossiers with it missing are reported as “not reported”, never as “no”.',
		'methodology.backlog.title': 'Backlog',
		'methodology.backlog.p1':
			'The backlog is the dossiers received but not finished at the end of the period; the overdue backlog is those of them past their due date.',
		'methodology.score.title': 'Dossier service score (766-inspired) — not the official score',
		'methodology.score.p1':
			'The official score of Decision 766 has five groups (publicity 18, progress 20, digitization 22, online service 22, satisfaction 18 = 100 points) and needs data this site does not have.',
		'methodology.score.p2':
			'The site computes the part dossier data supports: progress (on-time rate, 20 points), online service (online share against a 50 % threshold, 12), online payment (against 80 %, 10), digitization (against 80 %, 22), rescaled to 100, with the official conversion: full points at or above the threshold, else points × ratio / threshold. It is always labelled “766-inspired, from dossier data; not the official score”.',
		'methodology.sipas.title': 'SIPAS satisfaction index',
		'methodology.sipas.p1':
			'Each factor index (access to services, administrative procedures, civil servants, service results, receiving and handling feedback) is the weighted share of respondents rating 4 or 5 among those who answered that factor. The SIPAS index is the mean of the five factor indices. The official computation combines many more criteria; ours is labelled as computed from the factor ratings in the export.',
		'methodology.sipas.p2':
			'Every index carries a 95 % confidence interval, computed the same way on every page (overview, rankings, each province and the nation). The variance is design-based, by linearisation: each respondent contributes z = Σ_k w (y_k − R_k) / (K W_k) over the factors they answered (K = 5 for the SIPAS index, 1 for a single factor), so the correlation between one person’s answers to different factors is counted exactly, not assumed. Contributions are summed per primary sampling unit (commune, cluster); where the export has no PSU, each respondent is its own unit (the data keeps the cross-factor sums this needs), and so is each respondent of a stratum that has a single PSU in the group viewed (e.g. organisations only). Strata are the provinces the survey was drawn in: the 63 provinces for surveys before the merger (1 July 2025), the 34 units from 2025, even where the 34-unit view groups the old provinces. The interval is Wilson’s on the effective sample size I(1 − I) / variance (at most K times the smallest factor’s Kish n_eff = (Σw)² / Σw²), which behaves near 0 % and 100 %. Critical value: Student’s t on (number of PSUs − number of strata) degrees of freedom when the data has PSUs; the normal z = 1.96 when it has none.',
		'methodology.sipas.p3':
			'Small cells: a figure is shown only when every factor in it has at least {min} valid answers (the factor with the fewest answers decides, not the number of respondents); otherwise it is suppressed (“too few responses”) and never ranked. Published national values to compare with: SIPAS 2022 80.08 %, 2023 82.66 %, 2024 83.94 %.',
		'methodology.ranks.title': 'Rank ranges',
		'methodology.ranks.p1':
			'A province’s rank is uncertain because its index is. The site draws every province’s index many times from its sampling distribution, ranks again each time, and shows the 90 % range of plausible ranks beside the rank. Two provinces whose intervals overlap are not “better” and “worse”; the interface never suggests so.',
		'methodology.pilots.title': 'Evaluating the one-level service-centre pilot',
		'methodology.pilots.p1':
			'Event time: months since each pilot province’s own start date (the provinces started on different days). Comparators the reader can choose: all non-pilot provinces; a peer group (the other centrally-run cities and large provinces); or a synthetic control (non-negative weights on non-pilot provinces, summing to 1, that best match the pilot’s pre-period series).',
		'methodology.pilots.p2':
			'Difference in differences (DiD): (pilot after − pilot before) − (comparator after − comparator before), for each metric. Its uncertainty comes from placebo permutation: the estimate is re-run with each non-pilot province as a fake pilot, and the real effect is placed in that distribution — honest inference with only four treated units. The event-study chart shows the monthly gap from −12 to +14 months with the placebo band, so a reader can judge the parallel pre-trends. Processing time is compared by its monthly mean by default: a median of whole working days moves only in whole-day steps, so a DiD on four provinces’ medians is coarse and biased; the mean moves with every dossier. Each province’s series is taken as its difference from that province’s own pre-period mean; the comparator in a month is the average of the provinces that report that month, so a province that stops reporting after the merger (in 63-unit mode) leaves the average without shifting its level.',
		'methodology.pilots.p3':
			'The per-province start dates in the demo data are illustrative (the decision names only the window, Sept 2024 – 30 Nov 2025, and the four provinces: Ha Noi, Ho Chi Minh City, Binh Duong, Quang Ninh) and are labelled so. A real import gives the real start dates in a pilots.csv file (npm run data:import -- --pilots pilots.csv); the pages then no longer call them illustrative.',
		'methodology.boundaries.title': 'The 63- and 34-province boundaries',
		'methodology.boundaries.p1':
			'On 1 July 2025 the 63 provinces were merged into 34 (Resolution 202/2025/QH15). The 34-unit mode (current) maps all earlier data forward, so every period is comparable. The 63-unit mode (historical) is valid only for periods before 1 July 2025; dossiers from that day on are left out, and the interface says so when the chosen period crosses it. Binh Duong joined Ho Chi Minh City: in 63-unit mode its pilot series ends at the merger; in 34-unit mode the pilot group is the merged units.',
		'methodology.map.title': 'The province map',
		'methodology.map.p1':
			'The map on the Rankings page colours each province by the quartile class of the chosen indicator (the SIPAS index, a factor, or a dossier indicator), in the 34- or 63-unit boundaries of the filter. The units with a figure are ranked (1 = best; equal figures share the smaller rank), and the unit of rank r among n is in class ⌊4(r − 1)/n⌋ + 1. Equal figures are therefore always in one class, and a class may be empty. The legend gives each class’s range of values. The ranking bars and table use this same rule.',
		'methodology.map.p2':
			'A unit with fewer than {min} responses to a factor has no figure and no rank: the map draws it mid grey, “too few responses”; a unit without data is light grey. Select a unit to open its page; the table under the map holds the same figures, each row linking to the unit’s page.',
		'methodology.map.p3':
			'Every map shows and labels the Hoang Sa (Paracel) Islands (part of Da Nang) and the Truong Sa (Spratly) Islands (part of Khanh Hoa); each island is marked by a dot in its unit’s colour. The boundaries are Open Development Vietnam’s “province boundaries” data set (via the TaliaCao/Vietnam-Shape-Map repository, MIT licence), simplified for the browser and joined to the statistics office’s codes by name. The site serves the map itself; no map service is used.',
		'methodology.profiles.title': 'Province profiles',
		'methodology.profiles.p1':
			'Every unit has a profile page: the 34 current units at /provinces/<code>/, the 63 pre-merger provinces at /provinces/63-<code>/ (the same code can name two different provinces before and after the merger). Every figure on a profile comes from the very queries and functions of Rankings, Trends and Pilots: the SIPAS index, its 95 % interval and 90 % rank range are the province’s row of the ranking of the latest survey year; the dossier indicators are ranked among the units of the same boundaries, beside the national value (computed over all dossiers, not an average of provinces) and the best unit. A pre-merger province has figures only before 1 July 2025: a period reaching past it is moved back to end in June 2025, keeping its length.',
		'methodology.profiles.p2':
			'The summary sentence is generated. It calls a province above or below the nation only when the two 95 % intervals do not overlap; when they overlap it says the two cannot be told apart. Dossier indicators have no interval, so the sentence gives their value and rank and compares nothing. The peer group (same region, the centrally-run cities, or a custom list) is kept in the page address. The pilot estimate is that of the default evaluation on Pilots (63 units, mean processing time).',
		'methodology.demo.title': 'Demo data and its planted effects',
		'methodology.demo.p1':
			'The demo data set is generated deterministically from a seed, with known effects planted to test the methods (source: src/lib/reference/demo-effects.ts):',
		'methodology.demo.pilot':
			'Pilot: processing time changes by {pilot} working days in pilot provinces, ramping in linearly over {ramp} days from the start date.',
		'methodology.demo.trend':
			'Common trend: processing time changes by {trend} working days per month in every province alike — so a naive before/after comparison in pilot provinces overstates the effect, and difference in differences does not.',
		'methodology.demo.tet': 'Before Tết: dossiers received in the {days} days before the Tết break take {delay} working days longer.',
		'methodology.demo.merger':
			'Merger: dossiers received just after 1 July 2025 take {extra} working days longer, decaying to 0 over {months} months.',
		'methodology.demo.online': 'The online share grows from {start} to {end} over three years.',
		'methodology.demo.sipas':
			'National SIPAS is calibrated to {targets}; a few provinces deliberately have fewer than 30 organisation responses to exercise small-cell suppression.',
		'methodology.demo.bad': 'About {share} of the dossiers are deliberately broken so the data-quality page has exclusions.',
		'methodology.demo.truth':
			'The ground truth the generator measures from its own counterfactual is in data/planted-effects.json; the pilot evaluation’s tests compare their estimates with it.',
		'methodology.explore.title': 'Checking a file in the browser (/explore/)',
		'methodology.explore.p1':
			'The /explore/ page checks a dossier or survey export with the importer’s own rule definitions (SQL), not a second implementation: the same code (src/lib/import/) runs in native DuckDB on import and in DuckDB-WASM in the browser. The rows read, kept and excluded by reason, and the cubes, are therefore those an import of the same file with the same export date would give; a test runs both engines on the same files and compares every count. Unlike an import, a refused file does not stop the others, and the working-day calendar is the published data’s.',
		'methodology.explore.p2':
			'The file is uploaded nowhere: DuckDB reads a CSV straight from the file on the machine, a Parquet file is decoded in the page, and the page requests nothing but the site’s own static files. A file too large for the browser’s memory is refused before it is read, with the limit stated; the figures come from the same queries as the overview and the rankings.',
		'methodology.indices.title': 'Published indices (PAR INDEX, SIPAS, PAPI, PCI)',
		'methodology.indices.p1':
			'The PAR INDEX (Public Administration Reform Index) is published every year by the Ministry of Home Affairs for ministries and provinces: a score on a 0–100 scale combining self-assessment, appraisal and a sociological survey, split into fields (direction and management, institutions, administrative procedures, organisation, civil service, public finance, digital government…) and their criteria. The fields and criteria change from year to year.',
		'methodology.indices.p2':
			'SIPAS (Satisfaction Index of Public Administrative Services) is also published by the Ministry of Home Affairs, from a survey of citizens and organisations, as the share satisfied (0–100 %) overall and per factor. Where the data has survey responses, the Published indices page puts the SIPAS computed from them (as on the Rankings page, with the sample’s interval) beside the published value, with the difference.',
		'methodology.indices.p3':
			'PAPI (Provincial Governance and Public Administration Performance Index) is published by the United Nations Development Programme (UNDP) with Vietnamese partners, from a citizen survey: eight dimensions, each on a 1–10 scale, adding up to an 8–80 scale.',
		'methodology.indices.p4':
			'PCI (Provincial Competitiveness Index) is published by the Vietnam Chamber of Commerce and Industry (VCCI), from a survey of firms: ten weighted sub-indices, combined on a 0–100 scale.',
		'methodology.indices.p5':
			'The site shows the values as published and never recomputes them. A published index carries no sampling interval, so none is drawn. Our rank shares a rank between equal scores (1, 2, 2, 4); the published rank is kept beside it. A year from 2025 on is counted in 34 provinces, earlier years in 63; a new province’s trend draws the former provinces that merged into it before 2025 and breaks the line there. The national mean is the plain mean over the provinces, each counted once. Each province profile shows these indices in the unit’s latest year in its own list (a former province: before 2025; a current one: from 2025), with the same figures as the Published indices page; the Rankings map can be coloured by a published overall score (the latest year of the boundary mode), in quartile classes by the same rule, without an interval.'
	}
};
