import TestSupport
import TracuuIndex
import VietText
import XCTest

/// Any string is a query: it finds documents, finds none, or is
/// `SearchError.nothingToSearch`, and never surfaces an FTS5 or SQLite error.
final class HostileQueryTests: IndexedCorpusTestCase {
    nonisolated(unsafe) private static var database: IndexDatabase!

    private static var withoutExpansion: SearchOptions {
        var options = SearchOptions(limit: 0)
        options.expandAbbreviations = false
        return options
    }

    override class var documents: [String: String] {
        [
            "a.txt": "Công đoàn CAND\nHội nghị Ban Chấp hành công đoàn. NEAR AND OR NOT title body.",
            "b.txt": "Đoàn viên\nĐoàn viên, người lao động tham gia 2.000 buổi tuyên truyền \"an ninh\".",
            "c.txt": "SELECT * FROM documents\nDROP TABLE documents; -- nghị quyết 02-NQ/TW",
        ]
    }

    override class func setUp() {
        super.setUp()
        database = try! corpus.open()
    }

    override class func tearDown() {
        try? database.close()
        database = nil
        super.tearDown()
    }

    /// The outcome of one query: the number of hits, or nil for nothing to search.
    @discardableResult
    private func outcome(_ query: String, _ options: SearchOptions = SearchOptions(limit: 0), file: StaticString = #filePath, line: UInt = #line) -> Int? {
        do {
            let results = try Searcher(database: Self.database).search(query, options: options)
            for hit in results.hits {
                XCTAssertFalse(hit.snippet.text.contains("\u{E000}") || hit.snippet.text.contains("\u{E001}"), "markers left in snippet", file: file, line: line)
            }
            return results.hits.count
        } catch SearchError.nothingToSearch {
            return nil
        } catch {
            XCTFail("query \(query.debugDescription) threw \(error)", file: file, line: line)
            return nil
        }
    }

    func testUnbalancedQuotes() {
        XCTAssertEqual(outcome("\"công đoàn"), 1)
        XCTAssertEqual(outcome("công đoàn\""), 1)
        XCTAssertEqual(outcome("\"\"\"đoàn viên"), 1)
        XCTAssertEqual(outcome("-\"công"), nil)
        // A quote joined with a combining mark into one Character is still a quote.
        XCTAssertEqual(outcome("\"công đoàn\"\u{0323}"), 1)
        XCTAssertEqual(outcome("\"\u{073A}viên)hội"), 0)
        XCTAssertEqual(outcome("đoàn \"\u{0300}"), 2)
    }

    func testLoneOperators() {
        for query in ["-", "*", "**", "- -", "-*", "OR", "OR OR", "\"\"", "\" \"", "title:", "title:\"\"", ":", "(", ")", "^", "+", "NOT", "AND"] {
            let result = outcome(query)
            XCTAssertTrue(result == nil || result == 1, "\(query.debugDescription): \(String(describing: result))")
        }
        XCTAssertNil(outcome("-"))
        XCTAssertNil(outcome("*"))
        XCTAssertNil(outcome("\"\""))
        XCTAssertNil(outcome("OR"))
    }

    func testFTS5SyntaxIsText() {
        XCTAssertEqual(outcome("NEAR("), 1)
        XCTAssertEqual(outcome("NEAR( công đoàn , 5)", Self.withoutExpansion), 2, "relaxed: no document has the word 5")
        XCTAssertEqual(outcome("NEAR( công đoàn )"), 1)
        XCTAssertEqual(outcome("công AND đoàn"), 1)
        XCTAssertEqual(outcome("đoàn NOT hội"), 1, "NOT is a word, not an operator")
        XCTAssertEqual(outcome("{title body}: đoàn"), 1)
        XCTAssertEqual(outcome("^đoàn"), 2)
        XCTAssertEqual(outcome("đoàn +viên"), 1)
        XCTAssertEqual(outcome("rowid:1"), 0)
    }

    func testSQLLookingText() {
        XCTAssertEqual(outcome("'; DROP TABLE documents; --"), 1)
        XCTAssertEqual(outcome("\" OR 1=1 --"), 0)
        XCTAssertEqual(outcome("SELECT * FROM documents"), 1)
        XCTAssertEqual(outcome("documents_fts MATCH 'a'"), 0)
        XCTAssertEqual(try Self.database.documentCount(), 3, "the tables are still there")
    }

    func testControlCharactersAndMarkers() {
        XCTAssertEqual(outcome("công\u{0}đoàn"), 1)
        XCTAssertEqual(outcome("\u{1}doan"), 2)
        XCTAssertEqual(outcome("\u{2}doan"), 2)
        XCTAssertEqual(outcome("\u{2}\u{1}đoàn viên"), 1)
        XCTAssertEqual(outcome("đoàn\u{E000}viên\u{E001}"), 1)
        XCTAssertEqual(outcome("\u{7F}đoàn\u{1B}"), 2)
        XCTAssertNil(outcome("\u{0}\u{1}\u{2}\t\n\r"))
    }

