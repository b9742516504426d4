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
