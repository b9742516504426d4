import XCTest
import VietText

/// What a figure means, as a briefing quotes it: the sign of a written minus, a rise or a
/// fall, the bound a negated comparison sets, the whole thing counted, durations, fractions
/// and halves; ages and clock times are no figures.
final class FigureMeaningTests: XCTestCase {
    private let extractor = FigureExtractor()

    private struct Reading: Equatable, CustomStringConvertible {
        var value: Double
        var unit: String?
        var qualifier: FigureQualifier?
        var direction: FigureDirection?

        init(_ value: Double, _ unit: String?, _ qualifier: FigureQualifier? = nil, _ direction: FigureDirection? = nil) {
            self.value = value
            self.unit = unit
            self.qualifier = qualifier
            self.direction = direction
        }

        var description: String { "\(value) [\(unit ?? "-")] \(qualifier?.rawValue ?? "-") \(direction?.rawValue ?? "-")" }
    }

    private func assertReadings(_ text: String, _ expected: [Reading], file: StaticString = #filePath, line: UInt = #line) {
        let found = extractor.figures(in: text).map { Reading($0.value, $0.unit, $0.qualifier, $0.direction) }
        XCTAssertEqual(found, expected, "«\(text)»", file: file, line: line)
    }

    func testAWrittenSignIsKept() {
        assertReadings("giảm 4 vụ (-14,8%) so với cùng kỳ", [Reading(4, "vụ", nil, .decrease), Reading(-14.8, "%", nil, .decrease)])
        assertReadings("tăng 4,34 điểm (+5,42%)", [Reading(4.34, "điểm", nil, .increase), Reading(5.42, "%", nil, .increase)])
        assertReadings("tăng trưởng âm −0,1% trong quý", [Reading(-0.1, "%", nil, .decrease)])
        assertReadings("có 3-5 người", [Reading(3, "người", .between)])
        assertReadings("dịch Covid-19 lan rộng", [])
    }

    func testChangesHaveADirectionAndLevelsNone() {
        assertReadings("xuất khẩu đạt 13,7 tỷ USD, tăng 9,5% so với cùng kỳ",
                       [Reading(13.7e9, "USD"), Reading(9.5, "%", nil, .increase)])
        assertReadings("lạm phát giảm 9,7%", [Reading(9.7, "%", nil, .decrease)])
        assertReadings("có thêm 13 người bị thương", [Reading(13, "người bị thương", nil, .increase)])
        assertReadings("tăng thêm 5 trường", [Reading(5, "trường", nil, .increase)])
        assertReadings("đã giảm đi 3 ca", [Reading(3, "ca", nil, .decrease)])
        assertReadings("tăng hơn 15%", [Reading(15, "%", .moreThan, .increase)])
        assertReadings("lãi suất giảm xuống còn 5%", [Reading(5, "%")])
        assertReadings("cân nặng tăng lên 190 kg", [Reading(190, "kg")])
        assertReadings("tăng 225 đồng/lít và 326 đồng/lít", [Reading(225, "đồng/lít", nil, .increase), Reading(326, "đồng/lít", nil, .increase)])
        assertReadings("giá cao hơn 2.000 đồng/kg so với tuần trước", [Reading(2000, "đồng/kg", nil, .increase)])
        assertReadings("có hơn 2.000 người", [Reading(2000, "người", .moreThan)])
        assertReadings("lạm phát tăng nhẹ 0,3% so với tháng trước", [Reading(0.3, "%", nil, .increase)])
        assertReadings("giá tăng cao 5%", [Reading(5, "%", nil, .increase)])
        assertReadings("DXG tăng trở lại 1,5% lên 13.650 đồng", [Reading(1.5, "%", nil, .increase), Reading(13650, "đồng")])
        assertReadings("HNX-Index tăng 0,02 điểm (0,02%) lên mức 85,05 điểm",
                       [Reading(0.02, "điểm", nil, .increase), Reading(0.02, "%", nil, .increase), Reading(85.05, "điểm")])
        assertReadings("tuổi chú gấp 3 lần tuổi cháu", [Reading(3, "lần tuổi cháu", nil, .increase)])
        assertReadings("đồng euro để mất 5,9% so với đồng yen", [Reading(5.9, "%", nil, .decrease)])
        assertReadings("mất 3 ngày đi bộ", [Reading(3, "ngày")])
        assertReadings("mức giảm lên đến khoảng 20 triệu đồng", [Reading(2e7, "đồng", .about, .decrease)])
    }

