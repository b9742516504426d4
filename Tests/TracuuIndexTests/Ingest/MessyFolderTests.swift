import Foundation
@testable import TracuuIndex
import XCTest

/// A folder as found on a real desk: every encoding tracuu reads, files it
/// must skip with one warning each, odd names, links and sizes. The run goes
/// on, indexes what it can and counts the rest.
final class MessyFolderTests: XCTestCase {
    /// "Công đoàn Việt Nam\nNgười lao động được hỗ trợ.\n" in Windows-1258, where
    /// ê, ô, ơ, ư, đ are one byte each and tone marks are combining bytes after the vowel.
    static let windows1258: [UInt8] = Array("C".utf8) + [0xF4] + Array("ng ".utf8) + [0xF0] + Array("o".utf8) + [0xE0]
        + Array("n Vi".utf8) + [0xEA, 0xF2] + Array("t Nam\nNg".utf8) + [0xFD, 0xF5, 0xCC] + Array("i lao ".utf8)
        + [0xF0, 0xF4, 0xF2] + Array("ng ".utf8) + [0xF0, 0xFD, 0xF5, 0xF2] + Array("c h".utf8) + [0xF4, 0xDE]
        + Array(" tr".utf8) + [0xF5, 0xF2] + Array(".\n".utf8)

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    func testEncodings() throws {
        let text = "Tiêu đề thủy lợi\nĐoạn mở đầu về an ninh trật tự.\n"
        let corpus = try TemporaryCorpus()
        try corpus.writeBytes("bom.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        try corpus.writeBytes("utf16le.txt", Self.utf16(text, bigEndian: false))
        try corpus.writeBytes("utf16be.md", Self.utf16(text, bigEndian: true))
        try corpus.writeBytes("cp1258.txt", Self.windows1258)
        try corpus.writeBytes("nobom-le.txt", Array(Self.utf16(text, bigEndian: false).dropFirst(2)))
        try corpus.writeBytes("nobom-be.txt", Array(Self.utf16(text, bigEndian: true).dropFirst(2)))
        try corpus.write("nfd.txt", "Tie\u{0302}u đe\u{0302}\u{0300} thu\u{0309}y lo\u{031B}\u{0323}i\nĐoa\u{0323}n mo\u{031B}\u{0309} đa\u{0302}\u{0300}u ve\u{0302}\u{0300} an ninh tra\u{0323}\u{0302}t tu\u{031B}\u{0323}.\n")
        let summary = try corpus.index()
        XCTAssertEqual(corpus.warnings, [])
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [7, 0, 7])
        for name in ["bom.txt", "utf16le.txt", "utf16be.md", "nobom-le.txt", "nobom-be.txt", "nfd.txt"] {
            let document = try XCTUnwrap(try corpus.stored(name), name)
            XCTAssertEqual(Array(document.title.unicodeScalars), Array("Tiêu đề thủy lợi".unicodeScalars), name)
            XCTAssertEqual(Array(document.lead.unicodeScalars), Array("Đoạn mở đầu về an ninh trật tự.".unicodeScalars), name)
        }
        let windows = try XCTUnwrap(try corpus.stored("cp1258.txt"))
        XCTAssertEqual(Array(windows.title.unicodeScalars), Array("Công đoàn Việt Nam".unicodeScalars))
        XCTAssertEqual(Array(windows.lead.unicodeScalars), Array("Người lao động được hỗ trợ.".unicodeScalars))
        assertFinds(corpus, "thuỷ lợi", ["bom.txt", "utf16le.txt", "utf16be.md", "nobom-le.txt", "nobom-be.txt", "nfd.txt"])
        assertFinds(corpus, "tra\u{0323}\u{0302}t tu\u{031B}\u{0323}", ["bom.txt", "utf16le.txt", "utf16be.md", "nobom-le.txt", "nobom-be.txt", "nfd.txt"])
        assertFinds(corpus, "người lao động", ["cp1258.txt"])
        assertFinds(corpus, "hỗ trợ", ["cp1258.txt"])
        assertFinds(corpus, "viet nam", ["cp1258.txt"])
    }

