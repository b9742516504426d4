import Foundation
import XCTest

/// The built `tracuu` binary on a temporary copy of the seed articles.
final class AbbreviationCommandTests: XCTestCase {
    private var directory: URL!
    private var index: String { directory.appendingPathComponent("index.sqlite").path }
    private var seed000: String { directory.appendingPathComponent("corpus/000_a20038c85b46a0b9.txt").path }
    private var seed003: String { directory.appendingPathComponent("corpus/003_f036250b685af78b.txt").path }

    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func tracuu(_ arguments: [String]) throws -> Run {
        let binary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("tracuu")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no tracuu binary at \(binary.path)") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["TRACUU_INDEX"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func json(_ run: Run) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout + run.stderr)
    }

    private func paths(_ arguments: [String]) throws -> Set<String> {
        let document = try json(try tracuu(["search", "--index", index, "--json"] + arguments))
        return Set((document["results"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
    }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-abbr-cli-\(UUID().uuidString)")
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus")
        for name in ["000_a20038c85b46a0b9.txt", "003_f036250b685af78b.txt"] {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        let run = try tracuu(["index", "--index", index, corpus.path])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testSearchExpandsAbbreviationsUnlessTurnedOff() throws {
        XCTAssertEqual(try paths(["LĐLĐ"]), [seed000, seed003], "003 only writes Tổng Liên đoàn Lao động Việt Nam")
        XCTAssertEqual(try paths(["--no-expand", "LĐLĐ"]), [seed000])
        XCTAssertTrue(try paths(["an ninh trật tự"]).contains(seed000))
        XCTAssertTrue(try paths(["\"an ninh trật tự\""]).contains(seed000))

        let document = try json(try tracuu(["search", "--index", index, "--json", "LĐLĐ"]))
        let expansions = try XCTUnwrap(document["expansions"] as? [[String: String]])
        XCTAssertTrue(expansions.contains(["from": "LĐLĐ", "to": "Liên đoàn Lao động"]), "\(expansions)")
        let text = try tracuu(["search", "--index", index, "LĐLĐ"])
        XCTAssertEqual(text.status, 0)
        XCTAssertEqual(text.stderr.split(separator: "\n").filter { $0.contains("LĐLĐ → Liên đoàn Lao động") }.count, 1, text.stderr)
        let plain = try json(try tracuu(["search", "--index", index, "--json", "--no-expand", "LĐLĐ"]))
        XCTAssertEqual((plain["expansions"] as? [Any])?.count, 0)
    }

    func testAbbrListsSensesLearnedFromSeed000() throws {
        let run = try tracuu(["abbr", "--index", index, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let abbreviations = try XCTUnwrap(try json(run)["abbreviations"] as? [[String: Any]])
        func sense(_ abbr: String) -> [String: Any]? {
            (abbreviations.first { $0["abbr"] as? String == abbr }?["senses"] as? [[String: Any]])?.first
        }
        for (abbr, expansion) in [("KCN", "khu công nghiệp"), ("KCX", "khu chế xuất"), ("NLĐ", "người lao động"), ("CNLĐ", "công nhân lao động")] {
            let found = try XCTUnwrap(sense(abbr), abbr)
            XCTAssertEqual(found["expansion"] as? String, expansion)
            XCTAssertEqual(found["learned"] as? Bool, true, abbr)
            XCTAssertEqual(found["defined_in"] as? [String], [seed000], abbr)
            XCTAssertEqual(found["documents"] as? Int, 1, abbr)
        }
        let cd = try XCTUnwrap(abbreviations.first { $0["abbr"] as? String == "CĐ" }?["senses"] as? [[String: Any]])
        XCTAssertEqual(cd.map { $0["expansion"] as? String }, ["Công đoàn", "cao đẳng"])
        XCTAssertEqual(cd.map { $0["source"] as? String }, ["built-in", "built-in"])

        let learned = try tracuu(["abbr", "--index", index, "--source", "learned"])
        XCTAssertEqual(learned.status, 0)
        XCTAssertTrue(learned.stdout.contains("KCN") && !learned.stdout.contains("UBND"), learned.stdout)
    }

    func testAbbrShowsOneWithExamplesAndExitStatuses() throws {
        let one = try tracuu(["abbr", "--index", index, "cđ"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertTrue(one.stdout.contains("Công đoàn") && one.stdout.contains("Examples:"), one.stdout)
        XCTAssertTrue(one.stdout.contains("(CĐ)"), one.stdout)
        let unknown = try tracuu(["abbr", "--index", index, "QWZX"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("QWZX"), unknown.stderr)
        XCTAssertEqual(try tracuu(["abbr", "--index", index, "--source", "nowhere"]).status, 2)
        XCTAssertEqual(try tracuu(["abbr", "--index", directory.appendingPathComponent("missing.sqlite").path]).status, 2)
    }

    func testUserFileOverridesAndReportsMalformedLines() throws {
        let file = directory.appendingPathComponent("mine.tsv")
        try "# senses of my own\nLĐLĐ\tlao động lành nghề\nthis line has no tab\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try tracuu(["search", "--index", index, "--json", "--abbreviations", file.path, "LĐLĐ"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("mine.tsv:3:"), run.stderr)
        let expansions = try XCTUnwrap(try json(run)["expansions"] as? [[String: String]])
        XCTAssertEqual(expansions, [["from": "LĐLĐ", "to": "lao động lành nghề"]])
        let listing = try tracuu(["abbr", "--index", index, "--abbreviations", file.path, "--json", "LĐLĐ"])
        let senses = try XCTUnwrap((try json(listing)["abbreviations"] as? [[String: Any]])?.first?["senses"] as? [[String: Any]])
        XCTAssertEqual(senses.map { $0["source"] as? String }, ["user"])
        XCTAssertEqual(try tracuu(["search", "--index", index, "--abbreviations", "/nonexistent.tsv", "CĐ"]).status, 2)

        try "CĐ\tcao đẳng\n".write(to: directory.appendingPathComponent("corpus/abbreviations.tsv"), atomically: true, encoding: .utf8)
        let byDefault = try json(try tracuu(["search", "--index", index, "--json", "CĐ"]))
        XCTAssertEqual(byDefault["expansions"] as? [[String: String]], [["from": "CĐ", "to": "cao đẳng"]])
    }
}
