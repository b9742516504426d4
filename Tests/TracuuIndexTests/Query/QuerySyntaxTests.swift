import TracuuIndex
import XCTest

/// Words, "phrases", OR, -exclusions, prefix*, title: and the relaxed fallback.
final class QuerySyntaxTests: IndexedCorpusTestCase {
    override class var documents: [String: String] {
        [
            "phrase.txt": "Tin an ninh\nLực lượng bảo đảm an ninh trật tự trên địa bàn.",
            "scattered.txt": "Tin trật tự\nTrật tự xây dựng và an ninh nông thôn.",
            "cand.txt": "Tin CAND\nBáo CAND đưa tin.",
            "catp.txt": "Tin CATP\nBáo CATP đưa tin.",
            "cao-dang.txt": "Tuyển sinh\nTrường cao đẳng công đoàn tuyển sinh.",
            "dai-hoc.txt": "Tuyển sinh\nTrường đại học công đoàn tuyển sinh.",
            "hoang.txt": "Tin vắn\nÔng Hoàng về hưu.",
            "hoan.txt": "Tin vắn\nHoàn thành kế hoạch.",
            "hoa.txt": "Tin vắn\nHoà giải thành công.",
            "title.txt": "Công đoàn ngành điện\nHội nghị thường niên.",
            "lead.txt": "Hội nghị thường niên\nBáo cáo của công đoàn ngành điện.",
            "body.txt": "Hội nghị bất thường\nBáo cáo tổng kết.\nCông đoàn ngành điện góp ý.",
            "jan.txt": "---\ndate: 2023-01-15\nkind: resolution\nsource: Báo Lao Động\n---\nNghị quyết tháng giêng\nNội dung lịch sử.",
            "jun.txt": "---\ndate: 2023-06-15\nsource: CAND\n---\nNghị quyết tháng sáu\nNội dung lịch sử.",
            "undated.txt": "Nghị quyết không ngày\nNội dung lịch sử.",
        ]
    }

    func testAllWordsAreRequired() {
        assertFinds(corpus, "an ninh trật tự", ["phrase.txt", "scattered.txt"])
        assertFinds(corpus, "truong cong doan", ["cao-dang.txt", "dai-hoc.txt"])
    }

    func testQuotedPhrase() {
        assertFinds(corpus, "\"an ninh trật tự\"", ["phrase.txt"])
        assertFinds(corpus, "\"an ninh trat tu\"", ["phrase.txt"])
        assertFinds(corpus, "\"trật tự an ninh\"", [])
    }

    func testOR() {
        assertFinds(corpus, "CAND OR CATP", ["cand.txt", "catp.txt"])
        assertFinds(corpus, "báo CAND OR CATP", ["cand.txt", "catp.txt"])
        assertFinds(corpus, "CAND OR CATP OR Hoàng", ["cand.txt", "catp.txt", "hoang.txt"])
        // Lower-case "or" is a word, not an operator: no document has all three words.
        XCTAssertTrue(try corpus.search("CAND or CATP").relaxed)
        XCTAssertFalse(try corpus.search("CAND OR CATP").relaxed)
        // A dangling OR is text-free and changes nothing.
        assertFinds(corpus, "OR CAND OR", ["cand.txt"])
    }

    func testExclusions() {
        assertFinds(corpus, "tuyển sinh -\"cao đẳng\"", ["dai-hoc.txt"])
        assertFinds(corpus, "tuyển sinh -đại", ["cao-dang.txt"])
        assertFinds(corpus, "tuyen sinh -dai -cao", [])
    }

    func testOnlyExclusionsIsNothingToSearch() {
        XCTAssertThrowsError(try corpus.search("-cand -\"an ninh\"")) { error in
            XCTAssertEqual(error as? SearchError, .nothingToSearch)
        }
    }

    func testPrefix() {
        assertFinds(corpus, "hoà*", ["hoang.txt", "hoan.txt", "hoa.txt"])
        assertFinds(corpus, "hoàn*", ["hoang.txt", "hoan.txt"])
        assertFinds(corpus, "hoan*", ["hoang.txt", "hoan.txt"])
        assertFinds(corpus, "hoà", ["hoa.txt"])
    }

