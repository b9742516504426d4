import VietText
import XCTest

/// Segmentation, byte offsets into the input as given (NFC or NFD) and positions.
final class AnalyzerTests: XCTestCase {
    func testSegmentsWordsAndDropsSpacesAndPunctuation() {
        assertTokens("Hà Nội, ngày 12/6/2021: CĐ-CAND (NLĐ)…", [
            ("hà", 0, 3, 0), ("nội", 4, 9, 1), ("ngày", 11, 16, 2), ("12", 17, 19, 3), ("6", 20, 21, 4),
            ("2021", 22, 26, 5), ("cđ", 28, 31, 6), ("cand", 32, 36, 7), ("nlđ", 38, 42, 8),
        ])
    }

    func testCurlyQuotesAreNotWords() {
        assertTokens("“Tết sum vầy”", [("tết", 3, 8, 0), ("sum", 9, 12, 1), ("vầy", 13, 18, 2)])
    }

    func testOffsetsOfNFCInputAreUTF8Bytes() {
        let text = "Công đoàn CAND"
        assertTokens(text, [("công", 0, 5, 0), ("đoàn", 6, 12, 1), ("cand", 13, 17, 2)])
        let bytes = Array(text.utf8)
        let words = Analyzer().tokens(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        XCTAssertEqual(words, ["Công", "đoàn", "CAND"])
    }

    func testOffsetsOfNFDInputPointIntoTheInputAsGiven() {
        let text = "Co\u{0302}ng đoa\u{0300}n ho\u{0300}a"
        XCTAssertEqual(Array(text.utf8).count, 20, "the literal must stay decomposed")
        assertTokens(text, [("công", 0, 6, 0), ("đoàn", 7, 14, 1), ("hoà", 15, 20, 2)])
        let bytes = Array(text.utf8)
        let words = Analyzer().tokens(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        XCTAssertEqual(words.map { Array($0.unicodeScalars) }, [
            Array("Co\u{0302}ng".unicodeScalars), Array("đoa\u{0300}n".unicodeScalars), Array("ho\u{0300}a".unicodeScalars),
        ])
    }

    func testNFDAndNFCGiveTheSameForms() {
        let analyzer = Analyzer()
        let nfc = "Việt Nam: Công đoàn hội nghị, thuỷ lợi, người lao động"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        let formsOf = { (text: String) in analyzer.tokens(in: text).map { "\($0.exact)/\($0.folded ?? "=")@\($0.position)" } }
        XCTAssertEqual(formsOf(nfd), formsOf(nfc))
    }

    func testMarksInAnyCanonicalOrderGiveOneForm() {
        // ộ as o + dot below + circumflex (canonical order) and o + circumflex + dot below.
        let canonical = "mo\u{0323}\u{0302}t"
        let swapped = "mo\u{0302}\u{0323}t"
        XCTAssertEqual(exactForm(canonical), ["một"])
        XCTAssertEqual(exactForm(swapped), ["một"])
    }

    func testPositionsCountWordsNotPunctuation() {
        let positions = Analyzer().tokens(in: "a, b. c; (d) — e").map(\.position)
        XCTAssertEqual(positions, [0, 1, 2, 3, 4])
    }

    func testEmptyAndPunctuationOnlyTextHasNoTokens() {
        XCTAssertEqual(Analyzer().tokens(in: ""), [])
        XCTAssertEqual(Analyzer().tokens(in: "  ... — !? \n\t"), [])
    }

    func testOneAnalyzerGivesTheSameAnswerTwice() {
        let analyzer = Analyzer()
        let first = analyzer.tokens(in: "Thủy lợi tỷ đồng")
        _ = analyzer.tokens(in: String(repeating: "nghiêng ", count: 50))
        XCTAssertEqual(analyzer.tokens(in: "Thủy lợi tỷ đồng"), first)
    }

    func testVeryLongWordsGrowTheBuffers() {
        let ascii = String(repeating: "x", count: 300)
        assertTokens(ascii, [(ascii, 0, 300, 0)])
        let accented = String(repeating: "đồ", count: 100)
        let tokens = Analyzer().tokens(in: accented + " hoà")
        XCTAssertEqual(tokens.map(\.exact), [accented, "hoà"])
        XCTAssertEqual(tokens.first?.folded, String(repeating: "do", count: 100))
        XCTAssertEqual(tokens.last?.start, Array(accented.utf8).count + 1)
    }

    func testOtherScriptsAndSymbolsDoNotBreakTheStream() {
        let tokens = Analyzer().tokens(in: "Tokyo 東京 😀 Ελλάδα công")
        XCTAssertEqual(tokens.first?.exact, "tokyo")
        XCTAssertEqual(tokens.last?.exact, "công")
        XCTAssertTrue(tokens.contains { $0.exact == "ελλάδα" && $0.folded == "ελλαδα" }, "\(tokens)")
        XCTAssertEqual(tokens.map(\.position), Array(0..<tokens.count))
    }

    func testRawBytesWithInvalidUTF8DoNotCrash() {
        let bytes: [UInt8] = Array("hoà ".utf8) + [0xC3, 0x28, 0xFF, 0x20] + Array("bình".utf8)
        var exact: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
                Analyzer().analyze(pointer, count: bytes.count) { view in
                    exact.append(String(decoding: view.exact, as: UTF8.self))
                    return true
                }
            }
        }
        XCTAssertEqual(exact.first, "hoà")
        XCTAssertEqual(exact.last, "bình")
    }

    func testAnalyzeStopsWhenTheCallbackSaysSo() {
        let text = "một hai ba bốn"
        var seen = 0
        var copy = text
        copy.withUTF8 { utf8 in
            utf8.baseAddress!.withMemoryRebound(to: CChar.self, capacity: utf8.count) { pointer in
                Analyzer().analyze(pointer, count: utf8.count) { _ in
                    seen += 1
                    return seen < 2
                }
            }
        }
        XCTAssertEqual(seen, 2)
    }

    func testTokenDescriptionShowsBothForms() {
        XCTAssertEqual(Analyzer().tokens(in: "Hòa bình").map(\.description), ["hoà/hoa@0[0..<4]", "bình/binh@1[5..<10]"])
    }
}