    func testVeryLongQueries() {
        let words = ["công", "đoàn", "hội", "nghị", "ban", "chấp", "hành", "cand"]
        let longText = (0..<1200).map { words[$0 % words.count] }.joined(separator: " ")
        XCTAssertGreaterThan(longText.count, 5000)
        XCTAssertEqual(outcome(longText), 1)
        XCTAssertEqual(outcome(String(repeating: "x", count: 5000)), 0)
        XCTAssertEqual(outcome(String(repeating: "đ", count: 5000)), 0)
        XCTAssertEqual(outcome(String(repeating: "\"", count: 5000)), nil)
        XCTAssertEqual(outcome(String(repeating: "a OR ", count: 1000) + "đoàn"), 2)
        XCTAssertEqual(outcome(String(repeating: "-x ", count: 1000) + "đoàn"), 2)
        XCTAssertEqual(outcome(String(repeating: "title:x ", count: 700)), 0)
        XCTAssertEqual(outcome(String(repeating: "x* ", count: 1700)), 0)
        let manyWords = (0..<1200).map { "w\($0)" }.joined(separator: " ")
        XCTAssertEqual(outcome(manyWords), 0)
    }

    func testRepeatedWordsAreCompiledOnce() {
        let query = PlannedQuery(SearchQuery(String(repeating: "đoàn ", count: 1000), analyzer: Analyzer()))
        let strict = FTS5QueryCompiler.strict(query)?.text ?? ""
        let phrase = "\"" + Array(repeating: "đoàn", count: 1000).joined(separator: " ") + "\""
        XCTAssertEqual(strict, "(\(phrase) OR (\"đoàn\"))")
        XCTAssertEqual(FTS5QueryCompiler.relaxed(query)?.text, "\"đoàn\" OR \"đoàn đoàn\"")
        XCTAssertEqual(FTS5QueryCompiler.strict(PlannedQuery(SearchQuery("an ninh và an toàn", analyzer: Analyzer())))?.text,
                       "(\"an ninh và an toàn\" OR (\"an\" AND \"ninh\" AND \"và\" AND \"toàn\"))")
    }

    func testFiltersWithHostileQueries() {
        XCTAssertEqual(outcome("NEAR(", SearchOptions(since: "2020-01-01", kind: "'; --", source: "\"")), 0)
        XCTAssertEqual(outcome("đoàn", SearchOptions(anyWord: true)), 2)
    }

    func testRandomQueriesFromGrammarPieces() {
        var generator = SplitMix64(seed: 20240611)
        for round in 0..<3000 {
            let query = Self.randomQuery(&generator)
            let options = round % 10 == 0 ? SearchOptions(limit: 3, anyWord: true) : SearchOptions(limit: 3)
            if let hits = outcome(query, options) {
                XCTAssertLessThanOrEqual(hits, 3, query.debugDescription)
            }
        }
    }

    /// A reading or suggestion is shown as the parsed query written back (`SearchQuery.text`):
    /// whatever was typed, parsing that text gives the same query.
    func testAQueryWrittenBackParsesToItself() {
        let analyzer = Analyzer()
        XCTAssertEqual(SearchQuery("  tham   nhũg -\"cao đẳng\" title:CAND OR catp hoà** ", analyzer: analyzer).text,
                       "tham nhũg -\"cao đẳng\" title:CAND OR catp hoà*")
        var generator = SplitMix64(seed: 20261203)
        for _ in 0..<3000 {
            let query = SearchQuery(Self.randomQuery(&generator), analyzer: analyzer)
            XCTAssertEqual(SearchQuery(query.text, analyzer: analyzer), query, query.text.debugDescription)
        }
    }

    private static func randomQuery(_ generator: inout SplitMix64) -> String {
        let pieces = [
            "công", "đoàn", "doan", "CAND", "hội", "nghị", "viên", "2.000", "02-NQ/TW", "an ninh",
            "\"", "\"công đoàn\"", "-", "-\"", "*", "OR", "AND", "NOT", "NEAR(", "NEAR", ")", "(", "{", "}",
            "title:", "lead:", "body:", "title:\"", ":", "^", "+", "'", ";", "--", "DROP TABLE documents;",
            "\u{0}", "\u{1}", "\u{2}", "\u{E000}", "\u{E001}", "\u{FEFF}", "\u{0300}", "\u{0323}", "\u{00D0}",
            "😀", "東京", "\\", "%", "_", "\u{200B}", "\n", "\t", " ", "  ",
        ]
        var query = ""
        let length = Int(generator.next() % 8) + 1
        for _ in 0..<length {
            switch generator.next() % 5 {
            case 0: query.unicodeScalars.append(randomScalar(&generator))
            case 1: query += " "
            default: query += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
        }
        return query
    }

    private static func randomScalar(_ generator: inout SplitMix64) -> Unicode.Scalar {
        while true {
            let value: UInt32
            switch generator.next() % 4 {
            case 0: value = UInt32(generator.next() % 0x80)
            case 1: value = UInt32(generator.next() % 0x800)
            case 2: value = 0x1E00 + UInt32(generator.next() % 0x100)
            default: value = UInt32(generator.next() % 0x11_0000)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
