import XCTest
@testable import VietText

/// One test per form `FigureExtractor` reads, and per thing it must leave out.
final class FigureExtractorTests: XCTestCase {
    private let extractor = FigureExtractor()

    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Figure? {
        let figures = extractor.figures(in: text)
        XCTAssertEqual(figures.count, 1, "figures in «\(text)»: \(figures.map(\.text))", file: file, line: line)
        return figures.first
    }

    private func assertFigure(
        _ text: String, _ value: Double, upper: Double? = nil, unit: String?, qualifier: FigureQualifier? = nil,
        written: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let figure = only(text, file: file, line: line) else { return }
        XCTAssertEqual(figure.value, value, accuracy: abs(value) * 1e-12, "value of «\(text)»", file: file, line: line)
        XCTAssertEqual(figure.upper, upper, "upper of «\(text)»", file: file, line: line)
        XCTAssertEqual(figure.unit, unit, "unit of «\(text)»", file: file, line: line)
        XCTAssertEqual(figure.qualifier, qualifier, "qualifier of «\(text)»", file: file, line: line)
        if let written { XCTAssertEqual(figure.text, written, file: file, line: line) }
    }

    private func assertNone(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let figures = extractor.figures(in: text)
        XCTAssertTrue(figures.isEmpty, "«\(text)» gave \(figures.map { "\($0.text) = \($0.value)" })", file: file, line: line)
    }

    func testDotGroupsThousandsAndCommaIsTheDecimalMark() {
        assertFigure("có 2.000 người tham gia", 2000, unit: "người")
        assertFigure("thu 1.234.567 đồng", 1_234_567, unit: "đồng")
        assertFigure("tăng 12,5%", 12.5, unit: "%")
        assertFigure("đạt 1.234,5 tấn", 1234.5, unit: "tấn")
        assertFigure("khoảng 2.5 triệu USD", 2_500_000, unit: "USD", qualifier: .about)
    }

    func testScaleWords() {
        assertFigure("vốn 1,5 tỷ đồng", 1.5e9, unit: "đồng", written: "1,5 tỷ đồng")
        assertFigure("giá 4 tỉ đồng", 4e9, unit: "đồng")
        assertFigure("trị giá 500 nghìn đồng/suất", 500_000, unit: "đồng/suất")
        assertFigure("có 3 ngàn hộ dân", 3000, unit: "hộ dân")
        assertFigure("tổng 1 tỷ 200 triệu đồng", 1.2e9, unit: "đồng", written: "1 tỷ 200 triệu đồng")
        assertFigure("nợ 5 nghìn tỷ đồng", 5e12, unit: "đồng")
        assertFigure("“1 triệu sáng kiến - nỗ lực vượt khó”", 1e6, unit: "sáng kiến")
    }

    func testApproximateAmounts() {
        assertFigure("nguồn lực huy động hàng chục tỷ đồng.", 1e10, unit: "đồng", qualifier: .atLeast, written: "hàng chục tỷ đồng")
        assertFigure("hàng trăm người dân", 100, unit: "người dân", qualifier: .atLeast)
        assertFigure("Hàng nghìn hộ được hỗ trợ", 1000, unit: "hộ", qualifier: .atLeast)
        assertFigure("hàng trăm nghìn lao động", 100_000, unit: "lao động", qualifier: .atLeast)
        assertNone("Hàng năm, chương trình được tổ chức")
        assertNone("với chữ số hàng chục bằng số hạng thứ 3")
        assertFigure("kéo dài gần trăm mét rất dễ trơn trượt", 100, unit: "mét", qualifier: .almost, written: "gần trăm mét")
        assertFigure("hơn chục người bị thương", 10, unit: "người bị thương", qualifier: .moreThan)
    }

    func testNumberWordsThatCount() {
        assertFigure("phối hợp ba bệnh viện", 3, unit: "bệnh viện")
        assertFigure("Ba bệnh viện đã tham gia", 3, unit: "bệnh viện")
        assertFigure("có hai mươi lăm người", 25, unit: "người")
        assertFigure("mười hai tỉnh biên giới", 12, unit: "tỉnh biên giới")
        assertFigure("hỗ trợ hai triệu đồng", 2e6, unit: "đồng")
        assertFigure("một triệu người dân", 1e6, unit: "người dân")
        assertFigure("năm trăm hộ", 500, unit: "hộ")
    }

