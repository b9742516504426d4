import Foundation
import TestSupport
import XCTest
@testable import VietText

/// Abbreviation keys, expansion keys, and the lines and fields of abbreviation files.
final class AbbreviationKeyTests: XCTestCase {
    func testKeysReadCaseAndDsLookAlikesAlike() {
        for text in ["CĐ", "cđ", "C\u{D0}", "C\u{189}", "c\u{F0}", "Cđ"] {
            XCTAssertEqual(Abbreviation.key(text), "CĐ", text)
        }
        XCTAssertEqual(Abbreviation.key("tp.hcm"), "TP.HCM")
        XCTAssertEqual(Abbreviation.key("Co\u{302}ng"), "CÔNG", "NFC first")
    }

    func testExpansionKeysDropCaseAndPunctuation() {
        XCTAssertEqual(Abbreviation.expansionKey("phòng cháy, chữa cháy"), Abbreviation.expansionKey("Phòng cháy chữa cháy"))
        XCTAssertEqual(Abbreviation.expansionKey("Phòng cháy, chữa cháy"), "phòng cháy chữa cháy")
        XCTAssertEqual(Abbreviation.expansionKey("  Ủy-ban  "), "ủy ban")
        XCTAssertEqual(Abbreviation.expansionKey("\u{D0}oàn \u{189}oàn"), "đoàn đoàn")
        XCTAssertEqual(Abbreviation.expansionKey("Co\u{302}ng đoàn"), "công đoàn")
    }

    /// Lines end at every line feed, without the carriage return before it (CRLF files).
    func testLinesEndAtLineFeedsAndFieldsSplitAsCharactersDo() {
        let texts = ["", "\n", "a\tb\nc", "a\r\nb", "a\r\r\nb\n", "x\ty\tz\r", "\r", "\n\r\n\n", "CĐ\tCông đoàn\r\nCA\tCông an\n", "a\u{301}\n\u{301}b\tc"]
        for text in texts {
            var expected: [String] = []
            var current = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                guard scalar == "\n" else {
                    current.append(scalar)
                    continue
                }
                if current.last == "\r" { current.removeLast() }
                expected.append(String(current))
                current = String.UnicodeScalarView()
            }
            expected.append(String(current))
            let lines = AbbreviationDictionary.lines(of: text)
            XCTAssertEqual(lines.map(String.init), expected, text.debugDescription)
            for line in lines {
                XCTAssertEqual(AbbreviationDictionary.fields(of: line), line.split(separator: "\t", omittingEmptySubsequences: false), text.debugDescription)
            }
        }
    }
}
