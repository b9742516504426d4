import VietText
import XCTest

/// Full Unicode case folding, for Vietnamese and whatever else a document quotes.
final class CaseFoldingTests: XCTestCase {
    func testVietnameseCapitals() {
        assertForms("CÔNG ĐOÀN CAND NGƯỜI LAO ĐỘNG", [
            ("công", "cong"), ("đoàn", "doan"), ("cand", nil), ("người", "nguoi"), ("lao", nil), ("động", "dong"),
        ])
    }

    func testFullFoldingExpandsSharpS() {
        assertForms("Straße STRASSE ẞ", [("strasse", nil), ("strasse", nil), ("ss", nil)])
    }

    func testLigaturesAndOtherScripts() {
        XCTAssertEqual(exactForm("ﬁ"), ["fi"])
        XCTAssertEqual(exactForm("ΣΑΣ"), ["σασ"])
    }

    func testCaseNeverMattersForTheExactForm() {
        for (a, b) in [("Hòa", "hoà"), ("THUỶ", "thủy"), ("Đoàn", "đoàn"), ("NGHĨA", "nghĩa"), ("Ɖoàn", "ĐOÀN")] {
            XCTAssertEqual(exactForm(a), exactForm(b), "\(a) / \(b)")
        }
    }
}
