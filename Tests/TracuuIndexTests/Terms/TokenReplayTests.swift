import GRDB
@testable import TracuuIndex
import XCTest

/// The indexer's pre-analysis, replayed into FTS5 (`TokenReplay`), stores exactly
/// the terms the tokenizer computes live: the same documents inserted into a second
/// FTS5 table, tokenized live, give the same (term, document, column, offset) rows.
final class TokenReplayTests: XCTestCase {
    private func instances(_ db: Database, _ schema: String, _ table: String) throws -> [String] {
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.\(table)_instances USING fts5vocab(\(schema), \(table), 'instance')")
        return try String.fetchAll(db, sql: """
            SELECT term || ' ' || doc || ' ' || col || ' ' || offset FROM temp.\(table)_instances ORDER BY 1
            """)
    }

    private func liveInstances(_ db: Database, body: (Int64) -> String? = { _ in nil }) throws -> [String] {
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.live USING fts5(title, lead, body, tokenize='tracuu', detail=full)")
        for row in try Row.fetchAll(db, sql: "SELECT id, title, lead, body FROM documents") {
            let id: Int64 = row["id"]
            try db.execute(sql: "INSERT INTO temp.live(rowid, title, lead, body) VALUES (?, ?, ?, ?)",
                           arguments: [id, row["title"] as String, row["lead"] as String, body(id) ?? row["body"] as String])
        }
        return try instances(db, "temp", "live")
    }

    private func indexedCorpus() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus([
            "000.txt": try TemporaryCorpus.seed("000_a20038c85b46a0b9.txt"),
            "003.txt": try TemporaryCorpus.seed("003_f036250b685af78b.txt"),
            "nfd.txt": "Co\u{0302}ng đoa\u{0300}n\nCĐ CAND ho\u{0300}a bình, tỷ lệ 2.000 người; Ðoàn Ɖoàn",
            "other.txt": "Tiêu đề\n日本語 banxahoi@vietnamnet.vn x_y 🙂 Ελληνικά",
        ])
        try corpus.index()
        try corpus.write("003.txt", try TemporaryCorpus.seed("003_f036250b685af78b.txt") + "\nThêm: Liên đoàn Lao động (LĐLĐ).")
        try corpus.remove("other.txt")
        try corpus.index()
        return corpus
    }

    func testReplayedTermsEqualLiveTokenization() throws {
        let corpus = try indexedCorpus()
        let database = try corpus.open()
        defer { try? database.close() }
        try database.pool.write { db in
            let indexed = try instances(db, "main", "documents_fts")
            XCTAssertGreaterThan(indexed.count, 2_000)
            XCTAssertTrue(indexed.contains { $0.hasPrefix("đoàn ") }, "exact forms are indexed")
            XCTAssertFalse(indexed.contains { $0.hasPrefix("doan ") || $0.hasPrefix("\u{1}") }, "no folded terms")
            XCTAssertTrue(indexed.contains { $0.hasPrefix("\u{3}cđ ") }, "capitals terms are indexed")
            XCTAssertEqual(indexed, try liveInstances(db))
        }
    }

    /// The comparison above can fail: one changed word shows up.
    func testComparisonSeesADifferentWord() throws {
        let corpus = try indexedCorpus()
        let database = try corpus.open()
        defer { try? database.close() }
        try database.pool.write { db in
            let indexed = try instances(db, "main", "documents_fts")
            let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM documents")!
            let live = try liveInstances(db) { id in
                id == first ? "một chữ khác" : nil
            }
            XCTAssertNotEqual(indexed, live)
        }
    }
}
