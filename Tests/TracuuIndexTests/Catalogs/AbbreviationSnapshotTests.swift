import GRDB
import TestSupport
import XCTest
@testable import TracuuIndex
import VietText

/// The merged dictionary an index run leaves in the index: searches read the entries
/// their words reach and expand exactly as the whole dictionary does; a snapshot that
/// may be stale is never read.
final class AbbreviationSnapshotTests: XCTestCase {
    private static let documents: [String: String] = [
        "union.txt": "Hoạt động CĐ cơ sở\nCông đoàn các cấp chăm lo cho đoàn viên.\nCĐ cơ sở tổ chức hội thao dưới sự lãnh đạo của CĐ cấp trên.",
        "college.txt": "Tuyển sinh trường CĐ\nNăm nay các trường cao đẳng tuyển nhiều chỉ tiêu.\nTrường CĐ Sư phạm mở thêm ngành mới.",
        "police.txt": "Tuần tra ban đêm\nLực lượng CA xã và CAND bảo đảm trật tự.\nTuần tra được duy trì đều đặn.",
        "zone.txt": "Tin kinh tế địa phương\nTỉnh công bố số liệu quý ba.\nTrong quý, thu hút đầu tư vào các KCN tăng.",
        "farmers.txt": "Hội nghị nông dân\nHội Nông dân Việt Nam (HNDVN) tổ chức hội nghị.\nHNDVN khen thưởng hội viên.",
        "farmers-2.txt": "Tin nông thôn\nHNDVN tỉnh phát động phong trào thi đua.\nHội Nông dân Việt Nam (HNDVN) biểu dương nông dân giỏi.",
    ]

    private static let queries = [
        "CĐ", "cong doan", "công đoàn", "\"lãnh đạo của CĐ\"", "cao đẳng", "CA", "ca", "cong an", "CAND", "cong an nhan dan",
        "KCN", "khu cong nghiep", "HNDVN", "hội nông dân việt nam", "hoi nong dan viet nam", "HNDVN OR KCN", "CĐ -\"cao đẳng\"",
        "title:CĐ", "title:\"hội nông dân\"", "hội*", "KKT", "khu kinh tế", "zzqxw",
    ]

    private func search(_ corpus: TemporaryCorpus, _ query: String, user: [Abbreviation] = []) throws -> SearchResults {
        var options = SearchOptions(limit: 0)
        options.userAbbreviations = user
        return try corpus.search(query, options)
    }

