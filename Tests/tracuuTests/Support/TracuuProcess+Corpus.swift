import Foundation
import GRDB
@testable import TracuuIndex
import XCTest

/// Articles written into the workspace, and the index built from them checked in process.
extension TracuuProcess {
    /// Writes a small article `folder/NNNNN.txt` for each number of `range`, each with the words
    /// "công đoàn", a number word and its own word `mãsốN` (`mãsốN` + `edition` for a changed version).
    func writeArticles(_ range: Range<Int>, folder: String = "corpus", edition: String = "") throws {
        let directory = self.directory.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for index in range {
            let text = """
                Tin số \(index)\(edition): Công đoàn cơ sở tổ chức hội nghị
                Ngày hội của người lao động lần thứ \(index % 97), với mãsố\(index)\(edition) riêng của bài.
                Ban Chấp hành Công đoàn phối hợp với Công an phường bảo đảm an ninh trật tự, hỗ trợ \(index % 50 + 1) triệu đồng.
                Đoàn viên tham gia đông đủ; nhiều ý kiến đóng góp cho nghị quyết về tổ chức công đoàn các cấp.
                """
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "%05d.txt", index)))
        }
    }

    /// Opens the index in this process, as a search does, and checks it the way SQLite can:
    /// `PRAGMA integrity_check` and FTS5's own `integrity-check` (which re-tokenizes
    /// every document with tracuu's tokenizer and compares with the index).
    /// `fts: false` skips FTS5's check, which re-tokenizes everything (slow on a big index in a debug build).
    func checkIndex(_ relative: String, fts: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws -> (documents: Int, files: Int) {
        let database = try IndexDatabase(path: path(relative))
        defer { try? database.close() }
        return try database.pool.writeWithoutTransaction { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            XCTAssertEqual(integrity, ["ok"], file: file, line: line)
            if fts { try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')") }
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? -1
            let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? -1
            let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE file NOT IN (SELECT path FROM files)") ?? -1
            XCTAssertEqual(orphans, 0, "documents whose file row is missing", file: file, line: line)
            return (documents, files)
        }
    }

    /// Committed documents, read beside a running writer (nil while there is no index yet).
    func committedDocuments(_ relative: String) -> Int? {
        guard let database = try? IndexDatabase(path: path(relative)) else { return nil }
        defer { try? database.close() }
        return try? database.documentCount()
    }
}