    func testThemTakesTheDirectionOfTheVerbBeforeIt() {
        assertReadings("giảm giá mua và bán thêm 40.000 đồng/lượng", [Reading(40000, "đồng/lượng", nil, .decrease)])
        assertReadings("tăng giá bán thêm 5.000 đồng/kg", [Reading(5000, "đồng/kg", nil, .increase)])
        assertReadings("có thêm 2 ca mắc", [Reading(2, "ca mắc", nil, .increase)])
    }

    func testPlusOrMinusIsAMargin() {
        assertReadings("Với biên độ tỷ giá +/-3%, ngân hàng", [Reading(3, "%")])
    }

    func testMoiMakesARate() {
        assertReadings("giá vàng giảm hơn 300.000 đồng mỗi lượng", [Reading(300_000, "đồng/lượng", .moreThan, .decrease)])
        assertReadings("tăng 5% mỗi năm", [Reading(5, "%", nil, .increase)])
    }

    func testNegatedComparisonsReadAsTheirBound() {
        assertReadings("lên mức không cao hơn 17.366 đồng/lít", [Reading(17366, "đồng/lít", .atMost)])
        assertReadings("không quá 17.154 đồng/lít", [Reading(17154, "đồng/lít", .atMost)])
        assertReadings("không vượt quá 5% tổng vốn", [Reading(5, "%", .atMost)])
        assertReadings("không dưới 20 triệu bảng", [Reading(2e7, "bảng", .atLeast)])
        assertReadings("không thấp hơn 3 triệu đồng", [Reading(3e6, "đồng", .atLeast)])
    }

    func testTheThingCountedIsTheWholeShortPhrase() {
        assertReadings("làm 44 người bị thương và 14 người chết", [Reading(44, "người bị thương"), Reading(14, "người chết")])
        assertReadings("ghi nhận 120 ca mắc mới", [Reading(120, "ca mắc mới")])
        assertReadings("sản lượng 140.000 tấn/năm", [Reading(140_000, "tấn/năm")])
    }

    func testTheSameValueForAnotherFactIsItsOwnFigure() {
        assertReadings("GDP đạt 5,1%, sản xuất công nghiệp tăng 5,1%.", [Reading(5.1, "%"), Reading(5.1, "%", nil, .increase)])
        // The fact is quoted where it is qualified: the lead's "giảm đến 40%" stands for the title's "Giảm 40%".
        assertReadings("Giảm 40% giá vé\nchương trình giảm đến 40% giá vé", [Reading(40, "%", .upTo, .decrease)])
        let repeated = extractor.figures(in: "Giảm 40% giá vé\nchương trình giảm đến 40% giá vé")
        XCTAssertEqual(repeated.map(\.sentence), ["chương trình giảm đến 40% giá vé"])
        assertReadings("Nguyên liệu - 15g gừng - 15g mật ong", [Reading(15, "g"), Reading(15, "g")])
        assertReadings("có 2 người Mỹ, 2 người Pháp bị thương", [Reading(2, "người Mỹ"), Reading(2, "người Pháp bị thương")])
        assertReadings("dội nước lạnh 30 giây, sau đó tắm nước nóng 30 giây, và kết thúc với 30 giây dội nước lạnh.",
                       [Reading(30, "giây"), Reading(30, "giây"), Reading(30, "giây")])
        assertReadings("trong 5 tháng năm 2017, giảm 4 vụ so với 5 tháng của năm 2016", [Reading(5, "tháng"), Reading(4, "vụ", nil, .decrease)])
        assertReadings("Cô hôn hàng trăm người đàn ông xa lạ.\nCô hôn đủ 100 người đàn ông xa lạ.",
                       [Reading(100, "người đàn ông xa lạ", .atLeast), Reading(100, "người đàn ông xa lạ")])
        assertReadings("Gần một tuần nay, khu B ngập.\nNgắn cũng 4 ngày, còn thường là hơn 1 tuần nước mới rút.",
                       [Reading(1, "tuần", .almost), Reading(4, "ngày"), Reading(1, "tuần", .moreThan)])
    }

    func testInTheBodyAShareOrRateIsTheSameFactOnlyUnderTheSameWord() {
        let title = "Giá vàng giảm\nGiá vàng giảm trong phiên sáng.\n"
        assertReadings(title + "Doji giảm giá vàng thêm 20.000 đồng/lượng. Rồng Thăng Long giảm 20.000 đồng/lượng.",
                       [Reading(20000, "đồng/lượng", nil, .decrease), Reading(20000, "đồng/lượng", nil, .decrease)])
        assertReadings(title + "Anh mua cá với giá 10 triệu đồng. Người dân bán với giá gần 10 triệu đồng.",
                       [Reading(1e7, "đồng", .almost)])
        assertReadings("Giảm 20.000 đồng/lượng\nGiá vàng giảm.\nGiá vàng hôm nay tăng. Doji cũng giảm 20.000 đồng/lượng.",
                       [Reading(20000, "đồng/lượng", nil, .decrease)])
        assertReadings(title + "Bộ Tài chính nắm 100% vốn. Địa phương được hưởng 100% các nguồn thu.", [Reading(100, "%"), Reading(100, "%")])
        assertReadings(title + "Dự án có 5.000 ha đất. Diện tích của dự án gồm 5.000 ha.", [Reading(5000, "ha đất")])
    }

