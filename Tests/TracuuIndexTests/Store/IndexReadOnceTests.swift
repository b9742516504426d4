import Foundation
@testable import TracuuIndex
import XCTest

/// `IndexDatabase(readingOnceAt:)`: a finished index is read as it is, under the writer lock
/// held shared until the reader closes; a commit still in the WAL, or a writer at work, makes
/// it read through the WAL.
final class IndexReadOnceTests: XCTestCase {
    /// Whether a `tracuu index` would get the writer lock now.
    private func writerCanLock(_ corpus: TemporaryCorpus) -> Bool {
        let descriptor = open(corpus.indexPath + ".lock", O_RDWR)
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(descriptor, LOCK_UN)
        return true
    }

    func testAFinishedIndexIsReadUnderTheLockUntilClosed() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let reader = try IndexDatabase(readingOnceAt: corpus.indexPath)
        XCTAssertEqual(try Searcher(database: reader).search("một").total, 1)
        XCTAssertFalse(writerCanLock(corpus), "no update starts while it reads")
        try reader.close()
        XCTAssertTrue(writerCanLock(corpus))
        for suffix in ["-wal", "-shm"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.indexPath + suffix), suffix)
        }
    }

    func testAnUpdatedIndexIsReadWhole() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        try corpus.write("b.txt", "Hai\nhai")
        try corpus.index()
        let reader = try IndexDatabase(readingOnceAt: corpus.indexPath)
        defer { try? reader.close() }
        XCTAssertEqual(try Searcher(database: reader).search("hai").total, 1)
        XCTAssertFalse(writerCanLock(corpus), "the update emptied its WAL: the file is read as it is")
    }

    func testACommitStillInTheWALIsRead() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        // A connection that committed and is still open: its commit is only in the WAL.
        let writer = try corpus.open()
        defer { try? writer.close() }
        try writer.write { db in try db.execute(sql: "UPDATE documents SET title = 'Đổi'") }
        let reader = try IndexDatabase(readingOnceAt: corpus.indexPath)
        defer { try? reader.close() }
        XCTAssertEqual(try reader.document(pathOrID: corpus.path("a.txt"))?.document.title, "Đổi")
        XCTAssertTrue(writerCanLock(corpus), "read through the WAL, without the lock")
    }

    func testAnIndexBeingWrittenIsReadThroughTheWAL() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let lock = open(corpus.indexPath + ".lock", O_RDWR)
        defer { close(lock) }
        XCTAssertEqual(flock(lock, LOCK_EX), 0)
        let reader = try IndexDatabase(readingOnceAt: corpus.indexPath)
        defer { try? reader.close() }
        XCTAssertEqual(try Searcher(database: reader).search("một").total, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.indexPath + "-shm"), "read through the WAL")
    }
}
