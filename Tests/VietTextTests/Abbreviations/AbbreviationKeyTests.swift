import Foundation
import TestSupport
import XCTest
@testable import VietText

/// The byte-level keys and line splitting of abbreviation files give exactly what the
/// Character-level definitions give, on every scalar the fast paths take and on random text.
final class AbbreviationKeyTests: XCTestCase {
    private static func referenceKey(_ text: String) -> String {
        String(ICUNormalizer.nfc(text).uppercased().map { $0 == "\u{D0}" || $0 == "\u{189}" ? "\u{110}" : $0 })
    }

    private static func referenceExpansionKey(_ text: String) -> String {
        let lowered = ICUNormalizer.nfc(text).lowercased().replacingOccurrences(of: "\u{F0}", with: "đ").replacingOccurrences(of: "\u{256}", with: "đ")
        return lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    func testKeysMatchTheirCharacterLevelDefinitions() {
        var samples = [
            "", "CĐ", "cđ", "C\u{D0}", "C\u{189}", "TP.HCM", "GD-ĐT", "NN&PTNT", "lđlđ", "Co\u{302}ng đoàn", "İstanbul", "straße",
            "Công đoàn", "phòng cháy, chữa cháy", "Phòng cháy chữa cháy", "Ủy ban nhân dân", "ỦY BAN", "  a--b  ", "x\u{301}y",
            "ǅ ǆ", "ﬁ", "Œuvre", "người lao động (NLĐ)", "COVID-19", "3.000đ", "a\u{A0}b", "\u{1E9E}", "ÿŸ", "\r\n", "a\r\nb",
        ]
        samples += AbbreviationDictionary.builtIn.flatMap { [$0.abbr] + $0.senses.map(\.expansion) }
        var generator = SplitMix64(seed: 6)
        let alphabet = Array("aăâđeêioôơuưyAĂÂĐEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ÀÁẢÃẠỲÝ-.,&/()0123456789\u{301}\u{A0}ÐƉßİ\t")
        for _ in 0..<2000 {
            samples.append(String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for text in samples {
            XCTAssertEqual(Abbreviation.key(text), Self.referenceKey(text), text.debugDescription)
            XCTAssertEqual(Abbreviation.expansionKey(text), Self.referenceExpansionKey(text), text.debugDescription)
        }
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

    func testFieldsAreTrimmedAsFoundationTrimsThem() {
        for field in ["", " ", "CĐ", " CĐ ", "\tcao đẳng\u{A0}", "Hà Nội", "Hà Nội\u{2003}", "\u{3000}x", "ỵ", "a\u{301}", "-"] {
            XCTAssertEqual(AbbreviationDictionary.trimmingWhitespace(Substring(field)), field.trimmingCharacters(in: .whitespaces), field.debugDescription)
        }
    }
}
