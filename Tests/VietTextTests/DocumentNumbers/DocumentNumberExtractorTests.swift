import XCTest
@testable import VietText

final class DocumentNumberExtractorTests: XCTestCase {
    private func ids(_ text: String, weak: Bool = false) -> [String] {
        DocumentNumberExtractor(includeWeak: weak).references(in: text).map(\.id)
    }

    func testEverySpellingOfOneNumberHasOneID() {
        for spelling in ["02-NQ/TW", "02/NQ-TW", "02 - NQ/TW", "02 / NQ - TW", "2-NQ/TW", "02-nq/tw", "2/nq-tw", "002-NQ/TW", "02-NQ/TƯ"] {
            XCTAssertEqual(ids("theo Nghị quyết \(spelling) của Bộ Chính trị"), ["02-NQ/TW"], spelling)
        }
    }

    func testStateStyleNumbers() {
        XCTAssertEqual(ids("Nghị định 100/2015/NĐ-CP và 100/2015/ND-CP, 100/2015/nđ-cp"), Array(repeating: "100/2015/NĐ-CP", count: 3))
        XCTAssertEqual(ids("Quyết định số 4/2023/QĐ-TTg"), ["04/2023/QĐ-TTg"])
        XCTAssertEqual(ids("Quyết định số 04/2023/qd-ttg"), ["04/2023/QĐ-TTg"])
        XCTAssertEqual(ids("Nghị quyết số 113/NQ-CP"), ["113/NQ-CP"])
        XCTAssertEqual(ids("Quyết định 135/QĐ-BLĐTBXH"), ["135/QĐ-BLĐTBXH"])
        XCTAssertEqual(ids("Quyết định 135/QD-BLDTBXH"), ["135/QĐ-BLĐTBXH"])
        XCTAssertEqual(ids("Luật số: 12/2012/QH13"), ["12/2012/QH13"])
        XCTAssertEqual(ids("Thông tư liên tịch số 17/2014/TTLT-BLĐTBXH-BTC ngày"), ["17/2014/TTLT-BLĐTBXH-BTC"])
        XCTAssertEqual(ids("Văn bản hợp nhất số 605/VBHN-BLĐTBXH"), ["605/VBHN-BLĐTBXH"])
        XCTAssertEqual(ids("Nghị quyết số: 17/2022/UBTVQH15"), ["17/2022/UBTVQH15"])
    }

    func testNumbersWrappedAtALineEndOrWithAThousandsDot() {
        XCTAssertEqual(ids("Thông tư liên tịch số 01/2016/TTLT-BCA-\nBQP ngày 5"), ["01/2016/TTLT-BCA-BQP"])
        XCTAssertEqual(ids("Được bãi bỏ bởi Thông tư số 06/2024/TT-\nBLĐTBXH ngày"), ["06/2024/TT-BLĐTBXH"])
        XCTAssertEqual(ids("Văn bản hợp nhất số 1.166/VBHN-BLĐTBXH"), ["1166/VBHN-BLĐTBXH"])
        XCTAssertEqual(ids("đạt 1.000/tháng, 2.500/năm"), [], "figures with a thousands dot stay figures")
        XCTAssertEqual(ids("mục tiêu 2020 -\n2025 tăng"), [])
    }

    func testADateAndIssuerStatedBeforeTheTypeWord() {
        let reference = DocumentNumberExtractor().references(in: "Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW quy định về công an.").first
        XCTAssertEqual(reference?.issued, "1951-05-12")
        XCTAssertEqual(reference?.issuingBody, "Ban Bí thư Trung ương Đảng")
        let later = DocumentNumberExtractor().references(in: "Ngày 12-5-2017, đoàn kiểm tra làm việc về Chỉ thị 05-CT/TW.").first
        XCTAssertNil(later?.issued, "a date not joined to the number by ra/ban hành/ký is the day of something else")
        XCTAssertEqual(DocumentNumberExtractor().references(in: "Nghị quyết số 39-NQ/TW của Bộ Chính trị (khóa XI) về tinh giản").first?.term, "XI")
    }

    func testPartyStyleWrittenBothWays() {
        XCTAssertEqual(ids("Quyết định 90-QĐ/TW, Kết luận 44-KL/TW, Chỉ thị 09/CT-TW, 57-NQ/TW và 366-QĐ/TW; 127-QĐ/TLĐ"),
                       ["90-QĐ/TW", "44-KL/TW", "09-CT/TW", "57-NQ/TW", "366-QĐ/TW", "127-QĐ/TLĐ"])
    }

