import VietText
import XCTest

/// Vietnamese thousands separators: `2.000` is `2000`; `12,5` is one number.
final class NumberTests: XCTestCase {
    func testThousandsSeparatorsAreDropped() {
        assertTokens("2.000 2000 2.000.000 5.339", [("2000", 0, 5, 0), ("2000", 6, 10, 1), ("2000000", 11, 20, 2), ("5339", 21, 26, 3)])
    }

    func testDecimalCommaStaysOneNumber() {
        assertTokens("12,5 3,14", [("12,5", 0, 4, 0), ("3,14", 5, 9, 1)])
        assertTokens("1.234,5", [("1234,5", 0, 7, 0)])
    }

    func testDotsThatAreNotThousandsSeparatorsStay() {
        XCTAssertEqual(exactForm("12.5"), ["12.5"])
        XCTAssertEqual(exactForm("1.23"), ["1.23"])
        XCTAssertEqual(exactForm("1.2345"), ["1.2345"])
        XCTAssertEqual(exactForm("1234.567"), ["1234.567"])
    }

    func testNumbersHaveNoFoldedForm() {
        XCTAssertEqual(Analyzer().tokens(in: "2.000").first?.folded, nil)
    }

    func testNumbersInsideSlashedReferencesAreSeparateTokens() {
        assertTokens("02/NQ-TW", [("02", 0, 2, 0), ("nq", 3, 5, 1), ("tw", 6, 8, 2)])
    }
}
