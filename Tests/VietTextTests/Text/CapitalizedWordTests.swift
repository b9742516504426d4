import VietText
import XCTest

/// Words written in capitals, as abbreviations are, told apart from ordinary words.
final class CapitalizedWordTests: XCTestCase {
    private func capitals(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { CapitalizedWord.isWrittenInCapitals($0.baseAddress!, count: $0.count) }
    }

    func testAbbreviationsAreCapitals() {
        for word in ["CĐ", "LĐLĐ", "CAND", "TP.HCM", "NĐ-CP", "ĐBSCL", "ƯƠNG", "ĂN", "ỦY", "ÐB", "ƉT", "ΑΒ"] {
            XCTAssertTrue(capitals(word), word)
        }
    }

    func testOrdinaryWordsAreNot() {
        for word in ["Công", "công", "Đoàn", "đoàn", "A", "Đ", "2023", "C2", "Ưu", "ƯƠng", "CĐcs", "Ăn", "Ủy", "TPhcm", "Αβ", "ca"] {
            XCTAssertFalse(capitals(word), word)
        }
    }

    /// The block-layout shortcut agrees with Unicode on every letter it covers.
    func testCaseShortcutAgreesWithUnicode() {
        for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isUppercase || scalar.properties.isLowercase else { continue }
            let word = String(scalar) + String(scalar)
            XCTAssertEqual(capitals(word), scalar.properties.isUppercase, String(format: "U+%04X", value))
        }
    }
}