    func testInvalidUTF8IsReportedWithItsByteOffsetAndSkipped() throws {
        let head = Array("Tiêu đề hợp lệ\nA".utf8)
        let corpus = try TemporaryCorpus(["ok.txt": "Được\nđọc"])
        try corpus.writeBytes("bad.txt", head + [0xC3, 0x28] + Array("B và phần sau còn dài, không ở cuối tệp.\n".utf8))
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [1, 1, 1])
        XCTAssertEqual(corpus.warnings, ["\(corpus.path("bad.txt")): not valid UTF-8 (byte \(head.count)) and not a recognized encoding; skipped"])
        assertFinds(corpus, "hợp lệ", [])
    }

    func testBinaryFilesNamedTxtAreSkippedWithOneLineEach() throws {
        let corpus = try TemporaryCorpus(["ok.txt": "Công đoàn\nCông đoàn cơ sở."])
        try corpus.writeBytes("anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR công đoàn".utf8))
        try corpus.writeBytes("van-ban.txt", Array("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Title (công đoàn) >>\n".utf8))
        try corpus.writeBytes("nen.md", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] + Array("cong-doan.txt công đoàn".utf8))
        try corpus.writeBytes("nul.txt", Array("Công đoàn".utf8) + [0, 0, 0, 1, 2] + Array(" công đoàn".utf8))
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [1, 4, 1])
        XCTAssertEqual(corpus.warnings.count, 4, "\(corpus.warnings)")
        for (name, kind) in [("anh.txt", "PNG"), ("van-ban.txt", "PDF"), ("nen.md", "ZIP"), ("nul.txt", "NUL")] {
            XCTAssertEqual(corpus.warnings.filter { $0.hasPrefix(corpus.path(name) + ":") && $0.contains(kind) }.count, 1, "\(name): \(corpus.warnings)")
        }
        assertFinds(corpus, "cong doan", ["ok.txt"])
    }

    func testEmptyFrontMatterOnlyAndMalformedFrontMatter() throws {
        let corpus = try TemporaryCorpus([
            "empty.txt": "",
            "front-only.md": "---\ntitle: Chỉ có phần đầu\ndate: 2023-01-01\n---\n",
            "open.md": "---\ntitle: Không đóng\nNội dung vẫn được đọc",
            "no-colon.md": "---\ntiêu đề không có dấu hai chấm\ndate: 99/99/9999\n: \n---\nThân bài có chữ công đoàn.",
            "dashes.md": "---\n---\n---\nBa dòng gạch.",
        ])
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [5, 0, 5])
        XCTAssertEqual(corpus.warnings.count, 2, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.hasPrefix(corpus.path("open.md")) && $0.contains("not closed") }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.hasPrefix(corpus.path("no-colon.md")) && $0.contains("key: value") }, "\(corpus.warnings)")
        XCTAssertEqual(try corpus.stored("empty.txt")?.title, "empty.txt")
        XCTAssertEqual(try corpus.stored("front-only.md")?.title, "Chỉ có phần đầu")
        XCTAssertEqual(try corpus.stored("front-only.md")?.date, "2023-01-01")
        XCTAssertNil(try corpus.stored("no-colon.md")?.date)
        assertFinds(corpus, "nội dung vẫn được đọc", ["open.md"])
        assertFinds(corpus, "cong doan", ["no-colon.md"])
        assertFinds(corpus, "ba dòng gạch", ["dashes.md"])
    }

    func testTwoMegabyteLineWithoutNewline() throws {
        let phrase = "công nhân lao động "
        let words = String(repeating: phrase, count: 2_100_000 / phrase.utf8.count)
        let corpus = try TemporaryCorpus(["dai.txt": words + "kếtthúcdòng"])
        XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: corpus.path("dai.txt"))[.size] as? Int ?? 0, 2_000_000)
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.documents], [1, 1])
        XCTAssertEqual(corpus.warnings, [])
        let document = try XCTUnwrap(try corpus.stored("dai.txt"))
        XCTAssertLessThanOrEqual(document.title.count, 111)
        assertFinds(corpus, "ketthucdong", ["dai.txt"])
        let results = try corpus.search("ketthucdong")
        XCTAssertTrue(results.hits.first?.snippet.text.contains("kếtthúcdòng") ?? false)
    }

    /// Over `FilePreparer.largeFileBytes`: streamed in parts of about a megabyte, each its own document.
    func testLargeFileIsStreamedInParts() throws {
        let corpus = try TemporaryCorpus()
        var text = "Báo cáo rất dài\nĐầu tệp có từ mởđầutệp.\n"
        let line = "Người lao động được hỗ trợ, công đoàn cơ sở tổ chức hội nghị.\n"
        let lines = (FilePreparer.largeFileBytes + (1 << 20)) / line.utf8.count
        text.reserveCapacity(lines * line.utf8.count + 100)
        for index in 0..<lines { text += index == lines / 2 ? "Giữa tệp có từ giữatệp.\n" : line }
        text += "Cuối tệp có từ cuốitệp."
        try corpus.write("lon.txt", text)
        let summary = try corpus.index()
        XCTAssertEqual(corpus.warnings, [])
        XCTAssertEqual(summary.added, 1)
        XCTAssertGreaterThanOrEqual(summary.documents, 9)
        XCTAssertEqual(Int64(summary.bytesRead), Int64(text.utf8.count))
        assertFinds(corpus, "modautep", ["lon.txt"])
        XCTAssertEqual(try corpus.names("giuatep").count, 1)
        XCTAssertEqual(try corpus.names("cuoitep").count, 1)
        XCTAssertEqual(try corpus.stored("lon.txt#2")?.title, "Báo cáo rất dài (phần 2)")
        let again = try corpus.index()
        XCTAssertEqual([again.added, again.updated, again.unchanged], [0, 0, 1])

        // A run killed after committing some parts of a new large file, before its last:
        // parts are in the index, the file is not recorded. The next run starts the file over.
        let database = try corpus.open()
        try database.pool.write { try $0.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [corpus.path("lon.txt")]) }
        try database.close()
        let resumed = try corpus.index()
        XCTAssertEqual(corpus.warnings, [], "no 'another document already has this path'")
        XCTAssertEqual([resumed.added, resumed.documents], [1, summary.documents])
        XCTAssertEqual(try corpus.names("giuatep").count, 1)
    }

    /// "bài viết.txt" spelled with precomposed letters and with combining marks are two
    /// different files on Linux; both are indexed, and a second run finds both unchanged.
    func testFileNamesWithSpacesAndVietnameseLettersInNFCAndNFD() throws {
        let nfc = "bài viết mới.txt"
        let nfd = "ba\u{0300}i vie\u{0302}\u{0301}t mo\u{031B}\u{0301}i.txt"
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        let corpus = try TemporaryCorpus()
        try corpus.write(nfc, "Bản dựng sẵn\nNội dung có từ dựngsẵn.")
        try corpus.write(nfd, "Bản tổ hợp\nNội dung có từ tổhợp.")
        try corpus.write("thư mục có dấu cách/tin tức số 1.md", "Tin tức\nCông đoàn trong thư mục.")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.corpus).map { Array($0.utf8) }
        XCTAssertTrue(names.contains(Array(nfc.utf8)) && names.contains(Array(nfd.utf8)), "two files on disk")
        let summary = try corpus.index()
        XCTAssertEqual(corpus.warnings, [])
        XCTAssertEqual([summary.added, summary.documents], [3, 3])
        let paths = try corpus.search("noi dung").hits.map { Array($0.path.utf8) }
        XCTAssertEqual(Set(paths), [Array(corpus.path(nfc).utf8), Array(corpus.path(nfd).utf8)])
        assertFinds(corpus, "cong doan", ["thư mục có dấu cách/tin tức số 1.md"])
        let again = try corpus.index()
        XCTAssertEqual([again.added, again.updated, again.removed, again.unchanged, again.documents], [0, 0, 0, 3, 3])
        try FileManager.default.removeItem(atPath: corpus.path(nfd))
        let removed = try corpus.index()
        XCTAssertEqual([removed.removed, removed.unchanged, removed.documents], [1, 2, 2])
        XCTAssertEqual(try corpus.names("dungsan").count, 1)
        XCTAssertEqual(try corpus.names("tohop").count, 0)
    }

    func testSymlinkLoopsAreReportedOnce() throws {
        let corpus = try TemporaryCorpus(["a/tin.txt": "Tin\nCông đoàn."])
        try FileManager.default.createSymbolicLink(atPath: corpus.path("a/vòng"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("tự-trỏ.txt"), withDestinationPath: "tự-trỏ.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus.path("b"), withDestinationPath: "a")
        let summary = try corpus.index()
        XCTAssertEqual(summary.documents, 1)
        XCTAssertEqual(corpus.warnings.count, 3, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.hasPrefix(corpus.path("a/vòng")) }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.hasPrefix(corpus.path("tự-trỏ.txt")) }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.hasPrefix(corpus.path("b")) }, "\(corpus.warnings)")
    }

    func testUnreadableFileIsSkippedWithAWarning() throws {
        let corpus = try TemporaryCorpus(["ok.txt": "Được\nđọc", "khoa.txt": "Bị khoá\nkhông đọc được"])
        XCTAssertEqual(chmod(corpus.path("khoa.txt"), 0), 0)
        defer { chmod(corpus.path("khoa.txt"), 0o644) }
        try XCTSkipIf(access(corpus.path("khoa.txt"), R_OK) == 0,
                      "running as root: chmod 000 does not stop reading (CommandLineReliabilityTests checks this as an unprivileged user)")
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [1, 1, 1])
        XCTAssertEqual(corpus.warnings, ["\(corpus.path("khoa.txt")): cannot read; skipped"])
    }

    /// Everything at once: the run finishes, indexes the good files and counts the warnings.
    func testMessyFolderRunFinishesWithWarningsCounted() throws {
        let corpus = try TemporaryCorpus([
            "tot.txt": "Công đoàn\nCông đoàn cơ sở.",
            "feed.jsonl": "{\"id\": \"a\", \"text\": \"Công đoàn một\"}\n{hỏng\n{\"id\": \"b\", \"text\": \"Công đoàn hai\"}\n{\"title\": \"không có text\"}\n",
            "open.md": "---\ntitle: Mở\nCông đoàn không đóng",
            "empty.txt": "",
        ])
        try corpus.writeBytes("anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try corpus.writeBytes("latin.txt", Array("Công đoàn ".utf8) + [0xC3, 0x28] + Array(" và còn nữa ở đây".utf8))
        try corpus.writeBytes("cp1258.txt", Self.windows1258)
        try FileManager.default.createSymbolicLink(atPath: corpus.path("vòng"), withDestinationPath: ".")
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.skipped, summary.documents], [5, 2, 6])
        XCTAssertEqual(summary.warnings, corpus.warnings)
        XCTAssertEqual(summary.warnings.count, 6, "\(summary.warnings)")
        for expected in ["feed.jsonl:2: not a JSON object", "feed.jsonl:4: no \"text\" field", "open.md: front matter is not closed",
                         "anh.txt: binary file (PNG)", "latin.txt: not valid UTF-8 (byte \("Công đoàn ".utf8.count))", "vòng: directory already visited"] {
            XCTAssertEqual(summary.warnings.filter { $0.hasPrefix(corpus.path(expected)) }.count, 1, "\(expected): \(summary.warnings)")
        }
        assertFinds(corpus, "cong doan", ["tot.txt", "feed.jsonl#a", "feed.jsonl#b", "open.md", "cp1258.txt"])
    }
}