    func testNumberWordsThatDoNotCount() {
        assertNone("chế độ thông tin hai chiều")
        assertNone("đoàn viên CĐ của hai bên tham gia")
        assertNone("cả hai đều đồng ý")
        assertNone("quan hệ giữa hai nước")
        assertNone("thứ hai, hội nghị")
        assertNone("một số đơn vị")
        assertNone("năm nay tăng mạnh")
        assertNone("trên đường Hai Bà Trưng")
        assertNone("ba mẹ em")
        assertNone("tháng Ba vừa qua")
    }

    func testPercentages() {
        assertFigure("vượt chỉ tiêu hơn 250% kế hoạch", 250, unit: "%", qualifier: .moreThan, written: "hơn 250%")
        assertFigure("chiếm 30 phần trăm", 30, unit: "%")
        assertFigure("lãi suất 5%/năm", 5, unit: "%/năm")
    }

    func testRanges() {
        assertFigure("từ 3 đến 5 người", 3, upper: 5, unit: "người", qualifier: .between, written: "từ 3 đến 5 người")
        assertFigure("mỗi nhóm 3-5 người", 3, upper: 5, unit: "người", qualifier: .between, written: "3-5 người")
        assertFigure("lương 3 – 5 triệu đồng", 3e6, upper: 5e6, unit: "đồng", qualifier: .between)
        assertFigure("từ 3 triệu tới 5 triệu đồng", 3e6, upper: 5e6, unit: "đồng", qualifier: .between)
        assertNone("thắng 3-1 trước đối thủ")
    }

    func testQualifiers() {
        assertFigure("Hơn 2.000 buổi tuyên truyền về", 2000, unit: "buổi tuyên truyền", qualifier: .moreThan)
        assertFigure("trên 500 người", 500, unit: "người", qualifier: .moreThan)
        assertFigure("gần 25.000 đoàn viên", 25000, unit: "đoàn viên", qualifier: .almost)
        assertFigure("gần như 100% hộ dân", 100, unit: "%", qualifier: .almost)
        assertFigure("khoảng 40 ha", 40, unit: "ha", qualifier: .about)
        assertFigure("xấp xỉ 40 ha", 40, unit: "ha", qualifier: .about)
        assertFigure("lên tới 12 tỷ đồng", 1.2e10, unit: "đồng", qualifier: .upTo)
        assertFigure("ít nhất 7 người", 7, unit: "người", qualifier: .atLeast)
        assertFigure("dưới 6 tháng", 6, unit: "tháng", qualifier: .lessThan)
        assertFigure("tối đa 30 ngày", 30, unit: "ngày", qualifier: .atMost)
        assertFigure("hộ từ 60 triệu đồng trở lên", 6e7, unit: "đồng", qualifier: .atLeast, written: "60 triệu đồng trở lên")
    }

    func testUnits() {
        assertFigure("giá 500.000đ một vé", 500_000, unit: "đồng")
        assertFigure("đoạn dài 50km", 50, unit: "km")
        assertFigure("căn hộ 30m2", 30, unit: "m2")
        assertFigure("viện trợ 20 triệu đô la Mỹ", 2e7, unit: "USD")
        assertFigure("giá 1.200 USD/tấn", 1200, unit: "USD/tấn")
        assertFigure("khen 3 đồng chí", 3, unit: "đồng chí")
        assertFigure("tặng 1.500 suất quà trị giá", 1500, unit: "suất quà")
        assertFigure("tuyên dương 797 đoàn viên công đoàn là", 797, unit: "đoàn viên công đoàn")
        assertFigure("có 24 CĐ cấp trên trực tiếp cơ sở (", 24, unit: "CĐ cấp trên trực tiếp cơ sở")
        assertFigure("với 21 LĐLĐ tỉnh, thành phố nơi có", 21, unit: "LĐLĐ tỉnh, thành phố")
        assertFigure("(trong đó CĐ CA tỉnh, thành phố là 21)", 21, unit: "CĐ CA tỉnh, thành phố", written: "21")
        assertFigure("tăng 3 lần", 3, unit: "lần")
        assertFigure("động cơ 4 xi-lanh", 4, unit: "xi-lanh")
        assertFigure("với 518 chỉ tiêu, điểm", 518, unit: "chỉ tiêu")
        assertFigure("trên cơ sở 04 nhóm tiêu chí", 4, unit: "nhóm tiêu chí")
        assertFigure("Ngoài ba phím điều hướng", 3, unit: "phím điều hướng")
        assertFigure("hoạt động từ khoảng 11 giờ đến 17 giờ hàng ngày, mất 3 giờ", 3, unit: "giờ")
    }

