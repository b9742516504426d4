import VietText
import XCTest

/// Lines a page layout broke, joined back; lines that start something of their own kept.
final class WrappedLinesTests: XCTestCase {
    func testAJointCircularsNumberCutAfterAHyphenIsOneNumber() {
        XCTAssertEqual(WrappedLines.join(["Số: 12/2024/TTLT-BLĐTBXH-BTC-", "BYT", "Hà Nội, ngày 12 tháng 6 năm 2024"]),
                       ["Số: 12/2024/TTLT-BLĐTBXH-BTC-BYT", "Hà Nội, ngày 12 tháng 6 năm 2024"])
        XCTAssertEqual(WrappedLines.join(["theo Thông tư số 27/2016/TT-", "", "BLĐTBXH ngày 01 tháng 9 năm 2016."]),
                       ["theo Thông tư số 27/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016."])
    }

    func testASentenceGoingOnInLowerCaseIsOneLine() {
        XCTAssertEqual(WrappedLines.join(["1. Chương trình đào tạo phải đáp ứng quy định về khối lượng kiến thức", "tối thiểu, yêu cầu về năng lực."]),
                       ["1. Chương trình đào tạo phải đáp ứng quy định về khối lượng kiến thức tối thiểu, yêu cầu về năng lực."])
        XCTAssertEqual(WrappedLines.join(["của Bộ Lao động -", "Thương binh và Xã hội;"]), ["của Bộ Lao động - Thương binh và Xã hội;"])
    }

    func testLinesThatStartSomethingOfTheirOwnStay() {
        let lines = ["Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định:", "a) đối tượng áp dụng;", "b) thời hạn.", "THÔNG TƯ", "Quy định chi tiết"]
        XCTAssertEqual(WrappedLines.join(lines), lines)
    }
}
