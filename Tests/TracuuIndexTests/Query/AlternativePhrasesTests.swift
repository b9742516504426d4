@testable import TracuuIndex
import XCTest

/// The phrases a ranking counts among its own matches: those the compiler writes standing alone
/// as the top-level alternatives of an expression, numbered as FTS5 numbers phrases.
final class AlternativePhrasesTests: XCTestCase {
    private static let files = [
        "corruption-1.txt": "Phòng chống tham nhũng\nCông tác phòng chống tham nhũng được đẩy mạnh.\nUBND tỉnh họp bàn.",
        "corruption-2.txt": "Xử lý tham nhũng\nTỉnh xử lý nghiêm các vụ tham nhũng trong năm.\nCông đoàn họp.",
        "singer.txt": "Ca sĩ Phi Nhung tham gia chương trình\nCa sĩ Phi Nhung tham gia chương trình ca nhạc.\nKhán giả rất đông.",
    ]

    private func compiled(_ query: String) throws -> (strict: FTS5Expression?, relaxed: FTS5Expression?, tier: FTS5Expression?) {
        let corpus = try TemporaryCorpus(Self.files)
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let plan = try Searcher(database: database).plan(query)
        return (FTS5QueryCompiler.strict(plan), FTS5QueryCompiler.relaxed(plan), FTS5QueryCompiler.firstTier(plan))
    }

    func testAnAbbreviationsSpellingsAreAlternatives() throws {
        let strict = try XCTUnwrap(compiled("UBND").strict)
        XCTAssertEqual(strict.text, "(\"UBND\" OR \"\u{2}Ủy ban nhân dân\")")
        XCTAssertEqual(strict.alternatives, [0, 1])
        let joined = try XCTUnwrap(compiled("UBND họp"))
        XCTAssertEqual(joined.strict?.alternatives, [], "AND: no phrase alone matches")
        XCTAssertEqual(joined.relaxed?.text, "(\"UBND\" OR \"\u{2}Ủy ban nhân dân\") OR \"họp\" OR \"UBND họp\"")
        XCTAssertEqual(joined.relaxed?.alternatives, [2, 3], "the spellings in parentheses are no alternative of the whole")
    }

    func testUnaccentedWordsAndTheirReadingTier() throws {
        let words = try compiled("tham nhung")
        XCTAssertEqual(words.strict?.text, "(\"tham nhung\" OR (\"tham\" AND \"nhung\"))")
        XCTAssertEqual(words.strict?.alternatives, [0], "the words each anywhere are no alternative")
        XCTAssertEqual(words.relaxed?.alternatives, [0, 1, 2])
        let tier = try XCTUnwrap(words.tier)
        XCTAssertEqual(tier.text, "(\"\u{2}tham\" + \"\u{2}nhũng\" OR (\"\u{2}tham\" AND \"\u{2}nhũng\"))")
        XCTAssertEqual(tier.alternatives, [], "strings joined by + are one phrase, not a lone string")
        let rest = FTS5QueryCompiler.rest(of: try XCTUnwrap(words.strict), after: tier)
        XCTAssertEqual(rest.text, "((\"tham nhung\" OR (\"tham\" AND \"nhung\"))) NOT (\(tier.text))")
        XCTAssertEqual(rest.alternatives, [])
    }

    func testExclusionsLeaveNoAlternative() throws {
        let excluded = try compiled("công đoàn -họp")
        XCTAssertTrue(try XCTUnwrap(excluded.strict).text.hasSuffix(" NOT (\"họp\")"))
        XCTAssertEqual(excluded.strict?.alternatives, [])
        XCTAssertEqual(excluded.relaxed?.alternatives, [])
    }

    /// Numbered after every phrase before them, whichever standing alone.
    func testAlternativesAreNumberedAfterThePhrasesBeforeThem() throws {
        let grouped = try XCTUnwrap(compiled("cong an họp").relaxed)
        XCTAssertEqual(grouped.text, "((\"cong an\" OR (\"cong\" AND \"an\")) OR \"\u{3}ca\") OR \"họp\" OR \"cong\" OR \"an\" OR \"cong an\" OR \"an họp\"")
        XCTAssertEqual(grouped.alternatives, [4, 5, 6, 7, 8], "`cong an` and `CA` hold phrases 0 to 3")
        XCTAssertEqual(try compiled("hoà* họp").relaxed?.alternatives, [1], "a prefix is no lone string")
        XCTAssertEqual(try compiled("title:x họp").relaxed?.alternatives, [1], "nor is a column's")
    }
}
