import Foundation
import TestSupport
import XCTest
@testable import VietText

/// Units as figures store and filter them.
final class FigureUnitKeyTests: XCTestCase {
    func testLowerCaseWithDsLookAlikesAsD() {
        for text in ["ĐOÀN VIÊN", "Hộ Dân", "İstanbul", "ΣΑΣ", "ǅ", "e\u{0301}", "\u{212A}m", "ﬁ", "straße", ""] {
            XCTAssertEqual(FigureUnitKey.lowercased(text), text.lowercased(), text)
        }
        XCTAssertEqual(FigureUnitKey.lowercased("VN\u{D0} \u{189}\u{F0}"), "vnđ đđ")
    }

    func testKeysCompareAsStringsDo() {
        let words = ["đồng", "đô\u{0300}ng", "năm", "năm liền", "nă\u{0300}m", "người", "người dân", "ngươ\u{0300}i dân",
                     "USD", "giờ", "giờ sáng", "", "%", "đ", "kg/người", "\u{212B}", "Å", "m\u{00A0}2"]
        var generator = SplitMix64(seed: 3)
        var units = words
        for _ in 0..<300 {
            let count = 1 + Int(generator.next() % 3)
            units.append((0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " "))
        }
        let keys = units.map(FigureUnitKey.init)
        for key in keys {
            XCTAssertEqual(key.text, FigureExtractor.unitKey(key.text))
            for other in keys {
                XCTAssertEqual(key.isSame(as: other), key.text == other.text, "\(key.text) \(other.text)")
                XCTAssertEqual(key.extends(other), key.text.hasPrefix(other.text + " "), "\(key.text) \(other.text)")
            }
        }
    }

    func testAliases() {
        XCTAssertEqual(FigureExtractor.unitKey("VND"), "đồng")
        XCTAssertEqual(FigureExtractor.unitKey("Đ"), "đồng")
        XCTAssertEqual(FigureExtractor.unitKey("Đô La Mỹ"), "usd")
        XCTAssertEqual(FigureExtractor.unitKey("PHẦN TRĂM"), "%")
        XCTAssertEqual(FigureExtractor.unitKey("pha\u{0302}\u{0300}n trăm"), "%")
        XCTAssertEqual(FigureExtractor.unitKey("đồng/suất"), "đồng/suất")
    }

    /// `--unit` as a query: without diacritics it is matched folded, and a unit's other names stand for it.
    func testUnitsTypedAsQueriesAre() {
        XCTAssertTrue(FigureExtractor.unitQuery("người chết") == ("người chết", false))
        XCTAssertTrue(FigureExtractor.unitQuery("Nguoi Chet") == ("nguoi chet", true))
        XCTAssertTrue(FigureExtractor.unitQuery("dong") == ("đồng", false))
        XCTAssertTrue(FigureExtractor.unitQuery("VNĐ") == ("đồng", false))
        XCTAssertTrue(FigureExtractor.unitQuery("do la my") == ("usd", false))
        XCTAssertTrue(FigureExtractor.unitQuery("đô la Mỹ") == ("usd", false))
        XCTAssertTrue(FigureExtractor.unitQuery("cay so") == ("km", false))
        XCTAssertEqual(FigureExtractor.unitKey("cây số"), "km")
        XCTAssertEqual(FigureExtractor.unitFold("người bị thương"), "nguoi bi thuong")
        XCTAssertEqual(FigureExtractor.unitFold("ngươ\u{0300}i"), "nguoi")
        XCTAssertEqual(FigureExtractor.unitFold("đồng/lít"), "dong/lit")
        XCTAssertEqual(FigureExtractor.unitFold("đồng/m²"), "dong/m²")
        XCTAssertEqual(FigureExtractor.unitFold("km/h"), "km/h")
    }
}
