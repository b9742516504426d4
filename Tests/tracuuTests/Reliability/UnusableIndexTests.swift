import Foundation
import GRDB
import XCTest

/// A damaged or truncated tracuu index: every command says so in one line with the
/// `--rebuild` hint, and `tracuu index --rebuild` replaces it. A file tracuu did not make
/// (a text file, another program's database, an empty file): every command, `--rebuild`
/// too, refuses it in one line with exit 2 and leaves it byte for byte as it was.
final class UnusableIndexTests: XCTestCase {
    private func assertHint(_ result: CommandResult, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, "\(what): \(result.stdout)", file: file, line: line)
        XCTAssertEqual(result.stderrLines.count, 1, "\(what): \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("tracuu: ") && result.stderr.contains("tracuu index --rebuild"), "\(what): \(result.stderr)", file: file, line: line)
        for leak in ["SQLite error", "sqlite3", "malformed", "while executing", "fts5"] {
            XCTAssertFalse(result.stderr.contains(leak), "\(what): \(result.stderr)", file: file, line: line)
        }
    }

    private func assertEveryCommandSaysRebuild(
        _ workspace: TracuuProcess, _ what: String, commands: [[String]] = [["refs"], ["abbr"]], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for arguments in [["search", "cong doan"], ["search", "--count", "doan"], ["show", "1"], ["figures"], ["index", "corpus"]] + commands {
            assertHint(try workspace.run(arguments + ["--index", "t.sqlite"]), "\(what): \(arguments.joined(separator: " "))", file: file, line: line)
        }
        let rebuilt = try workspace.run(["index", "corpus", "--index", "t.sqlite", "--rebuild"])
        XCTAssertEqual(rebuilt.status, 0, "\(what): \(rebuilt.stderr)", file: file, line: line)
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "--no-expand", "cong doan"]).stdout, "300\n", what, file: file, line: line)
        XCTAssertEqual(try workspace.checkIndex("t.sqlite", file: file, line: line).documents, 300, what, file: file, line: line)
    }

    private func indexedWorkspace() throws -> TracuuProcess {
        let workspace = try TracuuProcess()
        try workspace.writeArticles(0..<300)
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", "t.sqlite"]).status, 0)
        return workspace
    }

    private func assertEveryCommandRefuses(_ workspace: TracuuProcess, _ name: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.path(name)))
        for arguments in [["search", "cong doan"], ["show", "1"], ["figures"], ["refs"], ["abbr"], ["index", "corpus"], ["index", "corpus", "--rebuild"]] {
            let result = try workspace.run(arguments + ["--index", name])
            let command = "\(what): \(arguments.joined(separator: " "))"
            XCTAssertEqual(result.status, 2, command, file: file, line: line)
            XCTAssertEqual(result.stderrLines.count, 1, "\(command): \(result.stderr)", file: file, line: line)
            XCTAssertTrue(result.stderr.contains("is not a tracuu index"), "\(command): \(result.stderr)", file: file, line: line)
            XCTAssertFalse(result.stderr.contains("--rebuild"), "\(command): no hint that would replace it: \(result.stderr)", file: file, line: line)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workspace.path(name))), before, "\(command): the file is untouched", file: file, line: line)
        }
    }

    func testForeignDatabaseIsNeverReplaced() throws {
        let workspace = try indexedWorkspace()
        let foreign = try DatabaseQueue(path: workspace.path("notes.sqlite"))
        try foreign.write { try $0.execute(sql: "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('công đoàn')") }
        try foreign.close()
        try assertEveryCommandRefuses(workspace, "notes.sqlite", "foreign database")
    }

    func testTextFileAndEmptyFileAreNeverReplaced() throws {
        let workspace = try indexedWorkspace()
        try workspace.write("baocao.txt", String(repeating: "Báo cáo công đoàn quý II, không phải cơ sở dữ liệu\n", count: 500))
        let search = try workspace.run(["search", "x", "--index", "baocao.txt"])
        XCTAssertEqual(search.status, 2)
        XCTAssertTrue(search.stderr.contains("baocao.txt is not a tracuu index"), search.stderr)
        try assertEveryCommandRefuses(workspace, "baocao.txt", "text file")
        try workspace.write("empty", "")
        try assertEveryCommandRefuses(workspace, "empty", "empty file")
    }

    func testMissingPathToIndexIsAnError() throws {
        let workspace = try indexedWorkspace()
        let result = try workspace.run(["index", "khong-co", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "tracuu: khong-co: no such file or folder; nothing indexed\n")
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "--no-expand", "cong doan"]).stdout, "300\n")
    }

    /// The header and schema survive; the pages after the first third (documents, FTS5 data,
    /// and some of the `files` table `index` reads, wherever the tables' pages fell) do not.
    func testDamagedPages() throws {
        let workspace = try indexedWorkspace()
        let path = workspace.path("t.sqlite")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let pageSize = 4096
        for page in bytes.count / pageSize / 3..<bytes.count / pageSize {
            for offset in page * pageSize..<min((page + 1) * pageSize, bytes.count) { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        // refs and abbr read tables whose pages may have survived: they are not asked.
        try assertEveryCommandSaysRebuild(workspace, "damaged pages", commands: [])
    }

    func testTruncatedFile() throws {
        let workspace = try indexedWorkspace()
        let path = workspace.path("t.sqlite")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertEqual(truncate(path, off_t(size / 2)), 0)
        try assertEveryCommandSaysRebuild(workspace, "truncated file")
    }
}
