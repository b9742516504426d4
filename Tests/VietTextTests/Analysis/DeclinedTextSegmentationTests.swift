import TestSupport
import VietText
import XCTest

/// A text the fast segmentation declines is read in pieces, and only the pieces it declines go
/// to ICU: the words are those ICU gives the whole text.
final class DeclinedTextSegmentationTests: XCTestCase {
    /// The byte ranges `Analyzer.segments` gives, and those of ICU over the whole text cut as the analyzer cuts words.
    private func ranges(_ text: String) -> (analyzer: [Range<Int>], icu: [Range<Int>]) {
        let bytes = Array(text.utf8)
        var analyzer: [Range<Int>] = []
        var icu: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Analyzer().segments(chars.baseAddress!, count: chars.count) { analyzer.append($0..<$1); return true }
                let utf8 = buffer.baseAddress!
                let cutDots = DottedWordFilter.mayCut(utf8, count: buffer.count)
                WordSegmenter().forEachWord(in: chars.baseAddress!, count: chars.count) { start, end in
                    let add: (Int, Int) -> Bool = { icu.append($0..<$1); return true }
                    _ = cutDots
                        ? DottedWordFilter.parts(utf8, start: start, end: end) { AdministrativePrefix.parts(utf8, start: $0, end: $1, add) }
                        : AdministrativePrefix.parts(utf8, start: start, end: end, add)
                    return true
                }
            }
        }
        return (analyzer, icu)
    }

    func testDeclinedCharactersAmidLongLatinTextGetICUsWords() {
        let sentence = "Ông Nguyễn Văn A. (TP.HCM) cho biết, năm 2017 có 1.500 người tham gia Q.1 TPHCM; giá 12,5% tăng. "
        let odd = ["banxahoi@vietnamnet.vn", "x_y", "Ελληνικά", "a\u{200D}b", "🙂", "日本語", "a\u{00AD}b", "@", "_", "ɐ"]
        var random = SplitMix64(seed: 0x5049_4543)
        for _ in 0..<200 {
            var parts = (0..<Int.random(in: 1...40, using: &random)).map { _ in sentence }
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0...parts.count, using: &random)
                let glue = [" ", "", "\n", ". ", "  "].randomElement(using: &random)!
                parts.insert(glue + odd.randomElement(using: &random)! + glue, at: at)
            }
            let text = parts.joined()
            let (analyzer, icu) = ranges(text)
            XCTAssertEqual(analyzer, icu, text.debugDescription)
        }
    }

    func testStoppingEndsTheWalk() {
        let text = String(repeating: "một hai ba bốn năm ", count: 100) + "a@b.vn " + String(repeating: "sáu bảy ", count: 100)
        var words = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Analyzer().segments(chars.baseAddress!, count: chars.count) { _, _ in
                    words += 1
                    return words < 700
                }
            }
        }
        XCTAssertEqual(words, 700)
    }
}
