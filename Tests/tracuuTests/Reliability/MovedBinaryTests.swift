import Foundation
import XCTest

/// The built `tracuu` copied alone to another folder still knows its built-in abbreviations:
/// they are compiled in, not read from the source tree or a resource folder beside the binary.
final class MovedBinaryTests: XCTestCase {
    func testAMovedBinaryKnowsBothSensesOfCĐ() throws {
        let workspace = try TracuuProcess()
        let moved = URL(fileURLWithPath: workspace.path("elsewhere/bin/tracuu"))
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TracuuProcess.executable.path), "tracuu binary not built")
        try FileManager.default.copyItem(at: TracuuProcess.executable, to: moved)
        try workspace.write("corpus/a.txt", "Trường CĐ nghề\n\nSinh viên trường CĐ nghề học nghề hàn.\n")
        let index = workspace.path("index.sqlite")
        let built = try workspace.run(["index", "--index", index, workspace.path("corpus")], executable: moved)
        XCTAssertEqual(built.status, 0, built.stderr)

        let run = try workspace.run(["abbr", "CĐ", "--index", index, "--json"], executable: moved)
        XCTAssertEqual(run.status, 0, run.stderr)
        let abbreviations = try XCTUnwrap(try run.json()["abbreviations"] as? [[String: Any]])
        let senses = try XCTUnwrap(abbreviations.first?["senses"] as? [[String: Any]])
        XCTAssertEqual(senses.compactMap { $0["expansion"] as? String }, ["Công đoàn", "cao đẳng"])
        XCTAssertEqual(Set(senses.compactMap { $0["source"] as? String }), ["built-in"])
    }

    /// `serve` runs the server program beside `tracuu`; moved alone, `tracuu` says so in one line.
    func testServeWithoutItsServerProgramSaysWhatIsMissing() throws {
        let workspace = try TracuuProcess()
        let moved = URL(fileURLWithPath: workspace.path("elsewhere/bin/tracuu"))
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TracuuProcess.executable.path), "tracuu binary not built")
        try FileManager.default.copyItem(at: TracuuProcess.executable, to: moved)
        try workspace.write("corpus/a.txt", "Công đoàn\n\nCông đoàn cơ sở.\n")
        let index = workspace.path("index.sqlite")
        XCTAssertEqual(try workspace.run(["index", "--index", index, workspace.path("corpus")], executable: moved).status, 0)

        let run = try workspace.run(["serve", "--port", "0", "--index", index], executable: moved)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("tracuu-serve"), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }
}