    func testTypeIssuerAndParts() throws {
        let reference = try XCTUnwrap(DocumentNumberExtractor.parseWhole("100/2015/ND-CP"))
        XCTAssertEqual(reference.type.code, "NĐ")
        XCTAssertEqual(reference.type.name, "Nghị định")
        XCTAssertEqual(reference.issuer, "CP")
        XCTAssertEqual(reference.number, 100)
        XCTAssertEqual(reference.year, 2015)
        XCTAssertEqual(DocumentNumberExtractor.parseWhole("12/2012/QH13")?.type.code, "QH")
        XCTAssertEqual(DocumentNumberExtractor.parseWhole("04/2023/QĐ-TTg")?.issuer, "TTg")
        XCTAssertNil(DocumentNumberExtractor.parseWhole("Nghị quyết 02"))
        XCTAssertNil(DocumentNumberExtractor.parseWhole("02/NQ-TW và 03/NQ-TW"))
    }

    func testNonReferences() {
        let text = """
            ngày 12/6/2021, lúc 14-05-2026; gọi 0912-345-678 hoặc (024) 3825/1234; phối hợp 3 bệnh viện (19/8, 30/4, \
            Y học cổ truyền); Điều 5, khoản 2; tăng 2.000/năm; tỷ lệ 50/50; COVID-19; xe 29A-123.45; 2023 - 2028; \
            500 nghìn đồng/suất; trang 3/TW-ab; 12/2021/AB-CD; 1/2 số
            """
        XCTAssertEqual(ids(text, weak: true), [])
    }

