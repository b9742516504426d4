import VietText
import XCTest

/// đ and Đ fold to d; the look-alikes Ð (U+00D0) and Ɖ (U+0189) are read as đ.
final class DLetterTests: XCTestCase {
    func testDWithStrokeFoldsToD() {
        assertForms("đoàn ĐOÀN Đảng đ", [("đoàn", "doan"), ("đoàn", "doan"), ("đảng", "dang"), ("đ", "d")])
    }

    func testStrokeAloneIsADiacritic() {
        assertForms("đoan doan", [("đoan", "doan"), ("doan", nil)])
        XCTAssertTrue(Analyzer().tokens(in: "đi")[0].hasDiacritics)
        XCTAssertFalse(Analyzer().tokens(in: "di")[0].hasDiacritics)
    }

    func testLatinCapitalEthIsReadAsD() {
        XCTAssertEqual("\u{00D0}oàn".unicodeScalars.first?.value, 0xD0)
        assertForms("\u{00D0}oàn \u{00D0}ẢNG", [("đoàn", "doan"), ("đảng", "dang")])
    }

    func testLowercaseEthIsReadAsDSoCaseNeverMatters() {
        assertForms("\u{00F0}oàn \u{00D0}OÀN", [("đoàn", "doan"), ("đoàn", "doan")])
        XCTAssertEqual(exactForm("\u{00D0}oàn".lowercased()), exactForm("\u{00D0}oàn"))
    }

    func testAfricanDIsReadAsD() {
        XCTAssertEqual("\u{0189}oàn".unicodeScalars.first?.value, 0x189)
        assertForms("\u{0189}oàn \u{0256}oàn", [("đoàn", "doan"), ("đoàn", "doan")])
    }

    func testLookAlikeOffsetsAreThoseOfTheInput() {
        assertTokens("Công \u{00D0}oàn", [("công", 0, 5, 0), ("đoàn", 6, 12, 1)])
        assertTokens("Công \u{0189}oàn", [("công", 0, 5, 0), ("đoàn", 6, 12, 1)])
    }

    func testAbbreviationsWithD() {
        assertForms("CĐ NLĐ LĐLĐ", [("cđ", "cd"), ("nlđ", "nld"), ("lđlđ", "ldld")])
    }
}
