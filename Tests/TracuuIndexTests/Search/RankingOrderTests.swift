import GRDB
@testable import TracuuIndex
import XCTest

/// The order of ranked results: best score first, equal scores in index order, and a page
/// of `limit` results always the start of the whole ranking.
final class RankingOrderTests: IndexedCorpusTestCase {
    /// Copies of one text score the same; the others differ by where and how often they say it.
    override class var documents: [String: String] {
        [
            "a-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
            "b-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
            "c-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
            "d-body.txt": "Tin tức\nTóm tắt\nHôm nay công đoàn họp, công đoàn bàn việc.",
            "e-lead.txt": "Tin tức\nCông đoàn họp\nThân bài không nhắc lại.",
            "f-copy.txt": "Công đoàn cơ sở\nHọp bàn về công đoàn\nNội dung giống nhau.",
            "g-title.txt": "Công đoàn ngành\nTóm tắt\nThân bài.",
            "h-other.txt": "Tin tức\nTóm tắt\nKhông liên quan.",
        ]
    }

    func testEqualScoresKeepIndexOrderAndEveryPageIsTheRankingsStart() throws {
        for query in ["công đoàn", "cong doan", "họp"] {
            let all = try Self.corpus.search(query, SearchOptions(limit: 0)).hits
            XCTAssertGreaterThan(all.count, 3, query)
            for (better, worse) in zip(all, all.dropFirst()) {
                XCTAssertTrue(better.score > worse.score || (better.score == worse.score && better.id < worse.id),
                              "\(query): \(better.path) before \(worse.path)")
            }
            XCTAssertTrue(zip(all, all.dropFirst()).contains { $0.score == $1.score }, "\(query): no tie to order")
            for limit in 1...all.count {
                let page = try Self.corpus.search(query, SearchOptions(limit: limit))
                XCTAssertEqual(page.hits.map(\.id), all.prefix(limit).map(\.id), "\(query) --limit \(limit)")
                XCTAssertEqual(page.total, all.count, "\(query) --limit \(limit)")
            }
        }
    }

    /// A page holds FTS5's own best `bm25()` scores, the same doubles in the same order (ties in
    /// index order), though most matches of a short page are never fully scored and the phrases
    /// that are the expression's alternatives are counted among its matches: on seeded random
    /// texts of many lengths, with the query's words at random places, for pages of every size.
    func testPagesHoldTheBestOfFTS5sBM25() throws {
        var seed: UInt64 = 20_261_203
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["công", "đoàn", "họp", "bàn", "việc", "người", "lao", "động", "tin", "tức", "hôm", "nay"]
        func text(_ length: Int) -> String { (0..<length).map { _ in words[next(words.count)] }.joined(separator: " ") }
        var documents: [String: String] = [:]
        for number in 0..<80 {
            documents["\(number).txt"] = "\(text(1 + next(8)))\n\(text(next(30)))\n\(text(next([10, 60, 400][next(3)])))"
        }
        let corpus = try TemporaryCorpus(documents)
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        for query in ["công đoàn", "họp", "công đoàn họp bàn", "\"người lao động\" OR hôm", "\"công đoàn\" OR \"bàn việc\"", "việc -tin"] {
            let expression = try XCTUnwrap(FTS5QueryCompiler.strict(try searcher.plan(query))).text
            let reference = try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(documents_fts, 4.0, 2.0, 1.0) AS score FROM documents_fts
                    WHERE documents_fts MATCH ? ORDER BY score, rowid
                    """, arguments: [expression]).map { (id: $0["rowid"] as Int64, score: -($0["score"] as Double)) }
            }
            XCTAssertGreaterThan(reference.count, 5, query)
            for limit in [1, 2, 3, 5, 10, 0] {
                let page = try searcher.search(query, options: SearchOptions(limit: limit))
                let expected = limit == 0 ? reference[...] : reference.prefix(limit)
                XCTAssertEqual(page.hits.map(\.id), expected.map(\.id), "\(query) --limit \(limit)")
                XCTAssertEqual(page.hits.map(\.score), expected.map(\.score), "\(query) --limit \(limit)")
                XCTAssertEqual(page.total, reference.count, "\(query) --limit \(limit)")
            }
        }
    }

    /// Words typed one after another rank the documents holding them as one phrase first,
    /// also when an abbreviation groups some of them (`lao động` → `LĐ`): the document that
    /// says "hợp đồng lao động" once beats the one repeating "lao động" beside a lone "hợp đồng".
    func testWordsAnAbbreviationGroupsStillRankAsTheTypedPhrase() throws {
        let corpus = try TemporaryCorpus([
            "contract.txt": "Tin tức\nTóm tắt\nCông ty ký hợp đồng lao động với công nhân mới tuyển trong tháng này.",
            "sense-1.txt": "Thị trường\nTóm tắt\nSố lao động (LĐ) trong tỉnh tăng nhanh.",
            "sense-2.txt": "Việc làm\nTóm tắt\nNhiều lao động (LĐ) tìm được việc làm.",
            "reading.txt": "Hợp đồng mới\nLao động ký hợp đồng\nThân bài.",
            "labour.txt": "Lao động, lao động và lao động\nLao động xuất khẩu\nHợp đồng đã xong, lao động đi làm, LĐ về nước, lao động mới.",
        ])
        try corpus.index()
        let unaccented = try corpus.search("hop dong lao dong")
        XCTAssertEqual(unaccented.reading, "hợp đồng lao động")
        XCTAssertEqual(unaccented.hits.first.map { ($0.path as NSString).lastPathComponent }, "contract.txt", "in the reading too")
        let results = try corpus.search("hợp đồng lao động")
        XCTAssertFalse(results.expansions.isEmpty, "lao động is grouped as LĐ")
        XCTAssertEqual(results.hits.first.map { ($0.path as NSString).lastPathComponent }, "contract.txt")
        XCTAssertEqual(results.total, 3, "the same documents match")
    }
}
