import VietText
import XCTest

/// i and y after a bare consonant onset are one spelling; other i/y words stay apart.
final class IYSpellingTests: XCTestCase {
    private func assertSameSpelling(_ pairs: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (y, i) in pairs {
            XCTAssertEqual(exactForm(y), exactForm(i), "\(y) / \(i)", file: file, line: line)
            XCTAssertEqual(exactForm(y).count, 1, y, file: file, line: line)
        }
    }

    func testToneBearingPairs() {
        assertSameSpelling([("tỷ", "tỉ"), ("kỹ", "kĩ"), ("lý", "lí"), ("mỹ", "mĩ"), ("sỹ", "sĩ"), ("quý", "quí"), ("kỷ", "kỉ"), ("quỷ", "quỉ")])
        assertSameSpelling([("TỶ", "tỉ"), ("Mỹ", "mĩ"), ("QUÝ", "quí")])
    }

    func testToneBearingPairsInNFD() {
        assertSameSpelling([("ty\u{0309}", "tỉ"), ("ky\u{0303}", "kĩ"), ("qu\u{0079}\u{0301}", "quí")])
    }

    func testUnaccentedPairs() {
        assertSameSpelling([("hy", "hi"), ("ty", "ti"), ("ly", "li"), ("my", "mi"), ("HY", "hi")])
    }

    func testFoldedFormsAgreeToo() {
        XCTAssertEqual(Analyzer().tokens(in: "tỷ").first?.folded, "ti")
        XCTAssertEqual(Analyzer().tokens(in: "quý").first?.folded, "qui")
    }

    func testWordsThatReallyDifferStayApart() {
        XCTAssertNotEqual(exactForm("tuy"), exactForm("tui"))
        XCTAssertNotEqual(exactForm("tùy"), exactForm("tùi"))
        XCTAssertNotEqual(exactForm("khuya"), exactForm("khuia"))
        XCTAssertEqual(exactForm("quyết"), ["quyết"])
        XCTAssertEqual(exactForm("nguyễn"), ["nguyễn"])
    }

    func testYWithoutAnOnsetIsUntouched() {
        assertTokens("y tế", [("y", 0, 1, 0), ("tế", 2, 6, 1)])
        assertTokens("Y TẾ", [("y", 0, 1, 0), ("tế", 2, 6, 1)])
        XCTAssertEqual(exactForm("ý"), ["ý"])
        XCTAssertEqual(exactForm("yêu"), ["yêu"])
    }
}
