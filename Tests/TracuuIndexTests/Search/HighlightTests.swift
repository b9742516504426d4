import TestSupport
@testable import TracuuIndex
import XCTest

/// Snippet highlights are Character ranges that land on the document's own
/// matched words, whether the file was NFC or NFD and whatever form the query had.
final class HighlightTests: XCTestCase {
    private func highlighted(_ hit: SearchHit) -> [String] {
        let characters = Array(hit.snippet.text)
        return hit.snippet.highlights.map { range in
            XCTAssertLessThanOrEqual(range.upperBound, characters.count)
            return String(characters[range.clamped(to: 0..<characters.count)])
        }
    }

    private func onlyHit(_ corpus: TemporaryCorpus, _ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> SearchHit {
        let hits = try corpus.search(query).hits
        XCTAssertEqual(hits.count, 1, query, file: file, line: line)
        return try XCTUnwrap(hits.first, file: file, line: line)
    }

    func testNFCDocument() throws {
        let lead = "Ban Chấp hành CÔNG ĐOÀN ngành điện họp về hòa giải, công đoàn cơ sở."
        let corpus = try TemporaryCorpus(["a.txt": "Tin tức\n" + lead])
        try corpus.index()
        let hit = try onlyHit(corpus, "cong doan")
        XCTAssertEqual(hit.snippet.text, lead)
        // Words standing together match as a phrase, highlighted as one span.
        XCTAssertEqual(hit.snippet.highlights, [14..<23, 52..<61])
        XCTAssertEqual(highlighted(hit), ["CÔNG ĐOÀN", "công đoàn"])
        XCTAssertEqual(highlighted(try onlyHit(corpus, "hoà")), ["hòa"])
        XCTAssertEqual(try onlyHit(corpus, "hoà").snippet.highlights, [42..<45])
        XCTAssertEqual(highlighted(try onlyHit(corpus, "điện ban")), ["Ban", "điện"])
    }

    func testNFDDocumentIsHighlightedInItsStoredNFCText() throws {
        let nfd = "Tin tức\nBan Chấp ha\u{0300}nh co\u{0302}ng đoa\u{0300}n ngành điện, CO\u{0302}NG ĐOA\u{0300}N."
        let corpus = try TemporaryCorpus(["nfd.txt": nfd])
        try corpus.index()
        for query in ["cong doan", "công đoàn", "co\u{0302}ng đoa\u{0300}n", "CÔNG ĐOÀN", "đoàn công"] {
            let hit = try onlyHit(corpus, query)
            XCTAssertEqual(Array(hit.snippet.text.unicodeScalars), Array("Ban Chấp hành công đoàn ngành điện, CÔNG ĐOÀN.".unicodeScalars))
            XCTAssertEqual(highlighted(hit).joined(separator: "|").replacingOccurrences(of: " ", with: "|"), "công|đoàn|CÔNG|ĐOÀN", query)
            XCTAssertEqual(hit.snippet.highlights.first?.lowerBound, 14, query)
            XCTAssertEqual(hit.snippet.highlights.last?.upperBound, 45, query)
        }
    }

    func testDocumentWithMarksThatHaveNoPrecomposedForm() throws {
        // x̂ and ɖ stay as they are in NFC; each highlight still covers whole characters.
        let corpus = try TemporaryCorpus(["odd.txt": "Ghi chú\nChữ x\u{0302}y và \u{0256}oàn kết với đoàn viên."])
        try corpus.index()
        let hit = try onlyHit(corpus, "đoàn")
        XCTAssertEqual(highlighted(hit), ["\u{0256}oàn", "đoàn"])
    }

    func testLongDocumentSnippetIsCutAroundTheMatch() throws {
        let filler = String(repeating: "Nội dung không liên quan đến chủ đề chính của bài. ", count: 40)
        let corpus = try TemporaryCorpus(["long.txt": "Bài dài\nĐoạn mở đầu.\n\(filler)Cuối cùng nhắc đến Thủy lợi và thủy điện.\n\(filler)"])
        try corpus.index()
        let hit = try onlyHit(corpus, "thuỷ")
        XCTAssertTrue(hit.snippet.text.hasPrefix("…") || hit.snippet.text.hasSuffix("…"), hit.snippet.text)
        XCTAssertLessThan(hit.snippet.text.count, 300)
        XCTAssertEqual(highlighted(hit), ["Thủy", "thủy"])
    }

    func testTitleMatchIsHighlightedToo() throws {
        let corpus = try TemporaryCorpus(["t.txt": "Hội nghị Ban Chấp hành\nNội dung khác hẳn."])
        try corpus.index()
        XCTAssertEqual(highlighted(try onlyHit(corpus, "ban")), ["Ban"])
    }

    func testMarkedSnippetIsReadIntoCharacterRanges() {
        let marked = HighlightedText(marked: "…Ban \u{E000}Công đoàn\u{E001} và \u{E000}\u{E001}\u{E000}ĐOÀN\u{E001}…")
        XCTAssertEqual(marked.text, "…Ban Công đoàn và ĐOÀN…")
        XCTAssertEqual(marked.highlights, [5..<14, 18..<22])
        let unclosed = HighlightedText(marked: "a \u{E000}b")
        XCTAssertEqual(unclosed.text, "a b")
        XCTAssertEqual(unclosed.highlights, [])
    }

    /// Snippets read scalar by scalar (the usual Latin text) give the ranges the Character
    /// reading gives, on generated text that mixes in combining marks, joiners, CR LF and emoji.
    func testScalarReadingMatchesCharacterReading() {
        let pieces = ["\u{E000}", "\u{E001}", "Công", " đoàn", "ĐOÀN", "…", "–", "“x”", "₫", "2.000", "\r\n", "\r", "\n", "e\u{301}",
                      "\u{200D}", "👍🏽", "\u{1F1FB}\u{1F1F3}", "日本", "ǅ", "\u{00AD}", "\t", "a"]
        var generator = SplitMix64(seed: 17)
        for _ in 0..<3_000 {
            let marked = (0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            var text = ""
            var highlights: [Range<Int>] = []
            var start: Int?
            for character in marked {
                if character == "\u{E000}" { start = text.count } else if character == "\u{E001}" {
                    if let begin = start, begin < text.count { highlights.append(begin..<text.count) }
                    start = nil
                } else { text.append(character) }
            }
            let read = HighlightedText(marked: marked)
            XCTAssertEqual(read.text, text, marked.debugDescription)
            XCTAssertEqual(read.highlights, highlights, marked.debugDescription)
        }
    }
}
