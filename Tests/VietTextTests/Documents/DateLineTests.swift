import VietText
import XCTest

/// Date lines near the top of an article or under a headline, and lines that only mention a date.
final class DateLineTests: XCTestCase {
    func testDateLines() {
        XCTAssertEqual(DocumentDate.inDateLine("Thứ Hai, 12/06/2017 08:30"), "2017-06-12")
        XCTAssertEqual(DocumentDate.inDateLine("12-6-2017"), "2017-06-12")
        XCTAssertEqual(DocumentDate.inDateLine("05/03/2014 | 00:01"), "2014-03-05")
        XCTAssertEqual(DocumentDate.inDateLine("08:36 ngày 14/03/2016"), "2016-03-14")
        XCTAssertEqual(DocumentDate.inDateLine("Hà Nội, ngày 25 tháng 6 năm 2025"), "2025-06-25")
        XCTAssertEqual(DocumentDate.inDateLine("Cập nhật: 2017-06-12 08:30 GMT+7"), "2017-06-12")
        XCTAssertEqual(DocumentDate.inDateLine("Thứ hai, 12/6/2017, 08:30 (GMT+7)"), "2017-06-12")
    }

    func testLinesThatAreNotDateLines() {
        XCTAssertNil(DocumentDate.inDateLine("Thế trận xung đột Nga - Ukraine tính đến ngày 15/12/2022 (Đồ họa)"))
        XCTAssertNil(DocumentDate.inDateLine("Sáng 6/2, lễ hội khai mạc"))
        XCTAssertNil(DocumentDate.inDateLine("Số: 12/2017/TT-BLĐTBXH"))
        XCTAssertNil(DocumentDate.inDateLine("31/02/2017"))
        XCTAssertNil(DocumentDate.inDateLine(String(repeating: "Hội nghị 12/06/2017 ", count: 6)))
    }
}
