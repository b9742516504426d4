import Foundation
import XCTest

/// The built `tracuu` binary on a temporary copy of the seed articles.
final class AbbreviationCommandTests: XCTestCase {
    private var workspace: TracuuProcess!
    private var index: String { workspace.path("index.sqlite") }
    private var seed000: String { workspace.path("corpus/000_a20038c85b46a0b9.txt") }
    private var seed003: String { workspace.path("corpus/003_f036250b685af78b.txt") }

    private func tracuu(_ arguments: [String]) throws -> CommandResult {
        try workspace.run(arguments)
    }

    private func json(_ run: CommandResult) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout + run.stderr)
    }

    private func paths(_ arguments: [String]) throws -> Set<String> {
        let document = try json(try tracuu(["search", "--index", index, "--json"] + arguments))
        return Set((document["results"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
    }

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        try workspace.copySeeds()
        let run = try tracuu(["index", "--index", index, workspace.path("corpus")])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    override func tearDownWithError() throws {
        workspace = nil
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
        XCTAssertEqual(try tracuu(["abbr", "--index", workspace.path("missing.sqlite")]).status, 2)
    }

    func testUserFileOverridesAndReportsMalformedLines() throws {
        try workspace.write("mine.tsv", "# senses of my own\nLĐLĐ\tlao động lành nghề\nthis line has no tab\n")
        let file = URL(fileURLWithPath: workspace.path("mine.tsv"))
        let run = try tracuu(["search", "--index", index, "--json", "--abbreviations", file.path, "LĐLĐ"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("mine.tsv:3:"), run.stderr)
        let expansions = try XCTUnwrap(try json(run)["expansions"] as? [[String: String]])
        XCTAssertEqual(expansions, [["from": "LĐLĐ", "to": "lao động lành nghề"]])
        let listing = try tracuu(["abbr", "--index", index, "--abbreviations", file.path, "--json", "LĐLĐ"])
        let senses = try XCTUnwrap((try json(listing)["abbreviations"] as? [[String: Any]])?.first?["senses"] as? [[String: Any]])
        XCTAssertEqual(senses.map { $0["source"] as? String }, ["user"])
        XCTAssertEqual(try tracuu(["search", "--index", index, "--abbreviations", "/nonexistent.tsv", "CĐ"]).status, 2)

        try workspace.write("corpus/abbreviations.tsv", "CĐ\tcao đẳng\n")
        let byDefault = try json(try tracuu(["search", "--index", index, "--json", "CĐ"]))
        XCTAssertEqual(byDefault["expansions"] as? [[String: String]], [["from": "CĐ", "to": "cao đẳng"]])
    }
}