    private func stamp(_ corpus: TemporaryCorpus) throws -> String? {
        let database = try corpus.open()
        defer { try? database.close() }
        return try database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [AbbreviationSnapshot.stampKey])
        }
    }

    private func write(_ corpus: TemporaryCorpus, _ sql: String, _ arguments: StatementArguments = []) throws {
        let database = try corpus.open()
        defer { try? database.close() }
        try database.pool.write { try $0.execute(sql: sql, arguments: arguments) }
    }

    private func expansions(_ corpus: TemporaryCorpus, _ query: String) throws -> Set<String> {
        Set(try search(corpus, query).expansions.map(\.to))
    }

    func testSearchesFromTheSnapshotFindWhatTheWholeDictionaryFinds() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp)
        let database = try corpus.open()
        let everything = try database.pool.read { db in
            try AbbreviationSnapshot.entries(filedUnder: Set(String.fetchAll(db, sql: "SELECT key FROM \(AbbreviationSnapshot.keys)")), db)
        }
        XCTAssertEqual(everything, try AbbreviationCatalog(database: database).dictionary().abbreviations)
        try database.close()
        let user = AbbreviationDictionary.parse(tsv: "CĐ\tcao đẳng\nKCN\tkhu chế xuất\nKCN\tkhu công nghiệp\nHN\tHà Nội\n", source: .user).abbreviations
        let fromSnapshot = try Self.queries.map { try search(corpus, $0) }
        let withUserFromSnapshot = try Self.queries.map { try search(corpus, $0, user: user) }
        XCTAssertEqual(Set(try search(corpus, "HNDVN").expansions.map(\.to)), ["Hội Nông dân Việt Nam"])

        try write(corpus, "DELETE FROM meta WHERE key = ?", [AbbreviationSnapshot.stampKey])
        for (index, query) in Self.queries.enumerated() {
            XCTAssertEqual(fromSnapshot[index], try search(corpus, query), query)
            XCTAssertEqual(withUserFromSnapshot[index], try search(corpus, query, user: user), query)
        }
    }

    func testAnUpdateThatAddsOrRemovesADefiningDocumentChangesTheExpansion() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        XCTAssertEqual(try expansions(corpus, "KKT"), [])
        XCTAssertEqual(try corpus.names("\"khu kinh tế\""), [])

        try corpus.write("kkt.txt", "Tin mới\nCác khu kinh tế (KKT) ven biển phát triển.\nKKT thu hút đầu tư.")
        try corpus.write("kkt-2.txt", "Tin khác\nCác khu kinh tế (KKT) Nghi Sơn thu hút vốn.\nVốn đầu tư tăng.")
        try corpus.write("kkt-3.txt", "Tin thêm\nKKT Vân Phong được mở rộng.\nVốn đầu tư tăng.")
        try corpus.index()
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp, "the run wrote a current snapshot")
        XCTAssertEqual(try expansions(corpus, "KKT"), ["khu kinh tế"])
        XCTAssertEqual(Set(try corpus.names("\"khu kinh te\"")), ["kkt.txt", "kkt-2.txt", "kkt-3.txt"])

        // One defining document left: the learned sense no longer widens queries.
        try corpus.remove("kkt.txt")
        try corpus.index()
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp)
        XCTAssertEqual(try expansions(corpus, "KKT"), [])
        XCTAssertEqual(try corpus.names("\"khu kinh te\""), ["kkt-2.txt"])
    }

    /// A killed run commits its batches one by one: each change to the definitions drops
    /// the stamp in its own transaction, and searches merge the dictionary until a run ends.
    func testAChangeToTheDefinitionsDropsTheStampInItsTransaction() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        let database = try corpus.open()
        try database.pool.write { db in
            for name in ["zone.txt", "police.txt"] {
                let id = try XCTUnwrap(Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path LIKE ?", arguments: ["%" + name]))
                try db.execute(sql: "INSERT INTO \(AbbreviationAnnotator.table)(document, abbr, expansion) VALUES (?, 'KKT', 'khu kinh tế')", arguments: [id])
            }
        }
        try database.close()
        XCTAssertNil(try stamp(corpus))
        XCTAssertEqual(try expansions(corpus, "KKT"), ["khu kinh tế"])

        try corpus.index()
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp, "a run with nothing to index writes the snapshot again")
        XCTAssertEqual(try expansions(corpus, "KKT"), ["khu kinh tế"])

        try write(corpus, """
            INSERT INTO documents_fts(documents_fts, rowid, title, lead, body)
            SELECT 'delete', id, title, lead, body FROM documents WHERE path LIKE '%zone.txt';
            DELETE FROM documents WHERE path LIKE '%zone.txt'
            """)
        XCTAssertNil(try stamp(corpus), "definitions deleted with their document drop it too")
        XCTAssertEqual(try expansions(corpus, "KKT"), [], "one defining document is not enough")
    }

    func testAStaleSnapshotIsNotReadAndTheNextRunReplacesIt() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        // Another built-in list (or format) stamped it, and it lacks what this one has.
        try write(corpus, "DELETE FROM \(AbbreviationSnapshot.entries); UPDATE meta SET value = '0 other' WHERE key = '\(AbbreviationSnapshot.stampKey)'")
        XCTAssertEqual(try expansions(corpus, "CĐ"), ["Công đoàn", "cao đẳng"])
        XCTAssertEqual(try expansions(corpus, "HNDVN"), ["Hội Nông dân Việt Nam"])

        try corpus.index()
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp)
        XCTAssertEqual(try expansions(corpus, "CĐ"), ["Công đoàn", "cao đẳng"])
        XCTAssertEqual(try expansions(corpus, "HNDVN"), ["Hội Nông dân Việt Nam"])
    }

    /// The stamp is what searches trust: entries missing under a current stamp are not looked for elsewhere.
    func testACurrentSnapshotIsWhatSearchesRead() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        try write(corpus, "DELETE FROM \(AbbreviationSnapshot.entries) WHERE abbr = 'HNDVN'")
        XCTAssertEqual(try expansions(corpus, "HNDVN"), [])
        XCTAssertEqual(try expansions(corpus, "CĐ"), ["Công đoàn", "cao đẳng"])
    }

    func testAnIndexFromBeforeSnapshotsExpandsAndGetsOneOnItsNextRun() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        let database = try corpus.open()
        try database.pool.write { db in
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            try db.execute(sql: """
                DROP TABLE \(AbbreviationSnapshot.entries); DROP TABLE \(AbbreviationSnapshot.keys);
                DELETE FROM meta WHERE key = '\(AbbreviationSnapshot.stampKey)';
                UPDATE meta SET value = '1' WHERE key = 'schema_version'
                """)
        }
        try database.close()
        XCTAssertEqual(try expansions(corpus, "HNDVN"), ["Hội Nông dân Việt Nam"])
        XCTAssertEqual(try expansions(corpus, "cong an nhan dan"), ["CAND"])

        let summary = try corpus.index()
        XCTAssertEqual(summary.added + summary.updated + summary.removed, 0)
        XCTAssertEqual(try stamp(corpus), AbbreviationSnapshot.stamp)
        XCTAssertEqual(try expansions(corpus, "HNDVN"), ["Hội Nông dân Việt Nam"])
        XCTAssertEqual(try expansions(corpus, "cong an nhan dan"), ["CAND"])
    }

    func testUserAbbreviationsStillOverrideTheSnapshot() throws {
        let corpus = try TemporaryCorpus(Self.documents)
        try corpus.index(rebuild: true)
        let user = AbbreviationDictionary.parse(tsv: "CĐ\tcao đẳng\nHNDVN\tHội Nông dân Việt Nam\nHNDVN\thội nông dân\n", source: .user).abbreviations
        XCTAssertEqual(try search(corpus, "CĐ", user: user).expansions.map(\.to), ["cao đẳng"])
        XCTAssertEqual(try search(corpus, "HNDVN", user: user).expansions.map(\.to), ["Hội Nông dân Việt Nam", "hội nông dân"])
        var options = SearchOptions(limit: 0)
        options.userAbbreviations = user
        XCTAssertEqual(Set(try corpus.names("công đoàn", options)), ["union.txt"], "CĐ no longer means Công đoàn")
    }

    /// `lookupKeys`' promise, on random queries: the entries filed under them, in dictionary
    /// order (what the snapshot gives), expand a query as the whole dictionary does.
    func testTheEntriesAQueryReachesExpandItAsTheWholeDictionaryDoes() throws {
        let analyzer = Analyzer()
        let learned = [
            Abbreviation(abbr: "CĐ", senses: [AbbreviationSense(expansion: "cộng đồng", source: .learned, definingDocuments: 3)]),
            Abbreviation(abbr: "HNDVN", senses: [AbbreviationSense(expansion: "Hội Nông dân Việt Nam", source: .learned, definingDocuments: 1)]),
            Abbreviation(abbr: "CAND", senses: [AbbreviationSense(expansion: "Công an", source: .learned, definingDocuments: 2)]),
            Abbreviation(abbr: "TP", senses: [AbbreviationSense(expansion: "thành phố Hà Nội", source: .learned, definingDocuments: 2)]),
        ]
        let user = AbbreviationDictionary.parse(tsv: "CĐ\tcao đẳng\nHN\tHà Nội\nKCN\tkhu chế xuất\nKCN\tkhu công nghiệp\n", source: .user).abbreviations
        let merged = AbbreviationDictionary(learned: learned)
        var words: [String] = ["và", "tỉnh", "ca", "an", "hà", "nội", "giao", "thong", "OR", "x"]
        for abbreviation in merged.abbreviations.prefix(400) {
            words.append(abbreviation.abbr)
            words.append(abbreviation.abbr.lowercased())
            for sense in abbreviation.senses {
                words.append(sense.expansion)
                words.append(analyzer.tokens(in: sense.expansion).map { $0.folded ?? $0.exact }.joined(separator: " "))
            }
        }
        var random = SplitMix64(seed: 6)
        for _ in 0..<600 {
            var pieces: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                var piece = words.randomElement(using: &random)!
                switch Int.random(in: 0..<8, using: &random) {
                case 0: piece = "\"\(piece) \(words.randomElement(using: &random)!)\""
                case 1: piece = "-\(piece.split(separator: " ").first!)"
                case 2: piece = "title:\(piece.split(separator: " ").first!)"
                case 3: piece += " OR " + words.randomElement(using: &random)!
                default: break
                }
                pieces.append(piece)
            }
            let query = SearchQuery(pieces.joined(separator: " "), analyzer: analyzer)
            let keys = AbbreviationExpander.lookupKeys(of: query, analyzer: analyzer)
            let reached = merged.abbreviations.filter { abbreviation in
                let filed = AbbreviationExpander.keys(of: abbreviation, analyzer)
                return filed.abbreviation.map(keys.contains) == true || filed.senses.contains { keys.contains($0.key) }
            }
            let whole = AbbreviationExpander(dictionary: merged, analyzer: analyzer).expand(query)
            let fromReached = AbbreviationExpander(abbreviations: reached, analyzer: analyzer).expand(query)
            XCTAssertEqual(whole, fromReached, pieces.joined(separator: " "))

            let wholeWithUser = AbbreviationExpander(dictionary: AbbreviationDictionary(learned: learned, user: user), analyzer: analyzer).expand(query)
            let reachedWithUser = AbbreviationExpander(abbreviations: AbbreviationSnapshot.overriding(reached, with: user), analyzer: analyzer).expand(query)
            XCTAssertEqual(wholeWithUser, reachedWithUser, pieces.joined(separator: " "))
        }
    }
}