    func testNumbersWithoutAThingCountedAreLeftOut() {
        assertNone("tăng 15 so với cùng kỳ")
        assertNone("Toán: 10, Ngữ Văn: 9,5")
        assertNone("thực hiện Đề án 06 của Chính phủ")
        assertFigure("lương gần 90 triệu)/1 tháng", 9e7, unit: nil, qualifier: .almost)
    }

    func testEnglishThousandsSeparators() {
        assertFigure("giá trung bình 725,000 USD", 725_000, unit: "USD")
        assertFigure("trong số 15,595 căn hộ", 15_595, unit: "căn hộ")
        assertFigure("tổng 1,250,000 USD", 1_250_000, unit: "USD")
        assertFigure("đạt 10,245 nghìn tỷ đồng", 10.245e12, unit: "đồng")
        assertFigure("giải thưởng lên đến 68.266.067.050 tỷ đồng", 68_266_067_050, unit: "đồng", qualifier: .upTo)
    }

    func testDatesAreNotFigures() {
        assertNone("ngày 12/6/2021 của Bộ Chính trị")
        assertNone("ngày 25 tháng 4 năm 2026")
        assertNone("Năm 2022, bám sát sự chỉ đạo")
        assertNone("trong tháng 6 vừa qua")
        assertNone("từ 10.10.2020")
        assertNone("ngày 12-6-2021")
    }

    func testYearsInNamesAndReferencesAreNotFigures() {
        assertNone("Tết Nguyên đán Nhâm Dần 2022")
        assertNone("Đại hội lần thứ VI (nhiệm kỳ 2023 - 2028)")
        assertNone("giai đoạn 2016-2020")
        assertNone("Nghị quyết 02-NQ/TW")
        assertNone("Nghị quyết số 02/NQ-TW")
        assertNone("Quy chế phối hợp số 04 của Bộ")
        assertNone("thực hiện Đề án 06 của Chính phủ")
        assertNone("Nghị định 100/2015/NĐ-CP")
        assertNone("theo Điều 5 của Luật")
        assertNone("lần thứ 4")
        assertNone("phối hợp bệnh viện 19/8, 30/4")
        assertNone("đại dịch Covid-19 và cúm H5N1")
        assertNone("trận đấu của U23 Việt Nam")
        assertNone("“Hội chợ 0 đồng”")
        assertNone("rạng sáng mùng 1 Tết")
        assertNone("ông C. (SN 1960, ở thôn)")
    }

    func testTimesAndPhoneNumbersAreNotFigures() {
        assertNone("Hoạt động 08/06/2025 17:29")
        assertNone("lúc 8 giờ sáng")
        assertNone("khoảng 10h30")
        assertNone("gọi 0912 345 678")
        assertNone("gọi 0912.345.678")
        assertNone("gọi 024 3825 1234")
        assertNone("tổng đài 19001234")
        assertNone("vào 8 giờ 45 cùng ngày")
        assertNone("Cho tới 11g đêm không thấy")
        assertNone("Khoảng gần 2 giờ ngày 30/5")
    }

