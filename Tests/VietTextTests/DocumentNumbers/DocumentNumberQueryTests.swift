import VietText
import XCTest

final class DocumentNumberQueryTests: XCTestCase {
    func testNumbersAsPeopleTypeThem() {
        let directive = DocumentNumberQuery.number("05-CT/TW")
        for typed in ["05-CT/TW", "05/CT-TW", "5-ct/tw", "05-CT-TW", "05 CT/TW", "05 CT TW", "chỉ thị 05-CT/TW", "Chỉ thị số 05/CT-TW"] {
            XCTAssertEqual(DocumentNumberQuery.parse(typed), directive, typed)
        }
        XCTAssertEqual(DocumentNumberQuery.parse("100 2015 ND CP"), .number("100/2015/NĐ-CP"))
        XCTAssertEqual(DocumentNumberQuery.parse("113/NQ-CP"), .number("113/NQ-CP"))
    }

    func testATypeAndABareNumberStandForEveryCitedNumberOfThatType() {
        for typed in ["chỉ thị 05", "chi thi 05", "Chỉ thị số 5", "CT 05"] {
            XCTAssertEqual(DocumentNumberQuery.parse(typed), .typeAndNumber(DocumentType.code("CT")!, 5), typed)
        }
        XCTAssertEqual(DocumentNumberQuery.parse("NQ 02"), .typeAndNumber(DocumentType.code("NQ")!, 2))
        XCTAssertEqual(DocumentNumberQuery.parse("nghi quyet 39"), .typeAndNumber(DocumentType.code("NQ")!, 39))
    }

    func testWordsAndFiguresAreNoNumbers() {
        for typed in ["công đoàn", "12/6/2021", "Điều 5", "50/50", "2017", "giá xăng 05"] {
            XCTAssertNil(DocumentNumberQuery.parse(typed), typed)
        }
    }
}
