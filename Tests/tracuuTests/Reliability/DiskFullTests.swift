import Foundation
import XCTest

/// The index on a 2 MB tmpfs that fills up while indexing: one clear line,
/// exit 2, and the previous index intact. Needs `mount` (root); skipped otherwise.
final class DiskFullTests: XCTestCase {
    private func mountSmallDisk(_ workspace: TracuuProcess) throws -> String {
        let directory = workspace.path("small")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let mount = try RunningTracuu(URL(fileURLWithPath: "/bin/sh"), ["-c", "mount -t tmpfs -o size=4m tmpfs small"], in: workspace.directory).wait()
        try XCTSkipUnless(mount.status == 0, "cannot mount a small tmpfs here (root and mount permission needed): \(mount.stderr)")
        addTeardownBlock {
            _ = try? RunningTracuu(URL(fileURLWithPath: "/bin/sh"), ["-c", "umount small"], in: workspace.directory).wait()
        }
        return "small"
    }

    private func assertDiskFull(_ result: CommandResult, _ index: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.stdout, file: file, line: line)
        XCTAssertEqual(result.stderrLines, ["tracuu: cannot write the index at \(index): the disk is full"], file: file, line: line)
    }

    func testDiskFullWhileIndexingKeepsThePreviousIndex() throws {
        let workspace = try TracuuProcess()
        let disk = try mountSmallDisk(workspace)
        let index = disk + "/t.sqlite"
        let ballast = workspace.path(disk + "/ballast")
        XCTAssertTrue(FileManager.default.createFile(atPath: ballast, contents: Data(count: 2_800_000)))
        try workspace.writeArticles(0..<100)
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", index]).status, 0)
        XCTAssertEqual(try workspace.checkIndex(index).documents, 100)

        try workspace.writeArticles(100..<3000)
        assertDiskFull(try workspace.run(["index", "corpus", "--index", index]), index)
        let (afterUpdate, _) = try workspace.checkIndex(index)
        XCTAssertGreaterThanOrEqual(afterUpdate, 100, "committed batches stay")
        let search = try workspace.run(["search", "--index", index, "--count", "--no-expand", "mãsố42"])
        XCTAssertEqual(search.stdout, "1\n", search.stderr)

        assertDiskFull(try workspace.run(["index", "corpus", "--index", index, "--rebuild"]), index)
        XCTAssertEqual(try workspace.checkIndex(index).documents, afterUpdate, "the index before the rebuild, intact")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.path(disk)).filter { $0.contains("rebuild") }, [])

        assertDiskFull(try workspace.run(["index", "corpus", "--index", disk + "/new.sqlite"]), disk + "/new.sqlite")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.path(disk + "/new.sqlite")))

        try FileManager.default.removeItem(atPath: ballast)
        for number in 150..<3000 { try FileManager.default.removeItem(atPath: workspace.path(String(format: "corpus/%05d.txt", number))) }
        let result = try workspace.run(["index", "corpus", "--index", index])
        XCTAssertEqual(result.status, 0, "with room again, the next run completes: \(result.stderr)")
        let (documents, files) = try workspace.checkIndex(index)
        XCTAssertEqual([documents, files], [150, 150])
    }
}