    func testSentenceAndRanges() throws {
        let text = "Mở đầu. Tổ chức hơn 2.000 cuộc tuyên truyền pháp luật về phòng, chống tội phạm. Kết thúc."
        let figure = try XCTUnwrap(only(text))
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[figure.range], as: UTF8.self), "hơn 2.000 cuộc tuyên truyền pháp luật")
        XCTAssertEqual(figure.sentence, "Tổ chức hơn 2.000 cuộc tuyên truyền pháp luật về phòng, chống tội phạm.")
        XCTAssertEqual(String(decoding: bytes[figure.sentenceRange], as: UTF8.self), figure.sentence)
        XCTAssertEqual(figure.contextRange, figure.sentenceRange)
        XCTAssertFalse(figure.elidedBefore || figure.elidedAfter)
    }

    func testLongSentencesAreShortenedAroundTheFigure() throws {
        let filler = String(repeating: "các hoạt động phối hợp chặt chẽ, ", count: 20)
        let figure = try XCTUnwrap(only(filler + "với 565 CĐ cơ sở, " + filler))
        XCTAssertTrue(figure.sentence.hasPrefix("…") && figure.sentence.hasSuffix("…"), figure.sentence)
        XCTAssertTrue(figure.sentence.contains("với 565 CĐ cơ sở"))
        XCTAssertLessThan(figure.sentence.utf8.count, 400)
        XCTAssertTrue(figure.elidedBefore && figure.elidedAfter)
        let bytes = Array((filler + "với 565 CĐ cơ sở, " + filler).utf8)
        XCTAssertEqual("…" + String(decoding: bytes[figure.contextRange], as: UTF8.self) + "…", figure.sentence)
    }

    func testAShortenedSentenceAtTheTextEndKeepsItsEnd() throws {
        let filler = String(repeating: "các hoạt động phối hợp chặt chẽ, ", count: 20)
        let text = filler + "với 565 CĐ cơ sở."
        let figure = try XCTUnwrap(only(text))
        XCTAssertTrue(figure.elidedBefore)
        XCTAssertFalse(figure.elidedAfter)
        XCTAssertEqual("…" + String(decoding: Array(text.utf8)[figure.contextRange], as: UTF8.self), figure.sentence)
        XCTAssertTrue(figure.sentence.hasSuffix("với 565 CĐ cơ sở."), figure.sentence)
    }

    func testOneFigureStatedTwiceIsListedOnce() {
        let figures = extractor.figures(in: "Hơn 2.000 đoàn viên\nCó hơn 2.000 đoàn viên tham gia, 30 đoàn viên vắng.")
        XCTAssertEqual(figures.map(\.value), [2000, 30])
    }

    func testOneFigureWithAShorterOrLongerUnitIsListedOnce() {
        let figures = extractor.figures(in: "suốt 4 năm liền. Chờ đợi suốt 4 năm để có tình yêu. 4 năm trôi qua.")
        XCTAssertEqual(figures.map(\.text), ["4 năm"])
    }

    func testNumberWordsAfterTimeWords() {
        assertFigure("ở lại trong vòng sáu tháng", 6, unit: "tháng", qualifier: .atMost)
        assertFigure("điều cùng lúc ba tàu sân bay", 3, unit: "tàu sân bay")
        assertFigure("được hai MC, Quyền Linh và Cát Tường", 2, unit: "MC")
        assertFigure("sau hai hàng không mẫu hạm", 2, unit: "hàng không mẫu hạm")
        assertFigure("đầu tư vào 3.121 doanh nghiệp nước ngoài tại", 3121, unit: "doanh nghiệp nước ngoài")
        assertFigure("chỉ rộng hơn 7mét", 7, unit: "mét", qualifier: .moreThan)
        assertNone("chen chân vào tốp 10 luôn là")
    }

    func testCapitalsAreReadInVietnamese() {
        assertFigure("KHOẢNG 40 HA", 40, unit: "HA", qualifier: .about)
        assertNone("ĐIỀU 5")
    }

    func testUnitKeys() {
        XCTAssertEqual(FigureExtractor.unitKey("VNĐ"), "đồng")
        XCTAssertEqual(FigureExtractor.unitKey("phần trăm"), "%")
        XCTAssertEqual(FigureExtractor.unitKey("Đoàn viên"), "đoàn viên")
    }
}
