@testable import TracuuIndex
import TestSupport
import VietText
import XCTest

/// The worker's cached analysis gives, word for word, what the analyzer computes
/// (exact form, capitals, accented forms noted), however the cache's slots collide.
final class IndexTermAnalyzerTests: XCTestCase {
    private struct Expected: Equatable {
        var start: Int32, end: Int32, exact: [UInt8], capitals: Bool
    }

    private func replayed(_ analyzed: AnalyzedText) -> [Expected] {
        var words: [Expected] = []
        _ = analyzed.replay { word in
            words.append(Expected(start: word.start, end: word.end, exact: Array(word.exact), capitals: word.writtenInCapitals))
            return 0
        }
        return words
    }

    private func expected(_ text: String) -> (words: [Expected], forms: Set<AccentedForm>) {
        var words: [Expected] = []
        var forms: Set<AccentedForm> = []
        let bytes = Array(text.utf8)
        for token in Analyzer().tokens(in: text) {
            let capitals = bytes.withUnsafeBufferPointer {
                CapitalizedWord.isWrittenInCapitals($0.baseAddress! + token.start, count: token.end - token.start)
            }
            words.append(Expected(start: Int32(token.start), end: Int32(token.end), exact: Array(token.exact.utf8), capitals: capitals))
            if let folded = token.folded { forms.insert(AccentedForm(folded: folded, exact: token.exact)) }
        }
        return (words, forms)
    }

    private func assertSameAsAnalyzer(_ texts: [String], slotBits: Int, file: StaticString = #filePath, line: UInt = #line) {
        let analyzer = IndexTermAnalyzer(cacheSlotBits: slotBits)
        var noted: Set<AccentedForm> = []
        var allForms: Set<AccentedForm> = []
        for text in texts {
            let (words, forms) = expected(text)
            XCTAssertEqual(replayed(analyzer.analyze(text)), words, text.debugDescription, file: file, line: line)
            noted.formUnion(analyzer.accentedForms.take())
            allForms.formUnion(forms)
        }
        XCTAssertEqual(noted, allForms, "every accented form is noted", file: file, line: line)
    }

    private let texts = [
        "Công đoàn CAND (CĐ) Công đoàn công đoàn CÔNG ĐOÀN hòa hoà Hòa tỷ tỉ 2.000 người; TP.HCM",
        "Co\u{0302}ng đoa\u{0300}n ho\u{0300}a: Nghiêng nghiêng NGHIÊNG", "đoàn",
        "Chủtịchcôngđoànliênđoànlaođộngthànhphố dài hơn một ô nhớ Chủtịchcôngđoànliênđoànlaođộngthànhphố",
        "日本語 công đoàn 🙂 x_y", "", "a", "LĐLĐ LĐLĐ NLĐ nlđ",
    ]

    func testCachedAnalysisEqualsTheAnalyzer() {
        assertSameAsAnalyzer(texts, slotBits: 14)
    }

    /// Two slots: nearly every word evicts another, and hits compare words of equal hash.
    func testCollidingSlotsStillGiveEachWordItsOwnTerm() {
        assertSameAsAnalyzer(texts + texts.reversed(), slotBits: 1)
    }

    /// Seeded random texts of syllables that differ only in case, tone or length.
    func testRandomSyllablesEqualTheAnalyzer() {
        let syllables = ["hoà", "hòa", "Hòa", "HÒA", "hoá", "hóa", "ho", "hoa", "đoàn", "Đoàn", "ĐOÀN", "doan", "tỷ", "tỉ",
                         "2.000", "2000", "CĐ", "cđ", "nghiêng", "Nghiêngnghiêng", "Chủtịchcôngđoàn", "CHỦTỊCHCÔNGĐOÀN", "A", "b"]
        var random = SplitMix64(seed: 0x4341_4348)
        let generated = (0..<200).map { _ in
            (0..<Int.random(in: 0...30, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined(separator: " ")
        }
        assertSameAsAnalyzer(generated, slotBits: 3)
    }
}
