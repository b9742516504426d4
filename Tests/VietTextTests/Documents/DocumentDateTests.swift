import VietText
import XCTest

/// Dates as stored and filtered: `YYYY-MM-DD`.
final class DocumentDateTests: XCTestCase {
    func testDateForms() {
        XCTAssertEqual(DocumentDate.normalize("2021-06-12"), "2021-06-12")
        XCTAssertEqual(DocumentDate.normalize("12/6/2021"), "2021-06-12")
        XCTAssertEqual(DocumentDate.normalize("12-06-2021"), "2021-06-12")
        XCTAssertEqual(DocumentDate.normalize("2021-06-12T08:00:00Z"), "2021-06-12")
        XCTAssertNil(DocumentDate.normalize("2021-13-01"))
        XCTAssertNil(DocumentDate.normalize("31/02/2021"))
        XCTAssertEqual(DocumentDate.normalize("29/2/2024"), "2024-02-29")
        XCTAssertNil(DocumentDate.normalize("12/6/21"), "a two-digit year is not year 21")
        XCTAssertNil(DocumentDate.normalize("ngày 12"))
        XCTAssertNil(DocumentDate.normalize(""))
    }
}
