import TestSupport
import Foundation
import XCTest

/// The long tests. With `../shared` present: `tracuu index` killed at three points
/// while indexing the first 6,000 articles of vnnews-2017. With
/// `TRACUU_LONG_TESTS=1`: the same on all 35,440 articles, and a 100 MB file.
final class LongRunTests: XCTestCase {
    static let repository = RepositoryPaths.root
    static let shared = RepositoryPaths.shared
    static var long: Bool { ProcessInfo.processInfo.environment["TRACUU_LONG_TESTS"] == "1" }

    /// The extracted news corpus: /tmp/tracuu-bench/vnnews-2017, else extracted from ../shared into `workspace`.
    private func newsCorpus(_ workspace: TracuuProcess) throws -> String {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.shared.path), "../shared is absent: long test skipped")
        let extracted = "/tmp/tracuu-bench/vnnews-2017"
        if FileManager.default.fileExists(atPath: extracted) { return extracted }
        let archive = Self.shared.appendingPathComponent("bench/vnnews-2017.tar.gz").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: archive), "\(archive) is missing")
        let tar = try RunningTracuu(URL(fileURLWithPath: "/bin/sh"), ["-c", "mkdir -p bench && tar -xzf '\(archive)' -C bench"], in: workspace.directory).wait()
        XCTAssertEqual(tar.status, 0, tar.stderr)
        let found = try FileManager.default.subpathsOfDirectory(atPath: workspace.path("bench")).first { $0.hasSuffix("vnnews-2017") }
        return workspace.path("bench/" + (try XCTUnwrap(found, "no vnnews-2017 folder in the archive")))
    }

    func testKillsWhileIndexingTheNewsCorpus() throws {
        let workspace = try TracuuProcess()
        let source = try newsCorpus(workspace)
        var root = source
        var total = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".txt") }.count
        if !Self.long {
            // The first 6,000 articles, through symlinks: the whole corpus takes minutes in a debug build.
            root = workspace.path("news")
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".txt") }.sorted().prefix(6000)
            for name in names { try FileManager.default.createSymbolicLink(atPath: root + "/" + name, withDestinationPath: source + "/" + name) }
            total = names.count
        }
        // An existing, empty index: the runs below are incremental and commit batch by batch.
        try FileManager.default.createDirectory(atPath: workspace.path("empty"), withIntermediateDirectories: true)
        XCTAssertEqual(try workspace.run(["index", "empty", "--index", "t.sqlite"]).status, 0)

        var committed = 0
        for fraction in [0.15, 0.45, 0.75] {
            let running = try workspace.start(["index", root, "--index", "t.sqlite"])
            var reached = false
            let deadline = Date().addingTimeInterval(900)
            while running.isRunning, Date() < deadline {
                if let count = workspace.committedDocuments("t.sqlite"), Double(count) >= fraction * Double(total) {
                    reached = true
                    break
                }
                usleep(50_000)
            }
            running.kill()
            XCTAssertTrue(reached, "killed at \(fraction): \(running.wait().stderr)")
            let (documents, files) = try workspace.checkIndex("t.sqlite", fts: false)
            XCTAssertEqual(documents, files)
            XCTAssertGreaterThanOrEqual(documents, committed, "a kill never loses what was committed")
            XCTAssertLessThan(documents, total)
            let search = try workspace.run(["search", "--index", "t.sqlite", "--count", "--no-expand", "việt nam"])
            XCTAssertEqual(search.status, 0, search.stderr)
            XCTAssertEqual(search.stderr, "")
            committed = documents
        }
        let finish = try workspace.run(["index", root, "--index", "t.sqlite", "--json"])
        XCTAssertEqual(finish.status, 0, finish.stderr)
        let summary = try finish.json()
        let added = try XCTUnwrap(summary["added"] as? Int), unchanged = try XCTUnwrap(summary["unchanged"] as? Int)
        let skipped = try XCTUnwrap(summary["skipped"] as? Int)
        XCTAssertEqual(unchanged, committed, "what the killed runs committed is not redone")
        XCTAssertEqual(added + unchanged + skipped, total, "counts add up")
        let (documents, files) = try workspace.checkIndex("t.sqlite", fts: !Self.long)
        XCTAssertEqual(documents, files)
        XCTAssertEqual(files, total - skipped)
    }

    /// A 100 MB file is streamed in parts: the child's peak memory stays well below the file's size.
    func testHundredMegabyteFile() throws {
        try XCTSkipUnless(Self.long, "set TRACUU_LONG_TESTS=1 to index a 100 MB file (over a minute in a debug build)")
        let workspace = try TracuuProcess()
        try FileManager.default.createDirectory(atPath: workspace.path("big"), withIntermediateDirectories: true)
        let path = workspace.path("big/tram-mb.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        let line = "Người lao động được hỗ trợ, công đoàn cơ sở tổ chức hội nghị về an ninh trật tự.\n"
        let block = Data((0..<1000).map { $0 == 500 ? "Một dòng có từ đánhdấu.\n" : line }.joined().utf8)
        var written = 0
        while written < 100 << 20 {
            try handle.write(contentsOf: block)
            written += block.count
        }
        try handle.write(contentsOf: Data("Cuối cùng là từ cuốicùngtệp".utf8))
        try handle.close()
        let result = try workspace.run(["index", "big", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        // Read whole, the file would be held as bytes, as decoded text and as its NFC copy (over
        // 300 MB). Streamed, the run holds the SQLite page cache (16 MB while building) and the
        // queue between the threads (24 MB at most): about 100 MB, whatever the file's size.
        XCTAssertLessThan(usage.ru_maxrss, 200 << 10, "peak resident memory of the runs, in KB: \(usage.ru_maxrss)")
        XCTAssertEqual(try workspace.run(["search", "--index", "t.sqlite", "--count", "cuoicungtep"]).stdout, "1\n")
        XCTAssertGreaterThan(Int(try workspace.run(["search", "--index", "t.sqlite", "--count", "danhdau"]).stdout.dropLast()) ?? 0, 100)
        let parts = try workspace.checkIndex("t.sqlite", fts: false).documents
        XCTAssertTrue((95...110).contains(parts), "about one document per megabyte: \(parts)")
    }
}
