import Foundation
import XCTest

/// `tracuu index` killed with SIGKILL at several moments, searches and a second
/// `tracuu index` beside a running one, and index files tracuu cannot use: the
/// last committed index always stays searchable and consistent, and the next
/// run completes the work.
final class CrashRecoveryTests: XCTestCase {
    private let index = "t.sqlite"

    /// Waits (polling) until `condition` holds or the process ends; false if it ended first.
    private func wait(for process: RunningTracuu, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            usleep(10_000)
        }
        XCTFail("gave up waiting after 300 s")
        return false
    }

    private func count(_ workspace: TracuuProcess, _ query: String = "cong doan") throws -> CommandResult {
        try workspace.run(["search", "--index", index, "--count", "--no-expand", query])
    }

    /// The index is consistent, searchable, and holds between `low` and `high` documents.
    @discardableResult
    private func assertUsable(_ workspace: TracuuProcess, documents range: ClosedRange<Int>, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let (documents, files) = try workspace.checkIndex(index, file: file, line: line)
        XCTAssertTrue(range.contains(documents), "\(documents) documents, expected \(range)", file: file, line: line)
        XCTAssertEqual(documents, files, "one document per file", file: file, line: line)
        let search = try count(workspace)
        XCTAssertEqual(search.status, documents == 0 ? 1 : 0, search.stderr, file: file, line: line)
        XCTAssertEqual(search.stdout, "\(documents)\n", "every committed document is searchable", file: file, line: line)
        return documents
    }

    /// A base index of 1,000 articles, then 2,000 new ones, 100 changed and 50 deleted.
    private func workspaceWithPendingChanges() throws -> TracuuProcess {
        let workspace = try TracuuProcess()
        try workspace.writeArticles(0..<1000)
        let base = try workspace.run(["index", "corpus", "--index", index])
        XCTAssertEqual(base.status, 0, base.stderr)
        try assertUsable(workspace, documents: 1000...1000)
        try workspace.writeArticles(1000..<3000)
        try workspace.writeArticles(0..<100, edition: "b")
        for number in 100..<150 { try FileManager.default.removeItem(atPath: workspace.path(String(format: "corpus/%05d.txt", number))) }
        return workspace
    }

    private func assertCompleted(_ workspace: TracuuProcess, _ result: CommandResult, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        try assertUsable(workspace, documents: 2950...2950, file: file, line: line)
        XCTAssertEqual(try count(workspace, "mãsố5b").stdout, "1\n", "changed file re-indexed", file: file, line: line)
        XCTAssertEqual(try count(workspace, "mãsố5").stdout, "0\n", "its old text gone", file: file, line: line)
        XCTAssertEqual(try count(workspace, "mãsố120").stdout, "0\n", "deleted file gone", file: file, line: line)
        XCTAssertEqual(try count(workspace, "mãsố2999").stdout, "1\n", file: file, line: line)
    }

    func testKillDuringAnIncrementalRunKeepsTheLastCommit() throws {
        let workspace = try workspaceWithPendingChanges()
        var committed = 1000
        // Right away, after the first commit of the run, and well into it.
        let moments: [(String, (Int) -> Bool)] = [("at once", { _ in true }), ("after a commit", { $0 > 1000 }), ("later", { $0 >= 2000 })]
        for (moment, reached) in moments {
            let running = try workspace.start(["index", "corpus", "--index", index])
            let caught = wait(for: running) { workspace.committedDocuments(index).map(reached) ?? false }
            running.kill()
            let result = running.wait()
            guard caught, result.status == 128 + SIGKILL else {
                XCTAssertEqual(result.status, 0, "\(moment): finished before the kill: \(result.stderr)")
                break
            }
            let documents = try assertUsable(workspace, documents: committed...3000)
            committed = min(documents, 2950)
        }
        try assertCompleted(workspace, try workspace.run(["index", "corpus", "--index", index]))
        let again = try workspace.run(["index", "corpus", "--index", index, "--json"]).json()
        XCTAssertEqual([again["added"], again["updated"], again["removed"], again["unchanged"]].map { $0 as? Int }, [0, 0, 0, 2950], "counts add up")
    }

    func testKillDuringARebuildKeepsTheOldIndex() throws {
        let workspace = try workspaceWithPendingChanges()
        let build = { (try? FileManager.default.contentsOfDirectory(atPath: workspace.directory.path))?.first { $0.hasPrefix(self.index + ".rebuild-") } }
        let size = { (name: String) in (try? FileManager.default.attributesOfItem(atPath: workspace.path(name))[.size] as? Int) ?? 0 }
        for threshold in [1, 2_000_000] {
            let running = try workspace.start(["index", "corpus", "--index", index, "--rebuild"])
            let caught = wait(for: running) { build().map { size($0) >= threshold } ?? false }
            running.kill()
            XCTAssertTrue(caught && running.wait().status == 128 + SIGKILL, "killed while building aside")
            try assertUsable(workspace, documents: 1000...1000)
            XCTAssertEqual(try count(workspace, "mãsố120").stdout, "1\n", "the old index, untouched")
        }
        XCTAssertNotNil(build(), "the killed build is left behind…")
        try assertCompleted(workspace, try workspace.run(["index", "corpus", "--index", index, "--rebuild"]))
        XCTAssertNil(build(), "…and removed by the next run")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.contains("rebuild") }, [])
    }

    func testKillDuringTheFirstBuildLeavesNoHalfIndex() throws {
        let workspace = try TracuuProcess()
        try workspace.writeArticles(0..<1500)
        let running = try workspace.start(["index", "corpus", "--index", index])
        let build = workspace.path(index + ".rebuild-\(running.process.processIdentifier)")
        let size = { (try? FileManager.default.attributesOfItem(atPath: build)[.size] as? Int) ?? 0 }
        // Killed once the build has grown past its empty schema (a batch is written), not after a fixed
        // delay: a faster build would be over by then.
        var empty = 0
        _ = wait(for: running) {
            empty = size()
            return empty > 0
        }
        let caught = wait(for: running) { size() > empty }
        running.kill()
        XCTAssertTrue(caught, "the build finished before the kill")
        XCTAssertEqual(running.wait().status, 128 + SIGKILL)
        let search = try count(workspace)
        XCTAssertEqual(search.status, 2)
        XCTAssertEqual(search.stderrLines, ["tracuu: no index at t.sqlite; build it with `tracuu index`"])
        let result = try workspace.run(["index", "corpus", "--index", index])
        XCTAssertEqual(result.status, 0, result.stderr)
        try assertUsable(workspace, documents: 1500...1500)
    }

    func testSearchWhileIndexingAnswersFromTheLastCommit() throws {
        let workspace = try workspaceWithPendingChanges()
        for arguments in [["index", "corpus", "--index", index], ["index", "corpus", "--index", index, "--rebuild"]] {
            let running = try workspace.start(arguments)
            var answeredDuringRun = 0
            var last = 0
            while running.isRunning {
                let result = try count(workspace)
                XCTAssertEqual(result.status, 0, result.stderr)
                XCTAssertEqual(result.stderr, "", "never 'database is locked'")
                let total = Int(result.stdout.dropLast()) ?? -1
                XCTAssertTrue((1000...3000).contains(total), result.stdout)
                // Batches only add; the 50 deleted files go in one last commit (3000 → 2950).
                XCTAssertTrue(total >= (arguments.contains("--rebuild") ? 2950 : last) || total == 2950,
                              "commits only add here, then the deleted files go: \(last) → \(total)")
                last = total
                if running.isRunning { answeredDuringRun += 1 }
            }
            XCTAssertEqual(running.wait().status, 0)
            XCTAssertGreaterThan(answeredDuringRun, 0, "\(arguments.last!): searches answered while the index was being written")
            try assertCompleted(workspace, CommandResult(status: 0, stdout: "", stderr: ""))
        }
    }

    /// A search of an index no `tracuu index` is writing, with nothing in its WAL, reads the file
    /// as it is and writes nothing beside it (no `-wal`, no `-shm`), whatever its path holds.
    func testASearchOfAFinishedIndexWritesNothingBesideIt() throws {
        let workspace = try TracuuProcess()
        try workspace.writeArticles(0..<50)
        for name in [index, "a b/t%41?#.sqlite"] {
            let built = try workspace.run(["index", "corpus", "--index", name])
            XCTAssertEqual(built.status, 0, built.stderr)
            let search = try workspace.run(["search", "--index", name, "--count", "--no-expand", "cong doan"])
            XCTAssertEqual(search.status, 0, search.stderr)
            XCTAssertEqual(search.stdout, "50\n")
            for suffix in ["-wal", "-shm"] {
                XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.path(name + suffix)), name + suffix)
            }
        }
    }

    /// An update leaves its WAL empty, its pages in the main file, which the searches after it read.
    func testAnUpdateLeavesNothingInTheWAL() throws {
        let workspace = try workspaceWithPendingChanges()
        let result = try workspace.run(["index", "corpus", "--index", index])
        var wal = stat()
        if stat(workspace.path(index + "-wal"), &wal) == 0 { XCTAssertEqual(wal.st_size, 0) }
        try assertCompleted(workspace, result)
    }

    /// A search holds the writer lock shared while it reads: `tracuu index` waits for it, without a word.
    func testAnIndexRunWaitsQuietlyForASearch() throws {
        let workspace = try workspaceWithPendingChanges()
        let lock = open(workspace.path(index + ".lock"), O_RDONLY)
        XCTAssertEqual(flock(lock, LOCK_SH), 0)
        let running = try workspace.start(["index", "corpus", "--index", index])
        usleep(300_000)
        XCTAssertTrue(running.isRunning)
        XCTAssertEqual(workspace.committedDocuments(index), 1000, "nothing written while the search reads")
        flock(lock, LOCK_UN)
        close(lock)
        let result = running.wait()
        XCTAssertEqual(result.stderr, "")
        try assertCompleted(workspace, result)
    }

    /// The default index being built by `tracuu index`: a search waits for it, then uses it as built.
    func testFirstUseSearchWaitsForABuildInProgress() throws {
        let workspace = try TracuuProcess()
        try workspace.writeArticles(0..<1500)
        let building = try workspace.start(["index"])
        XCTAssertTrue(wait(for: building) {
            ((try? FileManager.default.contentsOfDirectory(atPath: workspace.path("index"))) ?? []).contains { $0.contains(".rebuild-") }
        })
        let searching = try workspace.start(["search", "--count", "--no-expand", "cong doan"])
        XCTAssertEqual(building.wait().status, 0)
        var built = stat()
        XCTAssertEqual(stat(workspace.path("index/tracuu.sqlite"), &built), 0)
        let search = searching.wait()
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertEqual(search.stdout, "1500\n")
        // Whether it also says "waiting for it" depends on the build lasting past the writer's
        // quiet wait (IndexLock.quietWait); testASecondIndexRunWaitsForTheFirst holds the lock to see it.
        var after = stat()
        XCTAssertEqual(stat(workspace.path("index/tracuu.sqlite"), &after), 0)
        XCTAssertEqual(after.st_ino, built.st_ino, "the search did not build it a second time")
    }

    func testASecondIndexRunWaitsForTheFirst() throws {
        let workspace = try workspaceWithPendingChanges()
        // The lock held here: the run says it waits, and writes nothing meanwhile.
        let lock = open(workspace.path(index + ".lock"), O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(lock, LOCK_EX), 0)
        let waiting = try workspace.start(["index", "corpus", "--index", index])
        XCTAssertTrue(wait(for: waiting) { waiting.stderrSoFar.contains("waiting") })
        XCTAssertTrue(waiting.isRunning)
        XCTAssertEqual(workspace.committedDocuments(index), 1000)
        flock(lock, LOCK_UN)
        close(lock)
        let first = waiting.wait()
        XCTAssertEqual(first.stderrLines, ["tracuu: another `tracuu index` is writing t.sqlite; waiting for it…"])
        try assertCompleted(workspace, first)

        // Two real runs on the same index: the second waits for the first; both complete.
        try workspace.writeArticles(3000..<5000)
        let one = try workspace.start(["index", "corpus", "--index", index])
        XCTAssertTrue(wait(for: one) { (workspace.committedDocuments(index) ?? 0) > 2950 }, "the first run is writing")
        let two = try workspace.start(["index", "corpus", "--index", index, "--json"])
        let resultOne = one.wait()
        let resultTwo = two.wait()
        XCTAssertEqual(resultOne.status, 0, resultOne.stderr)
        XCTAssertEqual(resultTwo.status, 0, resultTwo.stderr)
        // Whether it printed "waiting" depends on how far the first run had got (checked above with the lock held).
        let summary = try resultTwo.json()
        XCTAssertEqual(summary["unchanged"] as? Int, 4950, "the first run did all the work")
        XCTAssertEqual(summary["added"] as? Int, 0)
        try assertUsable(workspace, documents: 4950...4950)
    }
}
