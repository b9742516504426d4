import TracuuIndex
import XCTest

/// How people type: raw Telex/VNI keystrokes, typos, and searches that find nothing.
final class QuerySpellingTests: IndexedCorpusTestCase {
    override class var documents: [String: String] {
        var documents: [String: String] = [:]
        for number in 0..<24 { documents["cong-doan-\(number).txt"] = "Tin \(number)\nHội nghị Công đoàn cơ sở lần \(number)." }
        for number in 0..<4 { documents["tham-nhung-\(number).txt"] = "Bài \(number)\nPhòng chống tham nhũng năm \(number)." }
        documents["coong.txt"] = "Ông Coỏng\nĐại tá Nguyễn Văn Coỏng dự lễ."
        documents["dated.txt"] = "---\ntitle: Tin có ngày\ndate: 2017-05-01\n---\nĐoàn viên công đoàn họp."
        return documents
    }

    func testTelexAndVNIKeystrokesAreReadAsTheirSyllables() throws {
        for typed in ["coong ddoanf", "co6ng d9oa2n"] {
            let results = try corpus.search(typed)
            XCTAssertEqual(results.keystrokeReading, "công đoàn", typed)
            XCTAssertEqual(results.query, typed)
            XCTAssertEqual(results.total, 25, typed)
        }
    }

    func testWordsTheIndexHoldsAreNotRead() throws {
        XCTAssertNil(try corpus.search("cong doan").keystrokeReading)
        XCTAssertNil(try corpus.search("Coỏng").keystrokeReading)
    }

    func testATypoFindingNothingShowsTheSuggestionsResults() throws {
        let accented = try corpus.search("tham nhũg")
        XCTAssertEqual(accented.suggestion, "tham nhũng")
        XCTAssertTrue(accented.showsSuggestion)
        XCTAssertEqual(accented.total, 4)
        XCTAssertEqual(accented.query, "tham nhũg")
        let swapped = try corpus.search("cogn doan")
        XCTAssertEqual(swapped.suggestion, "cong doan")
        XCTAssertEqual(swapped.total, 25)
    }

    func testOnlyPlainWordsAreCorrectedAndTheRestStaysAsTyped() throws {
        let results = try corpus.search("tham  nhũg -\"cao đẳng\" -nhũg")
        XCTAssertEqual(results.suggestion, "tham nhũng -\"cao đẳng\" -nhũg")
        XCTAssertEqual(results.total, 4)
        XCTAssertNil(try corpus.search("\"tham nhũg\"").suggestion, "a phrase stays as typed")
        XCTAssertNil(try corpus.search("title:nhũg").suggestion, "a word in a field stays as typed")
        XCTAssertNil(try corpus.search("coong*").keystrokeReading, "a prefix stays as typed")
        XCTAssertEqual(try corpus.search("coong OR ddoanf").keystrokeReading, "công OR đoàn")
    }

    func testNoResultSaysWhichWordMatchesNothing() throws {
        let results = try corpus.search("công đoàn xyzqw")
        XCTAssertTrue(results.relaxed, "the other words still find documents")
        let nothing = try corpus.search("xyzqw")
        XCTAssertEqual(nothing.total, 0)
        XCTAssertEqual(nothing.unmatchedWords, ["xyzqw"])
        XCTAssertNil(nothing.suggestion)
    }

    func testNoResultSaysADateFilterLeftOutUndatedDocuments() throws {
        let results = try corpus.search("Coỏng", SearchOptions(since: "2017-01-01"))
        XCTAssertEqual(results.total, 0)
        XCTAssertEqual(results.unmatchedWords, [])
        XCTAssertEqual(results.undatedLeftOut, 1)
        XCTAssertEqual(try corpus.search("đoàn viên", SearchOptions(since: "2017-01-01")).total, 1)
    }

    /// The undated documents a date filter left out are those the same search would have shown:
    /// 24 undated ones hold "công đoàn", none holds both "đoàn" and "viên" (their "Công đoàn"
    /// matches "đoàn viên" only by any word, which the dated search did not fall back to).
    func testTheUndatedCountIsOfTheDocumentsTheSameSearchMatches() throws {
        let since = SearchOptions(since: "2017-01-01")
        let both = try corpus.search("công đoàn", since)
        XCTAssertEqual(both.total, 1)
        XCTAssertEqual(both.undatedLeftOut, 24)
        let members = try corpus.search("đoàn viên", since)
        XCTAssertEqual(members.total, 1)
        XCTAssertFalse(members.relaxed)
        XCTAssertEqual(members.undatedLeftOut, 0)
        XCTAssertEqual(try corpus.search("đoàn viên", SearchOptions(since: "2017-01-01", anyWord: true)).undatedLeftOut, 24)
    }
}