    func testSurfaceAndByteRange() throws {
        let text = "Thực hiện Nghị quyết 02 - nq/tw, tiếp"
        let reference = try XCTUnwrap(DocumentNumberExtractor().references(in: text).first)
        XCTAssertEqual(reference.surface, "02 - nq/tw")
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[reference.start..<reference.end], as: UTF8.self), "02 - nq/tw")
        XCTAssertEqual(reference.typeWord, "Nghị quyết")
    }

    func testFirstSeedSentence() throws {
        let text = """
            Các hoạt động phối hợp cần bám sát và cụ thể hóa Nghị quyết số 02/NQ-TW, ngày 12/6/2021 của Bộ Chính trị về "Đổi mới tổ chức và hoạt động của CĐ Việt Nam trong tình hình mới"; Quyết định số 90-QĐ/TW ngày 06/12/2022 của Ban Bí thư Trung ương Đảng ban hành Quy chế phối hợp giữa Đảng ủy CATW với các tỉnh ủy; Kết luận số 44-KL/TW ngày 22/01/2019 về tiếp tục đẩy mạnh, thực hiện Chỉ thị 09-CT/TW ngày 01/12/2011 của Ban Bí thư về "Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"; Quy chế phối hợp số 04 ngày 25/4/2023 của Bộ CA và Tổng LĐLĐ Việt Nam trong công tác bảo đảm ANTT.
            """
        let found = DocumentNumberExtractor().references(in: text)
        XCTAssertEqual(found.map(\.id), ["02-NQ/TW", "90-QĐ/TW", "44-KL/TW", "09-CT/TW", "Quy chế phối hợp 04"])
        XCTAssertEqual(found.map(\.issued), ["2021-06-12", "2022-12-06", "2019-01-22", "2011-12-01", "2023-04-25"])
        XCTAssertEqual(found.map(\.typeWord), ["Nghị quyết số", "Quyết định số", "Kết luận số", "Chỉ thị", "Quy chế phối hợp số"])
        XCTAssertEqual(found.map(\.issuingBody), ["Bộ Chính trị", "Ban Bí thư Trung ương Đảng", nil, "Ban Bí thư", "Bộ CA và Tổng LĐLĐ Việt Nam"])
        XCTAssertEqual(found[0].title, "Đổi mới tổ chức và hoạt động của CĐ Việt Nam trong tình hình mới")
        XCTAssertEqual(found[3].title, "Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới")
        XCTAssertNil(found[1].title)
        XCTAssertEqual(found.map(\.isWeak), [false, false, false, false, true])
        XCTAssertEqual(found[4].type.code, "QC")
    }

    func testSecondSeedSentence() throws {
        let text = "bám sát chủ đề gắn với Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về “Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới”; tập trung"
        let reference = try XCTUnwrap(DocumentNumberExtractor().references(in: text).first)
        XCTAssertEqual(reference.id, "02-NQ/TW")
        XCTAssertEqual(reference.issued, "2021-06-12")
        XCTAssertEqual(reference.issuingBody, "Bộ Chính trị")
        XCTAssertEqual(reference.title, "Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới")
        XCTAssertEqual(reference.typeWord, "Nghị quyết")
    }

    func testLongDateAndLineBreaks() throws {
        let text = "Căn cứ điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 \ncủa Quốc \nhội về Nghị quyết kỳ họp"
        let reference = try XCTUnwrap(DocumentNumberExtractor().references(in: text).first)
        XCTAssertEqual(reference.id, "142/2024/QH15")
        XCTAssertEqual(reference.type.code, "NQ")
        XCTAssertEqual(reference.issued, "2024-06-29")
        XCTAssertEqual(reference.issuingBody, "Quốc hội")
        let body = try XCTUnwrap(DocumentNumberExtractor().references(in: "Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 của Bộ trưởng \nBộ Lao động").first)
        XCTAssertEqual(body.issuingBody, "Bộ trưởng Bộ Lao động")
    }

    func testTypeWordReadOnTheBytes() throws {
        // A line break inside the type word reads as a space; decomposed letters are one character each.
        let wrapped = try XCTUnwrap(DocumentNumberExtractor().references(in: "theo Quyết\nđịnh số: 90-QĐ/TW").first)
        XCTAssertEqual(wrapped.typeWord, "Quyết định số")
        let decomposed = "theo Nghi\u{0323} quyê\u{0301}t so\u{0302}\u{0301} 02-NQ/TW"
        XCTAssertEqual(DocumentNumberExtractor().references(in: decomposed).first?.typeWord, "Nghi\u{0323} quyê\u{0301}t so\u{0302}\u{0301}")
        XCTAssertEqual(ids("theo ĐỀ ÁN 06 của tỉnh", weak: true), ["Đề án 06"])
        XCTAssertEqual(ids("theo đề án 06 của tỉnh", weak: true), [], "a weak type word must be capitalized")
        XCTAssertEqual(ids("theo Đề án\u{A0}số\u{A0}06 của tỉnh", weak: true), ["Đề án 06"])
        XCTAssertNil(DocumentNumberExtractor().references(in: "theo TiềnNghị quyết 02-NQ/TW").first?.typeWord, "a letter right before")
    }

    func testNumbersAtEveryByteAlignment() {
        for padding in 0..<20 {
            let text = String(repeating: "ầ", count: padding / 3) + String(repeating: "x", count: padding % 3) + " Nghị quyết 02-NQ/TW, 3/NQ-CP"
            let found = DocumentNumberExtractor().references(in: text)
            XCTAssertEqual(found.map(\.id), ["02-NQ/TW", "03/NQ-CP"], "padding \(padding)")
            let bytes = Array(text.utf8)
            XCTAssertEqual(found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }, ["02-NQ/TW", "3/NQ-CP"])
        }
    }

    func testWeakReferences() {
        XCTAssertEqual(ids("triển khai thực hiện Đề án 06 của Chính phủ, hoàn thành các chỉ tiêu thực hiện Đề án 06, trong đó", weak: true),
                       ["Đề án 06", "Đề án 06"])
        XCTAssertEqual(ids("Chương trình 135 và Đề án 6", weak: true), ["Chương trình 135", "Đề án 06"])
        XCTAssertEqual(ids("Đề án 06", weak: false), [])
        XCTAssertEqual(ids("Kế hoạch 2023, Quyết định 15 năm tù, Nghị quyết 3 điểm, kết luận 2 vấn đề, quyết định 12 người", weak: true), [])
        XCTAssertEqual(ids("Đề án 1.000 tỷ, Chương trình 30%", weak: true), [])
    }

    func testTypeAndNumberQuery() throws {
        let parsed = try XCTUnwrap(DocumentNumberExtractor.parseTypeAndNumber("Nghị quyết 02"))
        XCTAssertEqual(parsed.type.code, "NQ")
        XCTAssertEqual(parsed.number, 2)
        XCTAssertEqual(DocumentNumberExtractor.parseTypeAndNumber("nghi quyet so 2")?.type.code, "NQ")
        XCTAssertEqual(DocumentNumberExtractor.parseTypeAndNumber("Chỉ thị 09")?.type.code, "CT")
        XCTAssertNil(DocumentNumberExtractor.parseTypeAndNumber("công đoàn 02"))
    }

    func testDocumentTypes() {
        XCTAssertEqual(DocumentType.symbol("qd")?.name, "Quyết định")
        XCTAssertEqual(DocumentType.symbol("NĐ")?.kind, "decree")
        XCTAssertEqual(DocumentType.named("NGHỊ QUYẾT")?.code, "NQ")
        XCTAssertEqual(DocumentType.named("Luật")?.kind, "law")
        XCTAssertNil(DocumentType.symbol("UBND"))
    }
}
