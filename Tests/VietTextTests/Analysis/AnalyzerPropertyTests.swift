import TestSupport
import Foundation
import VietText
import XCTest

/// Properties that hold for any input: offsets are in order, inside the input
/// and on character boundaries; NFC and NFD spellings analyze alike.
final class AnalyzerPropertyTests: XCTestCase {
    private static let syllables = [
        "công", "đoàn", "hòa", "hoà", "thủy", "thuỷ", "giữa", "quyết", "ngoài", "khuỷu", "tỷ", "kỹ", "quý", "việt",
        "một", "hội", "người", "Nghị", "QUYẾT", "Đảng", "ƯỚC", "tuy", "y", "2.000", "12,5", "CĐ", "\u{00D0}oàn",
    ]
    private static let separators = [" ", ", ", ". ", "\n", " – ", "(", ") ", "“", "” ", "/", "-", ":", "…", "\t"]

    func testOffsetsAreOrderedInBoundsAndOnScalarBoundaries() {
        var generator = SplitMix64(seed: 7)
        let analyzer = Analyzer()
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 12) {
                switch generator.next() % 4 {
                case 0: text.unicodeScalars.append(Self.randomScalar(&generator))
                case 1: text += Self.separators[Int(generator.next() % UInt64(Self.separators.count))]
                default: text += Self.syllables[Int(generator.next() % UInt64(Self.syllables.count))]
                }
            }
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for (index, token) in analyzer.tokens(in: text).enumerated() {
                XCTAssertEqual(token.position, index, text.debugDescription)
                XCTAssertLessThanOrEqual(previousEnd, token.start, text.debugDescription)
                XCTAssertLessThan(token.start, token.end, text.debugDescription)
                XCTAssertLessThanOrEqual(token.end, bytes.count, text.debugDescription)
                guard token.start < token.end, token.end <= bytes.count else { break }
                XCTAssertNotNil(String(validating: bytes[token.start..<token.end], as: UTF8.self), text.debugDescription)
                XCTAssertFalse(token.exact.isEmpty)
                if let folded = token.folded { XCTAssertNotEqual(folded, token.exact) }
                previousEnd = token.end
            }
        }
    }

    /// `segments` (positions and offsets only, for snippets) cuts exactly the tokens `analyze` gives,
    /// on Latin text (fast segmentation) and on any other (ICU).
    func testSegmentsAreTheTokensRanges() {
        var generator = SplitMix64(seed: 13)
        let analyzer = Analyzer()
        var nonLatin = 0
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 16) {
                switch generator.next() % 5 {
                case 0: text.unicodeScalars.append(Self.randomScalar(&generator))
                case 1: text += Self.separators[Int(generator.next() % UInt64(Self.separators.count))]
                default: text += Self.syllables[Int(generator.next() % UInt64(Self.syllables.count))]
                }
            }
            if text.unicodeScalars.contains(where: { $0.value > 0x2000 && !(0x1E00...0x1EFF).contains($0.value) }) { nonLatin += 1 }
            let tokens = analyzer.tokens(in: text).map { [$0.start, $0.end] }
            var segments: [[Int]] = []
            var utf8 = Array(text.utf8CString)
            utf8.withUnsafeMutableBufferPointer { buffer in
                analyzer.segments(buffer.baseAddress!, count: buffer.count - 1) { start, end in
                    segments.append([start, end])
                    return true
                }
            }
            XCTAssertEqual(segments, tokens, text.debugDescription)
        }
        XCTAssertGreaterThan(nonLatin, 100, "texts the fast segmentation hands to ICU")
    }

    func testNFDAndNFCSpellingsGiveTheSameForms() {
        var generator = SplitMix64(seed: 11)
        let analyzer = Analyzer()
        for _ in 0..<1000 {
            let words = (0..<4).map { _ in Self.syllables[Int(generator.next() % UInt64(Self.syllables.count))] }
            let text = words.joined(separator: " ")
            let forms = { (input: String) in analyzer.tokens(in: input).map { "\($0.exact)/\($0.folded ?? "=")" } }
            XCTAssertEqual(forms(text.decomposedStringWithCanonicalMapping), forms(text), text)
            XCTAssertEqual(forms(text.uppercased()), forms(text.lowercased()), text)
        }
    }

    private static func randomScalar(_ generator: inout SplitMix64) -> Unicode.Scalar {
        while true {
            let value: UInt32
            switch generator.next() % 4 {
            case 0: value = 0x20 + UInt32(generator.next() % 0x60)
            case 1: value = 0x80 + UInt32(generator.next() % 0x780)
            case 2: value = 0x1E00 + UInt32(generator.next() % 0x100)
            default: value = UInt32(generator.next() % 0x11_0000)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
