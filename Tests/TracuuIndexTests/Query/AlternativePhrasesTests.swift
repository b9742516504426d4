@testable import TracuuIndex
import XCTest

/// The phrases a ranking counts among its own matches: those standing alone as the top-level
/// alternatives of the expression, numbered as FTS5 numbers phrases.
final class AlternativePhrasesTests: XCTestCase {
    private func alternatives(_ expression: String) -> [Int] { FTS5QueryCompiler.alternativePhrases(of: expression) }

    func testLonePhrasesAtTheTopLevelAreAlternatives() {
        XCTAssertEqual(alternatives(#""họp""#), [0])
        XCTAssertEqual(alternatives(#"("UBND" OR "Ủy ban nhân dân")"#), [0, 1])
        XCTAssertEqual(alternatives(#"(("a") OR "b" OR ("c"))"#), [0, 1, 2])
        XCTAssertEqual(alternatives(#"("tai nạn" OR ("tai" AND "nạn"))"#), [0], "the words each anywhere are no alternative")
        XCTAssertEqual(alternatives(#"(("tai" AND "nạn") OR "tai nạn")"#), [2], "numbered left to right")
    }

    func testAnythingElseAtTheTopLevelIsNone() {
        XCTAssertEqual(alternatives(#""công" AND "đoàn""#), [])
        XCTAssertEqual(alternatives(#""công" "đoàn""#), [], "FTS5's implicit AND")
        XCTAssertEqual(alternatives(#"("a" OR "b") NOT ("c")"#), [])
        XCTAssertEqual(alternatives(#"("a" OR "b") AND ("c" OR "d")"#), [])
        XCTAssertEqual(alternatives(#"("a") OR ("b") AND "c""#), [0], "AND binds the second alternative")
    }

    func testJoinedPrefixedAndColumnPhrasesAreNotLoneAlternatives() {
        XCTAssertEqual(alternatives(#"("bão" + "lũ" OR ("bão" AND "lũ"))"#), [], "one phrase of two strings, then the words")
        XCTAssertEqual(alternatives(#""a" + "b" OR "c""#), [1], "the joined strings are phrase 0")
        XCTAssertEqual(alternatives(#""hoà"* OR "x""#), [1])
        XCTAssertEqual(alternatives(#"title : "x" OR {title lead} : "y" OR "z""#), [2])
    }

    func testQuotesInsideStringsAreText() {
        XCTAssertEqual(alternatives(#""say ""OR"" no" OR "(x)""#), [0, 1])
    }
}
