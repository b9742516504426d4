/// tracuu's built-in abbreviations, compiled into the binary so that a `tracuu` moved to any
/// folder still knows them (`CĐ` → "Công đoàn", then "cao đẳng"): `ABBR<TAB>expansion`, one
/// sense a line, in the format of a user's `abbreviations.tsv` (ending with a line feed). Edit the list here.
enum BuiltInAbbreviations {
    static let tsv = #"""
# tracuu's built-in abbreviations: ABBR<TAB>expansion, one sense a line.
# When an abbreviation has several senses, the first is the default for this
# domain (trade-union and public-security press); a document that spells
# another sense out, or defines it, uses that one instead.
#
# Trade unions, public security
CĐ	Công đoàn
CĐ	cao đẳng
CAND	Công an nhân dân
CA	Công an
CATP	Công an thành phố
CATW	Công an Trung ương
BCA	Bộ Công an
LĐLĐ	Liên đoàn Lao động
TLĐ	Tổng Liên đoàn
ANTT	an ninh trật tự
ANTT	an ninh thông tin
NLĐ	người lao động
CNLĐ	công nhân lao động
CNVCLĐ	công nhân, viên chức, lao động
CNVC	công nhân viên chức
ĐVCĐ	đoàn viên công đoàn
KCN	khu công nghiệp
KCX	khu chế xuất
ATGT	an toàn giao thông
TTATGT	trật tự an toàn giao thông
TNGT	tai nạn giao thông
PCCC	phòng cháy, chữa cháy
CSGT	cảnh sát giao thông
CSĐT	Cảnh sát điều tra
CQĐT	Cơ quan điều tra
CQCSĐT	Cơ quan Cảnh sát điều tra
CSCĐ	Cảnh sát cơ động
CSHS	Cảnh sát hình sự
PC	phòng cảnh sát
VKSND	Viện kiểm sát nhân dân
VKS	Viện kiểm sát
TAND	Tòa án nhân dân
HĐXX	Hội đồng xét xử
BLHS	Bộ luật Hình sự
CMND	chứng minh nhân dân
CCCD	căn cước công dân
GPLX	giấy phép lái xe
BKS	biển kiểm soát
QLTT	quản lý thị trường
ATTP	an toàn thực phẩm
ATVSTP	an toàn vệ sinh thực phẩm
ATVSLĐ	an toàn vệ sinh lao động
# Party and State
UBND	Ủy ban nhân dân
HĐND	Hội đồng nhân dân
MTTQ	Mặt trận Tổ quốc
BCH	Ban Chấp hành
BCT	Bộ Chính trị
BCT	Bộ Công Thương
TW	Trung ương
TƯ	Trung ương
QH	Quốc hội
ĐBQH	đại biểu Quốc hội
ĐB	đại biểu
UBTVQH	Ủy ban Thường vụ Quốc hội
UBKT	Ủy ban Kiểm tra
KTNN	Kiểm toán Nhà nước
NHNN	Ngân hàng Nhà nước
NSNN	ngân sách nhà nước
DNNN	doanh nghiệp nhà nước
NĐ-CP	Nghị định Chính phủ
NQ-CP	Nghị quyết Chính phủ
NQ	Nghị quyết
NĐ	Nghị định
QĐ	Quyết định
TT	Thông tư
CP	Chính phủ
BTC	Bộ Tài chính
BTC	Ban tổ chức
GTVT	Giao thông vận tải
NN-PTNT	Nông nghiệp và Phát triển nông thôn
NNPTNT	Nông nghiệp và Phát triển nông thôn
PTNT	phát triển nông thôn
TN-MT	Tài nguyên và Môi trường
TNMT	Tài nguyên và Môi trường
KH-ĐT	Kế hoạch và Đầu tư
KH&ĐT	Kế hoạch và Đầu tư
KH&CN	Khoa học và Công nghệ
LĐ-TB&XH	Lao động - Thương binh và Xã hội
LĐTBXH	Lao động - Thương binh và Xã hội
VH-TT	Văn hóa - Thể thao
VHTTDL	Văn hóa, Thể thao và Du lịch
GD-ĐT	Giáo dục và Đào tạo
GD&ĐT	Giáo dục và Đào tạo
GDĐT	Giáo dục và Đào tạo
TTHC	thủ tục hành chính
GPMB	giải phóng mặt bằng
BQL	Ban quản lý
UB	Ủy ban
# Places, the country, the press
TP	thành phố
TX	thị xã
TP.HCM	Thành phố Hồ Chí Minh
TPHCM	Thành phố Hồ Chí Minh
HCM	Hồ Chí Minh
VN	Việt Nam
ĐBSCL	Đồng bằng sông Cửu Long
LHQ	Liên Hợp Quốc
TQ	Trung Quốc
TTXVN	Thông tấn xã Việt Nam
PV	phóng viên
CTV	cộng tác viên
# Economy and society
DN	doanh nghiệp
DNNVV	doanh nghiệp nhỏ và vừa
TNHH	trách nhiệm hữu hạn
CTCP	công ty cổ phần
TMCP	thương mại cổ phần
HĐQT	Hội đồng quản trị
TGĐ	Tổng giám đốc
HTX	hợp tác xã
BHXH	bảo hiểm xã hội
BHYT	bảo hiểm y tế
BĐS	bất động sản
TTCK	thị trường chứng khoán
GTGT	giá trị gia tăng
CNTT	công nghệ thông tin
KCB	khám chữa bệnh
BV	bệnh viện
BVĐK	Bệnh viện Đa khoa
BS	bác sĩ
NƠXH	nhà ở xã hội
NTM	nông thôn mới
# Education
THPT	trung học phổ thông
THCS	trung học cơ sở
ĐH	đại học
GS	giáo sư
PGS	phó giáo sư
TS	tiến sĩ
GV	giáo viên
HS	học sinh
SV	sinh viên
NXB	Nhà xuất bản
# Sport and culture
HLV	huấn luyện viên
CLB	câu lạc bộ
VĐV	vận động viên
CĐV	cổ động viên
ĐTQG	đội tuyển quốc gia
ĐT	đội tuyển
VĐQG	vô địch quốc gia
ĐKVĐ	đương kim vô địch
BXH	bảng xếp hạng
VCK	vòng chung kết
SVĐ	sân vận động
TDTT	thể dục thể thao
NSND	Nghệ sĩ Nhân dân
NSƯT	Nghệ sĩ Ưu tú
HCV	huy chương vàng

"""#
}
