import ArgumentParser
import TestSupport
@testable import tracuu
import XCTest

/// The quick reading of `tracuu search` arguments gives the command ArgumentParser gives,
/// or leaves the list to it.
final class QuickSearchArgumentsTests: XCTestCase {
    private static let pieces = [
        "--index", "x.db", "--index=y.db", "--index=", "--limit", "5", "0", "--limit=3", "--limit=abc", "-1", "12x",
        "--since", "2023-01-01", "--since=2023-13-01", "--until", "2024-02-29", "--kind", "resolution", "--source", "Báo Lao Động",
        "--abbreviations", "a.tsv", "--any", "--count", "--json", "--no-expand", "--json=1", "--", "-", "--bogus", "-x", "-n",
        "tai", "nạn", "cong doan", "\"an toàn\"", "-trường", "", " ", "a=b", "CĐ", "title:x", "OR", "hoà*", "02/NQ-TW", "--Index",
    ]

    private func fields(_ request: SearchRequest) -> [String] {
        [request.index, request.since, request.until, request.kind, request.source, request.abbreviationsFile].map { $0 ?? "nil" }
            + ["\(request.limit)", "\(request.any)", "\(request.count)", "\(request.json)", "\(request.noExpand)", request.words.joined(separator: "|")]
    }

    func testQuickReadingEqualsArgumentParser() throws {
        var random = SplitMix64(seed: 0x7472_6163_7575)
        var quick = 0
        for _ in 0..<4_000 {
            let arguments = (0..<Int.random(in: 0...7, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
            guard let read = QuickSearchArguments.request(arguments) else { continue }
            quick += 1
            let parsed = try XCTUnwrap(try SearchCommand.parseAsRoot(arguments) as? SearchCommand, "\(arguments)").request
            XCTAssertEqual(read, parsed, "\(arguments)")
        }
        XCTAssertGreaterThan(quick, 400, "the generated lists exercise the quick reading")
    }

    func testCommonListsAreReadQuickly() throws {
        let read = try XCTUnwrap(QuickSearchArguments.request(["--index", "t.db", "--limit", "10", "--json", "tai", "nạn"]))
        XCTAssertEqual(fields(read), ["t.db", "nil", "nil", "nil", "nil", "nil", "10", "false", "false", "true", "false", "tai|nạn"])
        XCTAssertNotNil(QuickSearchArguments.request(["--since=2023-01-01", "--no-expand", "--", "-trường"]))
    }

    func testUnusualListsAreLeftToArgumentParser() {
        for arguments in [["-n", "5", "x"], ["--limit", "-1", "x"], ["--json", "--json", "x"], ["--index", "a", "--index", "b", "x"],
                          ["--bogus", "x"], ["-trường"], ["--limit", "abc", "x"], [], ["--since", "2023-13-01", "x"], ["--index"]] {
            XCTAssertNil(QuickSearchArguments.request(arguments), "\(arguments)")
        }
    }
}
