import Foundation
import TracuuIndex
import XCTest

/// Re-running the index adds new files, re-reads changed ones, drops deleted
/// ones and skips unchanged ones, and the summary counts each.
final class IncrementalIndexTests: XCTestCase {
    func testAddChangeDeleteAndUnchanged() throws {
        let corpus = try TemporaryCorpus([
            "keep.txt": "Giữ nguyên\nBài này không đổi.",
            "change.txt": "Bài sẽ sửa\nNội dung cũ về thủy lợi.",
            "delete.txt": "Bài sẽ xoá\nNội dung về khuyến nông.",
        ])
        var summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.updated, summary.removed, summary.unchanged, summary.documents], [3, 0, 0, 0, 3])

        summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.updated, summary.removed, summary.unchanged, summary.documents], [0, 0, 0, 3, 3])

        try corpus.write("change.txt", "Bài đã sửa\nNội dung mới về điện gió ngoài khơi.")
        try corpus.remove("delete.txt")
        try corpus.write("sub/new.txt", "Bài mới\nNội dung về khuyến ngư.")
        summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.updated, summary.removed, summary.unchanged, summary.documents], [1, 1, 1, 1, 3])

        assertFinds(corpus, "thủy lợi", [])
        assertFinds(corpus, "điện gió", ["change.txt"])
        assertFinds(corpus, "\"khuyến nông\"", [])
        assertFinds(corpus, "khuyến ngư", ["sub/new.txt"])
        assertFinds(corpus, "khuyen", ["sub/new.txt"])
        XCTAssertEqual(try corpus.stored("change.txt")?.title, "Bài đã sửa")
        XCTAssertNil(try corpus.stored("delete.txt"))
    }

    func testOneFolderUnderTwoSpellingsIsIndexedOnce() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Bài một\nNội dung."])
        let relative = (corpus.corpus as NSString).lastPathComponent
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(corpus.directory)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        var summary = try IndexLifecycle.update(path: corpus.indexPath, roots: [relative], rebuild: false, warn: { _ in })
        XCTAssertEqual([summary.added, summary.documents], [1, 1])
        summary = try IndexLifecycle.update(path: corpus.indexPath, roots: ["./" + relative + "/"], rebuild: false, warn: { _ in })
        XCTAssertEqual([summary.added, summary.unchanged, summary.documents], [0, 1, 1])
    }

    func testTouchedButUnchangedFileIsNotReindexed() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nNội dung."])
        try corpus.index()
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: corpus.path("a.txt"))
        let summary = try corpus.index()
        XCTAssertEqual([summary.added, summary.updated, summary.unchanged], [0, 0, 1])
        XCTAssertEqual(summary.documents, 1)
    }

    func testChangeOfSameSizeIsSeen() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Tiêu đề\nhoa hồng"])
        try corpus.index()
        try corpus.write("a.txt", "Tiêu đề\nhoa cúccc")
        XCTAssertEqual("hồng".utf8.count, "cúccc".utf8.count)
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: corpus.path("a.txt"))
        let summary = try corpus.index()
        XCTAssertEqual(summary.updated, 1)
        assertFinds(corpus, "cúccc", ["a.txt"])
        assertFinds(corpus, "hồng", [])
    }

    func testRebuildStartsOver() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột", "b.txt": "Hai\nhai"])
        try corpus.index()
        let summary = try corpus.index(rebuild: true)
        XCTAssertEqual([summary.added, summary.updated, summary.removed, summary.unchanged, summary.documents], [2, 0, 0, 0, 2])
        assertFinds(corpus, "hai", ["b.txt"])
    }

    func testFileThatBecomesUnreadableKeepsOtherDocuments() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột", "b.txt": "Hai\nhai"])
        try corpus.index()
        try corpus.writeBytes("b.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31])
        let summary = try corpus.index()
        XCTAssertEqual(summary.skipped, 1)
        XCTAssertTrue(corpus.warnings.contains { $0.contains("b.txt") && $0.contains("PDF") }, "\(corpus.warnings)")
        assertFinds(corpus, "một", ["a.txt"])
    }

    func testSearchingWhileAnotherConnectionIsOpen() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        let reader = try corpus.open()
        defer { try? reader.close() }
        try corpus.write("b.txt", "Hai\nhai")
        try corpus.index()
        XCTAssertEqual(try Searcher(database: reader).search("hai").total, 1)
    }

    func testOnlyFilesUnderTheIndexedRootsAreRemoved() throws {
        let corpus = try TemporaryCorpus(["a/one.txt": "Một\nmột", "b/two.txt": "Hai\nhai"])
        _ = try IndexLifecycle.update(path: corpus.indexPath, roots: [corpus.path("a"), corpus.path("b")], rebuild: false, warn: { _ in })
        let summary = try IndexLifecycle.update(path: corpus.indexPath, roots: [corpus.path("a") + "/"], rebuild: false, warn: { _ in })
        XCTAssertEqual([summary.removed, summary.unchanged, summary.documents], [0, 1, 2])
    }
}
