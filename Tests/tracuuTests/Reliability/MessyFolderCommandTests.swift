import Foundation
import XCTest

/// `tracuu index` on a messy folder: it goes on, indexes what it can, says one
/// line per problem and counts them in its summary; exit 0 when something was
/// indexed, 2 when nothing could be or the index cannot be written.
final class MessyFolderCommandTests: XCTestCase {
    private func writeBytes(_ workspace: TracuuProcess, _ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: workspace.path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func testMessyFolderFinishesWithOneLinePerProblem() throws {
        let workspace = try TracuuProcess()
        try workspace.write("docs/tot.txt", "Công đoàn\nCông đoàn cơ sở tổ chức hội nghị.")
        try workspace.write("docs/feed.jsonl", "{\"id\": \"a\", \"text\": \"Công đoàn một\"}\n{hỏng\n{\"id\": \"b\", \"text\": \"Công đoàn hai\"}\n")
        try workspace.write("docs/thư mục có dấu cách/tin số 1.md", "---\ntitle: Tin\n---\nCông đoàn trong thư mục.")
        try workspace.write("docs/ba\u{0300}i vie\u{0302}\u{0301}t.txt", "Bài tổ hợp\nCông đoàn, tên tệp NFD.")
        try workspace.write("docs/rỗng.txt", "")
        try writeBytes(workspace, "docs/anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        try writeBytes(workspace, "docs/van-ban.txt", Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3])
        try writeBytes(workspace, "docs/nen.txt", [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x00, 0x00])
        try writeBytes(workspace, "docs/nul.txt", Array("công đoàn".utf8) + [0x00, 0x00] + Array("x".utf8))
        try writeBytes(workspace, "docs/latin.txt", Array("Công đoàn ".utf8) + [0xC3, 0x28] + Array(" và còn nữa ở đây".utf8))
        try writeBytes(workspace, "docs/cp1258.txt", Array("C".utf8) + [0xF4] + Array("ng ".utf8) + [0xF0] + Array("oa".utf8) + [0xCC]
            + Array("n Vi".utf8) + [0xEA, 0xF2] + Array("t Nam\nNg".utf8) + [0xFD, 0xF5, 0xCC] + Array("i lao ".utf8) + [0xF0, 0xF4, 0xF2] + Array("ng".utf8))
        var utf16 = [UInt8]([0xFE, 0xFF])
        for unit in "Tiêu đề\nCông đoàn viên chức, bản UTF-16 BE.".utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        try writeBytes(workspace, "docs/utf16be.txt", utf16)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("docs/vòng"), withDestinationPath: ".")

        let result = try workspace.run(["index", "docs", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = [
            "docs/anh.txt: binary file (PNG)", "docs/feed.jsonl:2: not a JSON object", "docs/latin.txt: not valid UTF-8 (byte 13)",
            "docs/nen.txt: binary file (ZIP)", "docs/nul.txt: binary file (contains NUL bytes)", "docs/van-ban.txt: binary file (PDF)",
            "docs/vòng: directory already visited",
        ]
        XCTAssertEqual(result.stderrLines.count, expected.count, result.stderr)
        for prefix in expected {
            XCTAssertEqual(result.stderrLines.filter { $0.hasPrefix("tracuu: warning: " + prefix) }.count, 1, "\(prefix): \(result.stderr)")
        }
        XCTAssertTrue(result.stdout.hasPrefix("7 added, 0 updated, 0 removed, 0 unchanged, 5 skipped; 8 documents in t.sqlite"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("; 7 warnings\n"), result.stdout)
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "người lao động"]).stdout, "1\n", "Windows-1258")
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "--no-expand", "công đoàn"]).stdout, "7\n")

        let again = try workspace.run(["index", "docs", "--index", "t.sqlite", "--json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let summary = try again.json()
        XCTAssertEqual(summary["unchanged"] as? Int, 7)
        XCTAssertEqual(summary["skipped"] as? Int, 5)
        XCTAssertEqual((summary["warnings"] as? [String])?.count, 6, "skipped files are tried again; the unchanged feed.jsonl is not re-read")
    }

    func testFileNamesWithLineBreaksGiveOneLineEach() throws {
        let workspace = try TracuuProcess()
        try workspace.write("docs/tốt.txt", "Công đoàn\nCông đoàn cơ sở.")
        try writeBytes(workspace, "docs/hai\ndòng.txt", [0x89, 0x50, 0x4E, 0x47])
        try writeBytes(workspace, "docs/về\rđầu.txt", [0x25, 0x50, 0x44, 0x46])
        let result = try workspace.run(["index", "docs", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }).count, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("docs/hai\\ndòng.txt: binary file (PNG)"), result.stderr)
    }

    func testNothingIndexableExitsTwo() throws {
        let workspace = try TracuuProcess()
        try writeBytes(workspace, "docs/anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try writeBytes(workspace, "docs/latin.txt", Array("Tiêu đề ".utf8) + [0xE9, 0x74, 0xE9] + Array(" và nhiều chữ nữa".utf8))
        let result = try workspace.run(["index", "docs", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderrLines.count, 3, result.stderr)
        XCTAssertEqual(result.stderrLines.last, "tracuu: nothing could be indexed (2 warnings above)")

        let empty = try workspace.run(["index", "docs/anh.txt", "--index", "other.sqlite"])
        XCTAssertEqual(empty.status, 2)
    }

    func testIndexThatCannotBeWrittenExitsTwo() throws {
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        try workspace.write("a-file", "not a folder")
        let result = try workspace.run(["index", "corpus", "--index", "a-file/t.sqlite"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("tracuu: cannot write the index at a-file/t.sqlite"), result.stderr)
    }

    /// chmod 000 stops everyone but root; as root the binary runs as `nobody` through setpriv(1).
    func testUnreadableFileIsSkippedWithOneLine() throws {
        let workspace = try TracuuProcess()
        try workspace.write("docs/ok.txt", "Được\nđọc được")
        try workspace.write("docs/khoá.txt", "Bị khoá\nkhông đọc được")
        try workspace.write("docs/đóng/bên trong.txt", "Không vào được")
        XCTAssertEqual(chmod(workspace.path("docs/khoá.txt"), 0), 0)
        XCTAssertEqual(chmod(workspace.path("docs/đóng"), 0), 0)
        defer { chmod(workspace.path("docs/đóng"), 0o755) }
        XCTAssertEqual(chmod(workspace.directory.path, 0o777), 0)
        var prefix: [String] = []
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv), "running as root without setpriv(1): chmod 000 cannot be tested")
            prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let command = (prefix + ["\"$TRACUU\"", "index", "docs", "--index", "t.sqlite"]).joined(separator: " ")
        let result = try workspace.runShell(command)
        try XCTSkipIf(result.status == 126 || result.stderr.contains("Permission denied") && !result.stderr.contains("tracuu"),
                      "the binary cannot run as nobody here: \(result.stderr)")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderrLines, ["tracuu: warning: docs/đóng: cannot read directory; skipped", "tracuu: warning: docs/khoá.txt: cannot read; skipped"])
        XCTAssertTrue(result.stdout.hasPrefix("1 added, 0 updated, 0 removed, 0 unchanged, 1 skipped; 1 documents"), result.stdout)
    }
}
