import Foundation
import GRDB
@testable import TracuuIndex
import XCTest

/// What tracuu says about index files it cannot use: one clear error, never SQLite's text.
final class IndexFileTests: XCTestCase {
    func testMissingIndex() throws {
        let corpus = try TemporaryCorpus()
        XCTAssertThrowsError(try corpus.open()) { error in
            XCTAssertEqual(error as? IndexError, .missing(path: corpus.indexPath))
        }
    }

    func testOtherTokenizerVersion() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let database = try corpus.open()
        try database.pool.write { db in
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'tokenizer_version'")
        }
        try database.close()
        XCTAssertThrowsError(try corpus.open()) { error in
            XCTAssertEqual(error as? IndexError, .otherVersion(path: corpus.indexPath, found: "0"))
            XCTAssertTrue(String(describing: error).contains("tracuu index --rebuild"))
        }
        XCTAssertThrowsError(try corpus.index())
        XCTAssertEqual(try corpus.index(rebuild: true).documents, 1)
        assertFinds(corpus, "một", ["a.txt"])
    }

    func testFileThatIsNotADatabaseIsNeverReplaced() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try FileManager.default.createDirectory(atPath: (corpus.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = Data(String(repeating: "không phải cơ sở dữ liệu\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: corpus.indexPath))
        XCTAssertThrowsError(try corpus.open()) { error in
            XCTAssertEqual(error as? IndexError, .foreignFile(path: corpus.indexPath, reason: "not a database"))
            XCTAssertFalse(String(describing: error).contains("--rebuild"))
        }
        XCTAssertThrowsError(try corpus.index(rebuild: true)) { error in
            guard case .foreignFile? = error as? IndexError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: corpus.indexPath)), text)
    }

    func testEmptyFileAndForeignDatabase() throws {
        let corpus = try TemporaryCorpus()
        try FileManager.default.createDirectory(atPath: (corpus.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: corpus.indexPath, contents: Data()))
        XCTAssertThrowsError(try corpus.open()) { error in
            guard case .foreignFile? = error as? IndexError else { return XCTFail("\(error)") }
        }
        let database = try IndexDatabase.create(path: corpus.directory + "/other.sqlite")
        try database.pool.write { try $0.execute(sql: "DROP TABLE meta") }
        try database.close()
        XCTAssertThrowsError(try IndexDatabase(path: corpus.directory + "/other.sqlite")) { error in
            XCTAssertEqual(error as? IndexError, .notAnIndex(path: corpus.directory + "/other.sqlite", reason: "no tracuu tables"), "tracuu's own file, damaged")
        }
        let foreign = try DatabaseQueue(path: corpus.directory + "/notes.sqlite")
        try foreign.write { try $0.execute(sql: "CREATE TABLE notes(text TEXT)") }
        try foreign.close()
        XCTAssertThrowsError(try IndexDatabase(path: corpus.directory + "/notes.sqlite")) { error in
            XCTAssertEqual(error as? IndexError, .foreignFile(path: corpus.directory + "/notes.sqlite", reason: "no tracuu tables"))
        }
    }

    /// Searches open the index read-only: the errors of a read-write open, and the last
    /// commit while a writer is in the middle of a transaction.
    func testReadOnlyOpenReportsTheSameAndReadsBesideAWriter() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        let directory = (corpus.indexPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func sameError(_ what: String) {
            let readOnly = Result { try IndexDatabase(readingAt: corpus.indexPath) }
            let readWrite = Result { try IndexDatabase(path: corpus.indexPath) }
            switch (readOnly, readWrite) {
            case (.failure(let left), .failure(let right)): XCTAssertEqual(left as? IndexError, right as? IndexError, what)
            default: XCTFail("\(what): \(readOnly), \(readWrite)")
            }
        }
        sameError("missing")
        try Data(String(repeating: "không phải cơ sở dữ liệu\n", count: 200).utf8).write(to: URL(fileURLWithPath: corpus.indexPath))
        sameError("text file")
        try FileManager.default.removeItem(atPath: corpus.indexPath)
        try FileManager.default.createDirectory(atPath: corpus.indexPath, withIntermediateDirectories: false)
        sameError("folder")
        try FileManager.default.removeItem(atPath: corpus.indexPath)

        try corpus.index()
        let writer = try corpus.open()
        defer { try? writer.close() }
        try writer.pool.write { db in
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'tokenizer_version'")
            try db.execute(sql: "DELETE FROM documents")
            let reader = try IndexDatabase(readingAt: corpus.indexPath)
            defer { try? reader.close() }
            XCTAssertEqual(try reader.documentCount(), 1)
            XCTAssertEqual(try Searcher(database: reader).search("một").hits.count, 1)
        }
        sameError("other version")
    }

    func testStaleRebuildFilesAreRemoved() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let stale = corpus.indexPath + ".rebuild-99999"
        XCTAssertTrue(FileManager.default.createFile(atPath: stale, contents: Data("half".utf8)))
        try corpus.index()
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
    }

    func testShowByPathAndID() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let byPath = try XCTUnwrap(try database.document(pathOrID: corpus.path("a.txt")))
        XCTAssertEqual(try database.document(pathOrID: String(byPath.id))?.document, byPath.document)
        XCTAssertNil(try database.document(pathOrID: "không có"))
        XCTAssertNil(try database.document(pathOrID: "12345"))
        XCTAssertEqual(byPath.hash.count, 16)
    }
}