    func testAListOfAmountsSharesTheLastUnit() {
        assertReadings("Mức khuyến mại lần lượt 30, 40 triệu đồng", [Reading(3e7, "đồng"), Reading(4e7, "đồng")])
        assertReadings("khuyến mại lần lượt 20 triệu và 15 triệu đồng", [Reading(2e7, "đồng"), Reading(1.5e7, "đồng")])
    }

    func testAGroupCountedAgainIsListedOnce() {
        assertReadings("Ông Lãnh cùng ba cháu ngoại ra sông. Sau đó ba cháu lao ra cứu.", [Reading(3, "cháu ngoại")])
        assertReadings("Ông có 2 con sinh đôi. Cô chăm hai con riêng.", [Reading(2, "con sinh đôi")])
        assertReadings("Có 3 người chết. Ngoài ra 3 người bị thương.", [Reading(3, "người chết"), Reading(3, "người bị thương")])
        assertReadings("Có 3 người chết. Sau đó 3 người chết được đưa đi.", [Reading(3, "người chết")])
        // A bare count names a group in a state again only when its clause says so.
        assertReadings("Xe làm 6 người khác bị thương. Xe đâm 6 người ở tầng 16 bị thương.", [Reading(6, "người bị thương")])
        assertReadings("Có 3 người bị thương. Sau đó có 3 người, gồm 2 trẻ em, đã tử vong.",
                       [Reading(3, "người bị thương"), Reading(3, "người"), Reading(2, "trẻ em")])
    }

    func testNumbersThatNameAGroupAreNotCounts() {
        assertReadings("nếu 2 nước hợp tác với nhau", [])
        assertReadings("Hai người luôn nắm tay nhau", [])
        assertReadings("Cả 2 lãnh đạo nhấn mạnh", [])
        assertReadings("có tất cả 21 nhà thiết kế tham gia", [Reading(21, "nhà thiết kế")])
        assertReadings("thanh toán 3 dịch vụ khác nhau", [Reading(3, "dịch vụ")])
        assertReadings("làm 3 người bị thương khi hai xe đâm nhau", [Reading(3, "người bị thương")])
        assertReadings("phát hiện Thành mang theo một ba lô xuất hiện", [])
        assertReadings("trong ba lô của Thành có ma túy", [])
        assertReadings("chia ba lô đất", [Reading(3, "lô đất")])
    }

    func testNumbersInNamesAndHeadingsAreNotFigures() {
        assertReadings("UBND huyện, Lữ đoàn 28 Quân chủng Phòng không", [])
        assertReadings("Bước 4 Đổ sinh tố ra ly", [])
        assertReadings("Giá bán tại Trung Quốc là 1.799 Nhân dân tệ", [Reading(1799, "nhân dân tệ")])
        assertReadings("theo Nghị định 84 quỹ bình ổn không phải là tiền Nhà nước", [])
        assertReadings("Thông tư 36 quy định", [])
        assertReadings("Hội nghị quyết định 4 nhóm vấn đề", [Reading(4, "nhóm vấn đề")])
        assertReadings("khoảng một nửa trong số 125 Nhà vua đã thoái vị", [Reading(0.5, "Nhà vua", .about), Reading(125, "Nhà vua")])
        assertReadings("là 718 Boxster và 718 Cayman cũng góp sức với 356 chiếc", [Reading(356, "chiếc")])
        assertReadings("trước cổng Bệnh viện (37 Hai Bà Trưng) có 1 vệt bùn lớn", [Reading(1, "vệt bùn lớn")])
        assertReadings("57 X 19 = 1.083", [])
        assertReadings("mạng 3G và 4G phủ sóng", [])
        assertReadings("giá iPhone 7 giảm 2 triệu đồng", [Reading(2e6, "đồng", nil, .decrease)])
        assertReadings("hộ ông Hợp, cụm 5 xã Phụng Thượng có 170 con", [Reading(170, "con")])
        assertReadings("Việt Nam là 1 trong 2 nước trong tour", [Reading(2, "nước")])
        assertReadings("(ĐTTD) Với 5.589 chiếc xe đã giao", [Reading(5589, "chiếc xe")])
        assertReadings("cho người dân Qatar 14 ngày để rời khỏi", [Reading(14, "ngày")])
        assertReadings("khảo sát hôm 7/2 cũng tiết lộ 44% người được hỏi", [Reading(44, "%")])
    }

