import VietText
import XCTest

/// One expected token: exact form, UTF-8 byte range in the input, word position.
typealias ExpectedToken = (token: String, start: Int, end: Int, position: Int)

/// Asserts the analyzer's whole token stream for `text`, like Lucene's
/// `assertAnalyzesTo`: exact forms, byte offsets and positions, in order.
func assertTokens(
    _ text: String, _ expected: [ExpectedToken], analyzer: Analyzer = Analyzer(),
    file: StaticString = #filePath, line: UInt = #line
) {
    let tokens = analyzer.tokens(in: text)
    let actual = tokens.map { "\($0.exact)@\($0.position)[\($0.start)..<\($0.end)]" }
    let wanted = expected.map { "\($0.token)@\($0.position)[\($0.start)..<\($0.end)]" }
    XCTAssertEqual(actual, wanted, "tokens of \(text.debugDescription)", file: file, line: line)
}

/// Asserts the exact and folded forms of each word of `text`, in order;
/// a nil folded form means it equals the exact form.
func assertForms(
    _ text: String, _ expected: [(exact: String, folded: String?)], analyzer: Analyzer = Analyzer(),
    file: StaticString = #filePath, line: UInt = #line
) {
    let tokens = analyzer.tokens(in: text)
    let actual = tokens.map { "\($0.exact)/\($0.folded ?? "=")" }
    let wanted = expected.map { "\($0.exact)/\($0.folded ?? "=")" }
    XCTAssertEqual(actual, wanted, "forms of \(text.debugDescription)", file: file, line: line)
}

/// The exact form of a one-word text, for comparing spellings.
func exactForm(_ word: String, analyzer: Analyzer = Analyzer()) -> [String] {
    analyzer.tokens(in: word).map(\.exact)
}
