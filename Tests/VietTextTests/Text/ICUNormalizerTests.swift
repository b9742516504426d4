import XCTest
@testable import VietText

final class ICUNormalizerTests: XCTestCase {
    private func isObviouslyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ICUNormalizer.isObviouslyNFC(UnsafeRawBufferPointer($0)) }
    }

    /// Precomposed Vietnamese (lead bytes C3, C4, C6, E1 BA/BB) is NFC at any length and offset.
    func testPrecomposedVietnameseIsObviouslyNFC() {
        let text = "Công đoàn Việt Nam tổ chức hội nghị, người lao động được hỗ trợ ở Đà Nẵng."
        XCTAssertEqual(ICUNormalizer.normalize(Array(text.utf8)), text)
        for padding in 0..<17 {
            let padded = String(repeating: "a", count: padding) + text
            XCTAssertTrue(isObviouslyNFC(padded), "padding \(padding)")
            XCTAssertTrue(isObviouslyNFC(String(padded.prefix(padding + 3))), "prefix \(padding)")
        }
    }

    /// A byte that may start a combining mark or a character NFC changes is found wherever it
    /// stands: in a run of eight plain bytes, across two, or among the last few bytes.
    func testMarksAreFoundAtEveryOffset() {
        let marks = ["\u{301}", "\u{345}", "\u{1DC0}", "\u{1100}", "\u{20D0}", "\u{F900}", "😀"]
        for mark in marks {
            for padding in 0..<20 {
                for tail in ["", "x", "abcdefghijklmnop", " Việt"] {
                    let text = String(repeating: "e", count: padding) + mark + tail
                    XCTAssertFalse(isObviouslyNFC(text), "\(mark.unicodeScalars.first!.value) after \(padding), then \(tail)")
                }
            }
        }
    }

    /// Every character of the Basic Multilingual Plane the check passes is its own NFC, is no
    /// combining mark, and stays as it is after a letter; the characters NFC changes on their own
    /// (Å written as U+212B, Ω as U+2126, U+2000, Greek ano teleia and oxia, Devanagari nukta
    /// letters) do not pass, and `nfc` normalizes them.
    func testEveryCharacterThatPassesIsNFCAlone() {
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            guard isObviouslyNFC(text) else { continue }
            XCTAssertEqual(ICUNormalizer.normalize(Array(text.utf8)), text, String(value, radix: 16))
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, String(value, radix: 16))
            XCTAssertEqual(ICUNormalizer.normalize(Array(("e" + text).utf8)), "e" + text, String(value, radix: 16))
        }
        for (written, nfc) in [("\u{212B}", "\u{C5}"), ("\u{2126}", "\u{3A9}"), ("\u{212A}", "K"), ("\u{2000}", "\u{2002}"),
                               ("\u{387}", "\u{B7}"), ("\u{1F71}", "\u{3AC}"), ("\u{958}", "\u{915}\u{93C}")] {
            XCTAssertFalse(isObviouslyNFC("Tỷ lệ " + written), written)
            XCTAssertEqual(ICUNormalizer.nfc("Tỷ lệ " + written).unicodeScalars.map(\.value), ("Tỷ lệ " + nfc).unicodeScalars.map(\.value))
        }
    }

    /// Only texts that are NFC already pass: ICU's NFC leaves each of them unchanged.
    func testObviouslyNFCTextsAreUnchangedByNFC() {
        let pieces = ["a", "Đ", "ệ", " ", "ữ", "\u{301}", "e\u{302}", "\u{1100}\u{1161}", "Å", "ﬁ", "9", "\u{F900}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if isObviouslyNFC(text) { XCTAssertEqual(ICUNormalizer.normalize(Array(text.utf8)), text, text) }
        }
    }
}
