import TestSupport
import Foundation
import XCTest

/// Any argument the shell can pass — including bytes that are not UTF-8 — gets
/// results, no results, or one plain line on stderr with exit 2: never a crash,
/// a stack trace or SQLite/FTS5 text.
final class HostileArgumentTests: XCTestCase {
    nonisolated(unsafe) private static var workspace: TracuuProcess!

    override class func setUp() {
        super.setUp()
        workspace = try! TracuuProcess()
        try! workspace.copySeeds()
        try! workspace.write("corpus/nq.md", "---\ntitle: Nghị quyết về công đoàn\nnumber: 02-NQ/TW\n---\nSELECT * FROM documents; NEAR AND OR NOT.")
    }

    override class func tearDown() {
        workspace = nil
        super.tearDown()
    }

    private func indexed() throws -> TracuuProcess {
        let workspace = try XCTUnwrap(Self.workspace)
        if !FileManager.default.fileExists(atPath: workspace.path("t.sqlite")) {
            let result = try workspace.run(["index", "corpus", "--index", "t.sqlite"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        return workspace
    }

    static let leaks = ["SQLite", "SQLITE", "sqlite3", "fts5", "FTS5", "syntax error", "malformed", "unterminated", "no such column",
                        "database is locked", "Fatal error", "Stack dump", "Backtrace", "Usage:", "USAGE:"]

    /// Exit 0 or 1; or 2 with one line starting "tracuu: ". Never leaked engine text.
    private func assertAnswered(_ result: CommandResult, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue([0, 1, 2].contains(result.status), "\(what): status \(result.status) \(result.stderr)", file: file, line: line)
        if result.status == 2 {
            XCTAssertEqual(result.stderrLines.count, 1, "\(what): \(result.stderr)", file: file, line: line)
            XCTAssertTrue(result.stderr.hasPrefix("tracuu: "), "\(what): \(result.stderr)", file: file, line: line)
            XCTAssertEqual(result.stdout, "", what, file: file, line: line)
        }
        for leak in Self.leaks {
            XCTAssertFalse(result.stderr.contains(leak), "\(what): \(result.stderr)", file: file, line: line)
        }
    }

    func testHostileQueries() throws {
        let workspace = try indexed()
        let queries = [
            "\"công đoàn", "công đoàn\"", "\"", "\"\"\"", "-", "--", "- -", "*", "**", "^", "^đoàn", "+", "OR", "AND", "NOT", "công OR",
            "NEAR(", "NEAR(công", "NEAR(công đoàn, 2)", "NEAR/3", "(", ")", "{", "}", ":", "title:", "foo:bar", "rowid:1", "documents_fts:x",
            "{title lead}: công", "col:\"x", "'; DROP TABLE documents; --", "\" OR 1=1 --", "SELECT * FROM documents",
            "công\u{0}đoàn", "\u{1}doan", "\u{1B}[31mđoàn", "\u{7F}", "\t\n\r", "đoàn\u{E000}viên\u{E001}", "\u{FEFF}công",
            "\u{202E}đoàn", "😀 công", "東京", "%", "_", "\\", "\u{0300}", String(repeating: "\u{0323}", count: 50),
            String(repeating: "x", count: 10_000), String(repeating: "đoàn ", count: 2_000), String(repeating: "\"", count: 10_000),
            String(repeating: "NEAR( ", count: 1_700), String(repeating: "a OR ", count: 2_000),
        ]
        for (index, query) in queries.enumerated() {
            let extra = [[], ["--json"], ["--any"]][index % 3]
            assertAnswered(try workspace.run(["search", "--index", "t.sqlite"] + extra + ["--", query]), "query \(query.prefix(40).debugDescription) \(extra)")
        }
        for query in ["-x", "--bogus", "-\u{1}"] {
            assertAnswered(try workspace.run(["search", "--index", "t.sqlite", query]), "option-like \(query.debugDescription)")
        }
        for option in ["--since", "--until", "--kind", "--source", "--limit"] {
            for value in ["\"", "'; --", "-1", "\u{0}", String(repeating: "9", count: 400)] {
                assertAnswered(try workspace.run(["search", "--index", "t.sqlite", option, value, "cong doan"]), "\(option) \(value.prefix(20).debugDescription)")
            }
        }
        for arguments in [["show", "--index", "t.sqlite", "'; --"], ["show", "--index", "t.sqlite", "99999999999999999999"],
                          ["tokenize", String(repeating: "\u{0300}", count: 10_000)], ["refs", "--index", "t.sqlite", "NEAR("],
                          ["figures", "--index", "t.sqlite", "\""], ["abbr", "--index", "t.sqlite", "\u{0}"]] {
            assertAnswered(try workspace.run(arguments), "\(arguments.first!) \(arguments.last!.prefix(20).debugDescription)")
        }
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "--no-expand", "cong doan"]).stdout, "3\n", "the tables survived")
    }

    /// Bytes that are not UTF-8 cannot go through `Process`'s String arguments; printf does it.
    func testArgumentsThatAreNotUTF8() throws {
        let workspace = try indexed()
        for bytes in ["\\377\\376", "c\\303ng \\304\\221o\\340n", "\\300\\200", "\\355\\240\\200", "\\364\\220\\200\\200", "\\200", "ho\\xcc"] {
            for subcommand in ["search --index t.sqlite", "search --index t.sqlite --json", "tokenize", "show --index t.sqlite"] {
                let result = try workspace.runShell("\"$TRACUU\" \(subcommand) \"$(printf '\(bytes)')\"")
                assertAnswered(result, "\(subcommand) bytes \(bytes)")
            }
        }
        let indexed = try workspace.runShell("\"$TRACUU\" search --index t.sqlite --count \"$(printf 'c\\364ng \\304\\221o\\303\\240n')\"")
        assertAnswered(indexed, "mixed")
    }

    /// A few hundred seeded random queries from the grammar's pieces and random bytes, through the binary.
    func testRandomQueriesThroughTheBinary() throws {
        let workspace = try indexed()
        let pieces = [
            "công", "đoàn", "doan", "CAND", "CĐ", "hội", "nghị", "02-NQ/TW", "02/NQ-TW", "\"", "\"công đoàn\"", "-", "-\"", "*", "OR",
            "AND", "NOT", "NEAR(", ")", "(", "{", "}", "title:", "lead:", "body:", "foo:", ":", "^", "+", "'", ";", "--",
            "DROP TABLE documents;", "\u{1}", "\u{2}", "\u{E000}", "\u{FEFF}", "\u{0300}", "\u{0323}", "\u{00D0}", "😀", "\\", "%",
            "\n", "\t", " ",
        ]
        var generator = SplitMix64(seed: 7_2026)
        for round in 0..<250 {
            var bytes: [UInt8] = []
            for _ in 0..<(Int(generator.next() % 7) + 1) {
                switch generator.next() % 6 {
                case 0: bytes += (0..<(generator.next() % 4 + 1)).map { _ in UInt8(truncatingIfNeeded: generator.next() % 255 + 1) }
                case 1: bytes.append(0x20)
                default: bytes += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
                }
            }
            let escaped = bytes.map { String(format: "\\%03o", $0) }.joined()
            let options = ["", "--json", "--any", "--count"][round % 4]
            let result = try workspace.runShell("\"$TRACUU\" search --index t.sqlite --limit 3 \(options) -- \"$(printf '\(escaped)')\"")
            assertAnswered(result, "round \(round): \(escaped)")
        }
    }
}