    func testAHalfWithNothingCountedTakesWhatItIsAShareOf() {
        assertReadings("trong đó một nửa là nữ", [Reading(0.5, "nữ")])
        assertReadings("chỉ còn một nửa.", [])
    }

    func testCaBeforeAScaleWordIsAbout() {
        assertReadings("Cả trăm cán bộ, chiến sĩ tìm kiếm", [Reading(100, "cán bộ", .about)])
        assertReadings("cả nghìn người đến xem", [Reading(1000, "người", .about)])
    }

    func testACommaBeforeThreeDigitsIsDecimalWhereDotsGroupThousands() {
        assertReadings("giá không cao hơn 17.366 đồng/lít; dầu thô 62,729 USD/thùng",
                       [Reading(17366, "đồng/lít", .atMost), Reading(62.729, "USD/thùng")])
        assertReadings("dầu thô 62,729 USD/thùng", [Reading(62729, "USD/thùng")])
        assertReadings("giá 17.366 đồng; khách sạn 1,400 phòng", [Reading(17366, "đồng"), Reading(1400, "phòng")])
    }

    func testDurationsAreFiguresAndClockTimesAreNot() {
        assertReadings("lễ hội kéo dài 9 ngày", [Reading(9, "ngày")])
        assertReadings("sau 62 năm chung sống", [Reading(62, "năm")])
        assertReadings("cách nhau khoảng một giờ đồng hồ", [Reading(1, "giờ đồng hồ", .about)])
        assertReadings("thanh tra trong vòng 45 ngày", [Reading(45, "ngày", .atMost)])
        assertReadings("mãn hạn 5 năm tù", [Reading(5, "năm tù")])
        assertReadings("xảy ra lúc 8 giờ sáng", [])
        assertReadings("khoảng 21h45 ngày 4.7", [])
    }

    func testFractionsAndHalves() {
        assertReadings("giảm được 2/3 số kí", [Reading(0.6667, "số kí", nil, .decrease)])
        assertReadings("hơn nửa thế kỷ", [Reading(0.5, "thế kỷ", .moreThan)])
        assertReadings("sau 2 năm rưỡi điều tra", [Reading(2.5, "năm")])
        assertReadings("thêm ½ bát đường", [Reading(0.5, "bát đường", nil, .increase)])
        assertReadings("gần nửa triệu người", [Reading(5e5, "người", .almost)])
        assertReadings("vay 1 triệu rưỡi đồng", [Reading(1.5e6, "đồng")])
        assertReadings("một nửa số dân", [Reading(0.5, "số dân")])
        assertReadings("từ ngày 2/3 vừa qua", [])
        assertReadings("thu hút tới 1/3 tổng vốn đầu tư", [Reading(0.3333, "tổng vốn đầu tư", .upTo)])
        assertReadings("từ 1/3 đến 5/3", [])
        assertReadings("lúc nửa đêm", [])
    }

    func testAgesAndBirthYearsAreNotFigures() {
        assertReadings("ông Văn Tấn Lãnh (68 tuổi)", [])
        assertReadings("thủ môn sinh năm 1999", [])
        assertReadings("Stephen John Scott, SN 1963", [])
        assertReadings("Cụ ông 84 nắm tay cụ bà 82", [])
        assertReadings("người tham gia phải trên 18 tuổi", [])
        assertReadings("nuôi 200 con rắn bố mẹ và nhiều con non từ 3 tháng tuổi đến một năm.", [Reading(200, "con rắn bố mẹ")])
    }

    func testOneHourAfterIsADuration() {
        assertReadings("Một tiếng sau, anh đăng tiếp", [Reading(1, "tiếng")])
        assertReadings("một năm sau khi ra trường", [Reading(1, "năm")])
        assertReadings("một ngày đẹp trời", [])
    }

    func testMeasuresWrittenAgainstTheNumber() {
        assertReadings("tạo ra lượng nọc độc khoảng 400mg, trong đó 1mg nọc độc", [Reading(400, "mg", .about), Reading(1, "mg")])
    }

    func testEstimatesAndMeasuresNamedByDo() {
        assertReadings("kim ngạch ước đạt 2,8 tỷ USD", [Reading(2.8e9, "USD", .about)])
        assertReadings("tốc độ 1,5 GHz", [Reading(1.5, "GHz")])
        assertReadings("thưởng cho Cẩm Hiền 1.000 USD", [Reading(1000, "USD")])
    }
}
