import GRDB
@testable import TracuuIndex
import VietText
import XCTest

/// Documents store one term per word; the accented forms an unaccented query word
/// stands for come from the `accented_forms` list, which follows the corpus.
final class AccentedFormsTests: XCTestCase {
    private func forms(_ corpus: TemporaryCorpus, _ folded: String) throws -> [String] {
        let database = try corpus.open()
        defer { try? database.close() }
        return try database.read { db in
            try String.fetchAll(db, sql: "SELECT exact FROM accented_forms WHERE folded = ? ORDER BY exact", arguments: [folded])
        }
    }

    func testIndexListsEachAccentedFormOnce() throws {
        let corpus = try TemporaryCorpus([
            "a.txt": "Hòa bình\nHoà giải, hóa học và hoa hồng; Đoàn viên",
            "b.txt": "Hóa đơn\nĐOÀN KẾT",
        ])
        try corpus.index()
        XCTAssertEqual(try forms(corpus, "hoa"), ["hoà", "hoá"])
        XCTAssertEqual(try forms(corpus, "doan"), ["đoàn"])
        XCTAssertEqual(try forms(corpus, "hong"), ["hồng"])
    }

    func testFormOfANewDocumentIsFoundAfterAnUpdate() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nHoa hồng nở rộ"])
        try corpus.index()
        assertFinds(corpus, "hoa", ["a.txt"])
        try corpus.write("b.txt", "Tiêu đề\nHọa sĩ vẽ tranh")
        try corpus.index()
        assertFinds(corpus, "hoa", ["a.txt", "b.txt"])
        assertFinds(corpus, "họa", ["b.txt"])
    }

    /// One open index answers before and after another connection adds a form:
    /// the tokenizer's cache of forms follows the database.
    func testOpenIndexSeesFormsAddedMeanwhile() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nNgười bạn thân"])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        XCTAssertEqual(try searcher.search("ban", options: SearchOptions(limit: 0)).total, 1)
        try corpus.write("b.txt", "Tiêu đề\nBán hàng trực tuyến")
        try corpus.index()
        XCTAssertEqual(try searcher.search("ban", options: SearchOptions(limit: 0)).total, 2)
    }

    func testUnaccentedPrefixReachesAccentedWords() throws {
        let corpus = try TemporaryCorpus([
            "hoang.txt": "Tiêu đề\nHoàng hôn",
            "hoach.txt": "Tiêu đề\nKế hoạch năm",
            "hoan.txt": "Tiêu đề\nHoan nghênh",
            "hong.txt": "Tiêu đề\nHồng hào",
        ])
        try corpus.index()
        assertFinds(corpus, "hoa*", ["hoang.txt", "hoach.txt", "hoan.txt"])
        assertFinds(corpus, "hoà*", ["hoang.txt"])
        assertFinds(corpus, "hoan*", ["hoang.txt", "hoan.txt"])
    }

    /// Counting spells an unaccented word out as an OR of its exact forms: the totals equal
    /// those of matching through the query-time synonyms, whether the count query runs
    /// (the exact tier fills a one-result page) or every match is scored (no limit).
    func testCountsThroughSpelledOutFormsEqualTheSynonymMatches() throws {
        let corpus = try TemporaryCorpus([
            "1.txt": "Tiêu đề\nTai nạn giao thông", "2.txt": "Tiêu đề\ntài nạn", "3.txt": "Tiêu đề\nTÁI NẠN giáo thông",
            "4.txt": "Tiêu đề\ntại nan", "5.txt": "Tiêu đề\ntai nan giao thong", "6.txt": "Tiêu đề\nnạn tai",
            "7.txt": "Tiêu đề\ngiao thông", "8.txt": "Tiêu đề\ntải nạn, giao thống", "9.txt": "Tiêu đề\nta i nạn",
        ])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        for query in ["tai nạn", "tai nan", "giao thong", "tai nan giao thong", "tai -nan", "tai OR giao", "TAI NAN", "tai, nạn"] {
            let counted = try searcher.search(query, options: SearchOptions(limit: 1)).total
            let scored = try searcher.search(query, options: SearchOptions(limit: 0))
            let plan = try searcher.plan(query)
            let synonyms = try database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                                 arguments: [FTS5QueryCompiler.strict(plan, phrases: false)!.text])!
            }
            XCTAssertEqual(counted, scored.total, query)
            XCTAssertEqual(counted, synonyms, query)
            XCTAssertEqual(try searcher.search(query, countOnly: true).total, synonyms, query)
        }
        XCTAssertEqual(try searcher.search("tai nạn", options: SearchOptions(limit: 0)).total, 5)
    }

    /// Words typed apart that an abbreviation's sense groups (`cong an nhan dan` → `CAND`) are
    /// counted without their phrase and spelled out too: the same totals as the search's own
    /// expression, phrase and synonyms included.
    func testCountsOfWordsAnExpansionGroupsEqualTheSearchExpression() throws {
        let corpus = try TemporaryCorpus([
            "1.txt": "Tiêu đề\nCông an nhân dân", "2.txt": "Tiêu đề\ncong an nhan dan", "3.txt": "Tiêu đề\nCAND",
            "4.txt": "Tiêu đề\ncông án nhận dạn", "5.txt": "Tiêu đề\ndân nhân an công", "6.txt": "Tiêu đề\ncông an",
            "7.txt": "Tiêu đề\nCông đoàn cơ sở", "8.txt": "Tiêu đề\ncống đoán, CĐ", "9.txt": "Tiêu đề\ntrường CĐ cao đẳng",
            "10.txt": "Tiêu đề\nhọc sinh, công an nhân dân",
        ])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        for query in ["cong an nhan dan", "cong doan", "cong an", "cong an nhan dan -hoc", "CONG DOAN"] {
            let plan = try searcher.plan(query)
            let searched = try database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                                 arguments: [FTS5QueryCompiler.strict(plan)!.text])!
            }
            XCTAssertEqual(try searcher.search(query, options: SearchOptions(limit: 1)).total, searched, query)
            XCTAssertEqual(try searcher.search(query, options: SearchOptions(limit: 0)).total, searched, query)
            XCTAssertEqual(try searcher.search(query, countOnly: true).total, searched, query)
        }
        XCTAssertEqual(try searcher.search("cong an nhan dan", countOnly: true).total, 6)
        let plan = try searcher.plan("cong an nhan dan")
        let counted = try XCTUnwrap(FTS5QueryCompiler.strict(plan, phrases: false, spelledOut: true)).text
        XCTAssertTrue(counted.hasPrefix("(((\"\u{2}cong\" OR \"\u{2}công\" OR \"\u{2}cống\") AND (\"\u{2}an\" OR \"\u{2}án\") AND "), counted)
        XCTAssertFalse(counted.contains("cong an nhan dan"), counted)
    }

    func testSpelledOutWordIsAnOrOfExactTerms() throws {
        let corpus = try TemporaryCorpus(["1.txt": "Tiêu đề\ntài nạn, tại hoa"])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let plan = try Searcher(database: database).plan("tai nạn title:hoa")
        XCTAssertEqual(FTS5QueryCompiler.strict(plan, phrases: false, spelledOut: true)?.text,
                       "(\"\u{2}tai\" OR \"\u{2}tài\" OR \"\u{2}tại\") AND \"nạn\" AND title : \"hoa\"")
        XCTAssertEqual(FTS5QueryCompiler.strict(plan, phrases: false)?.text, "\"tai\" AND \"nạn\" AND title : \"hoa\"")
    }
}