    func testTitleColumn() {
        assertFinds(corpus, "title:\"công đoàn\"", ["title.txt"])
        assertFinds(corpus, "title:điện", ["title.txt"])
        assertFinds(corpus, "TITLE:điện", ["title.txt"])
        assertFinds(corpus, "điện", ["title.txt", "lead.txt", "body.txt"])
        assertFinds(corpus, "lead:điện", ["lead.txt"])
        assertFinds(corpus, "body:điện", ["body.txt"])
        assertFinds(corpus, "-title:điện điện", ["lead.txt", "body.txt"])
        // An unknown field name is text.
        assertFinds(corpus, "nguồn:điện", [])
    }

    func testRelaxedWhenNoDocumentHasEveryWord() throws {
        let results = try corpus.search("hoàn thành trật tự xây dựng")
        XCTAssertTrue(results.relaxed)
        // "thành" is also in hoa.txt ("Hoà giải thành công").
        XCTAssertEqual(Set(results.hits.map { ($0.path as NSString).lastPathComponent }), ["hoan.txt", "hoa.txt", "scattered.txt", "phrase.txt"])
        XCTAssertEqual(results.hits.first.map { ($0.path as NSString).lastPathComponent }, "scattered.txt")
        XCTAssertEqual(results.total, 4)

        let strict = try corpus.search("an ninh trật tự")
        XCTAssertFalse(strict.relaxed)

        let asked = try corpus.search("hoàn thành CATP", SearchOptions(limit: 0, anyWord: true))
        XCTAssertTrue(asked.relaxed)
        XCTAssertEqual(asked.total, 3)
        XCTAssertEqual(try corpus.search("hoàn thành", SearchOptions(anyWord: true)).total, 2)
    }

    func testNoResultsIsNotAnError() throws {
        let results = try corpus.search("xyzzy plugh")
        XCTAssertEqual(results.total, 0)
        XCTAssertEqual(results.hits, [])
        XCTAssertFalse(results.relaxed)
    }

    func testDateKindAndSourceFilters() {
        assertFinds(corpus, "nghị quyết", ["jan.txt", "jun.txt", "undated.txt"])
        XCTAssertEqual(Set(try corpus.names("nghị quyết", SearchOptions(since: "2023-03-01", limit: 0))), ["jun.txt"])
        XCTAssertEqual(Set(try corpus.names("nghị quyết", SearchOptions(until: "2023-03-01", limit: 0))), ["jan.txt"])
        XCTAssertEqual(Set(try corpus.names("nghị quyết", SearchOptions(since: "15/1/2023", until: "2023-06-15", limit: 0))), ["jan.txt", "jun.txt"])
        XCTAssertEqual(Set(try corpus.names("nghị quyết", SearchOptions(kind: "Resolution", limit: 0))), ["jan.txt"])
        XCTAssertEqual(Set(try corpus.names("nghị quyết", SearchOptions(source: "báo lao động", limit: 0))), ["jan.txt"])
    }

    func testBadDateIsOneClearError() {
        XCTAssertThrowsError(try corpus.search("nghị quyết", SearchOptions(since: "hôm qua"))) { error in
            XCTAssertEqual(error as? SearchError, .badDate("hôm qua"))
        }
        XCTAssertThrowsError(try corpus.search("nghị quyết", SearchOptions(until: "2023-13-40")))
    }

    func testLimitAndCount() throws {
        let limited = try corpus.search("tin", SearchOptions(limit: 2))
        XCTAssertEqual(limited.hits.map(\.rank), [1, 2])
        XCTAssertGreaterThan(limited.total, 2)
        let all = try corpus.search("tin", SearchOptions(limit: 0))
        XCTAssertEqual(all.hits.count, all.total)
        let counted = try corpus.search("tin", countOnly: true)
        XCTAssertEqual(counted.total, all.total)
        XCTAssertEqual(counted.hits, [])
    }

    func testScoresDescendWithinOneTier() throws {
        let hits = try corpus.search("công đoàn").hits
        XCTAssertGreaterThan(hits.count, 1)
        XCTAssertEqual(hits.map(\.score), hits.map(\.score).sorted(by: >))
        XCTAssertEqual(hits.map(\.rank), Array(1...hits.count))
    }

    func testTitleWeighsMoreThanBody() throws {
        XCTAssertEqual(try corpus.names("điện").first, "title.txt")
    }
}
