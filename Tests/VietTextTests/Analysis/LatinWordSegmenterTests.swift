import Foundation
import TestSupport
import VietText
import XCTest

/// The fast segmentation gives ICU's word boundaries exactly, or declines and
/// leaves the text to ICU.
final class LatinWordSegmenterTests: XCTestCase {
    private func boundaries(_ text: String) -> (fast: [Int32]?, icu: [Int32]) {
        let bytes = Array(text.utf8)
        var fast: [Int32] = []
        let covered = bytes.withUnsafeBufferPointer { LatinWordSegmenter.segment($0.baseAddress!, count: $0.count, into: &fast) }
        var icu: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                WordSegmenter().forEachWord(in: text.baseAddress!, count: text.count) { start, end in
                    icu.append(Int32(start)); icu.append(Int32(end)); return true
                }
            }
        }
        return (covered ? fast : nil, icu)
    }

    private func assertSameAsICU(_ text: String, covered: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        let (fast, icu) = boundaries(text)
        if covered {
            XCTAssertEqual(fast, icu, text.debugDescription, file: file, line: line)
        } else {
            XCTAssertNil(fast, "should leave \(text.debugDescription) to ICU", file: file, line: line)
        }
    }

    func testAgreesWithICUOnVietnameseAndPunctuation() {
        for text in [
            "Công đoàn CAND (CĐ) – “Tết sum vầy”… 2.000 buổi, 12,5%; 02-NQ/TW ngày 12/6/2021.",
            "U.S.A don't l’amour 3.5.6 a.b.c 1'000 x.5 .5 5. a: b Ảnh:Hồng",
            "Co\u{0302}ng đoa\u{0300}n ho\u{0300}a \u{0300}a", "\n\n  \t", "", "a", "1", "1.", "a.", "a..b", "1,,2",
            "Hà Nội, ngày 25 tháng 4 năm 2026 - TP.HCM - NĐ-CP - 100/2015/NĐ-CP",
        ] {
            assertSameAsICU(text)
        }
    }

    /// The short paths for letters inside a word (ASCII, two-byte Latin, the Vietnamese block)
    /// end where the general reader takes over: signs among the two-byte letters, the first
    /// scalar past the table, combining marks after each kind of letter.
    func testShortPathEdgesAgreeWithICU() {
        for text in [
            "a×b a÷b é×é Ḁx ỿ ỹ̀a ệ\u{0323}b a\u{0301}\u{0323}c Đ\u{0300}ĐX ưở.ờ 1.ệ ệ.1 ɏa", "ȿ Ⱥ ÿ À Ö Ø ö ø",
        ] {
            assertSameAsICU(text)
        }
        for text in ["aɐb", "ɐ", "ḁ\u{2060}b"] {
            assertSameAsICU(text, covered: false)
        }
    }

    /// Seeded random texts over the characters the short paths and their neighbours take.
    func testRandomLatinTextAgreesWithICU() {
        let alphabet: [String] = [
            "a", "Z", "7", "0", " ", ".", ",", ";", ":", "'", "’", "-", "/", "(", "é", "Đ", "đ", "ư", "ơ", "×", "÷", "ß",
            "ệ", "Ỹ", "ḁ", "ỿ", "\u{0300}", "\u{0301}", "\u{0323}", "\u{00B7}", "\u{2019}", "\u{2026}", "\n", "ȿ",
        ]
        var random = SplitMix64(seed: 0x5345_474D)
        var covered = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            let (fast, icu) = boundaries(text)
            if let fast {
                covered += 1
                XCTAssertEqual(fast, icu, text.debugDescription)
            }
        }
        XCTAssertGreaterThan(covered, 2_500)
    }

    func testLeavesOtherScriptsAndSpecialCasesToICU() {
        for text in ["banxahoi@vietnamnet.vn", "x_y", "日本語", "Ελληνικά", "a\u{200D}b", "🙂 a", "a\u{00AD}b"] {
            assertSameAsICU(text, covered: false)
        }
    }

    func testAgreesWithICUOnTheSeeds() throws {
        let corpus = RepositoryPaths.corpus
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            assertSameAsICU(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Every gazette document in ../shared whose text the fast path covers gets ICU's boundaries.
    func testAgreesWithICUOnTheGazetteSamples() throws {
        let gazette = RepositoryPaths.shared.appendingPathComponent("corpus-samples/gazette")
        guard let files = FileManager.default.enumerator(atPath: gazette.path)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".txt") }),
              !files.isEmpty else {
            throw XCTSkip("../shared/corpus-samples/gazette is absent")
        }
        var covered = 0
        for name in files {
            let text = try String(contentsOf: gazette.appendingPathComponent(name), encoding: .utf8)
            let (fast, icu) = boundaries(text)
            if let fast {
                covered += 1
                XCTAssertEqual(fast, icu, name)
            }
        }
        XCTAssertGreaterThan(covered, 0, "some gazette texts are plain Latin")
    }
}

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
