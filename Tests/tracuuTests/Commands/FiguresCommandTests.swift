import Foundation
import XCTest

/// `tracuu figures` as a script or a person sees it: the built binary on a
/// temporary copy of the seed corpus, its outputs and its exit statuses.
final class FiguresCommandTests: XCTestCase {
    private var workspace: TracuuProcess!
    private var index: String { workspace.path("index.sqlite") }

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        try workspace.copySeeds()
        let built = try run(["index", "--index", index, workspace.path("corpus")])
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    override func tearDownWithError() throws {
        workspace = nil
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try workspace.run(arguments, environment: ["NO_COLOR": "1"])
    }

    private func figures(_ arguments: [String]) throws -> (CommandResult, [[String: Any]]) {
        let result = try run(["figures", "--index", index, "--json"] + arguments)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout)
        return (result, try XCTUnwrap(object["figures"] as? [[String: Any]]))
    }

    func testJSONListsEveryFigureWithItsSource() throws {
        let (result, figures) = try figures(["--limit", "0"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(figures.count, 29)
        for figure in figures {
            XCTAssertEqual(Set(figure.keys), ["path", "title", "date", "text", "value", "upper", "unit", "qualifier", "direction", "context"])
        }
        let rate = try XCTUnwrap(figures.first { $0["unit"] as? String == "đồng/suất" })
        XCTAssertEqual(rate["value"] as? Double, 500_000)
        XCTAssertEqual(rate["text"] as? String, "500 nghìn đồng/suất")
        XCTAssertTrue((rate["path"] as? String ?? "").hasSuffix("003_f036250b685af78b.txt"))
        XCTAssertTrue(rate["qualifier"] is NSNull)
        let more = try XCTUnwrap(figures.first { $0["text"] as? String == "hơn 250%" })
        XCTAssertEqual(more["qualifier"] as? String, "more than")
        XCTAssertTrue((more["context"] as? String ?? "").contains("vượt chỉ tiêu hơn 250% kế hoạch"))
    }

    func testUnitAndValueFilters() throws {
        let (_, members) = try figures(["--unit", "đoàn viên"])
        XCTAssertEqual(Set(members.compactMap { $0["value"] as? Double }), [25000, 3000, 797])
        let (_, large) = try figures(["--min", "1000000", "--sort", "value"])
        XCTAssertEqual(large.compactMap { $0["value"] as? Double }, [1e10, 170_000_000, 1_000_000])
        let (_, small) = try figures(["--max", "3", "--unit", "tập thể"])
        XCTAssertEqual(small.count, 0)
        let (_, matched) = try figures(["sáng kiến", "--unit", "sáng kiến"])
        XCTAssertEqual(matched.compactMap { $0["value"] as? Double }, [1_000_000, 5339])
    }

    func testCSV() throws {
        let result = try run(["figures", "--index", index, "--csv", "--unit", "đồng"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        XCTAssertEqual(lines.first, "path,title,date,text,value,upper,unit,qualifier,context")
        XCTAssertEqual(lines.count, 4)
        let rate = try XCTUnwrap(lines.first { $0.contains("đồng/suất") })
        XCTAssertTrue(rate.contains(",500 nghìn đồng/suất,500000,,đồng/suất,,"), rate)
        XCTAssertTrue(lines.contains { $0.contains(",hàng chục tỷ đồng,10000000000,,đồng,at least,") })
    }

    func testMarkdownTableForBriefings() throws {
        let result = try run(["figures", "--index", index, "--markdown", "--unit", "đoàn viên", "--sort", "value"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[0], "| Số liệu | Đơn vị | Nguyên văn | Nguồn | Ngày |")
        XCTAssertTrue(lines[2].hasPrefix("| 25.000 | đoàn viên | gần 25.000 đoàn viên | Là tổ chức chức Công đoàn (CĐ)"), lines[2])
        XCTAssertTrue(lines[4].hasPrefix("| 797 | đoàn viên công đoàn | 797 đoàn viên công đoàn | Các cấp Công đoàn Công an nhân dân"), lines[4])
    }

    func testTableForPeople() throws {
        let result = try run(["figures", "--index", index, "--limit", "3", "--sort", "value"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("         VALUE  QUALIFIER  THING COUNTED"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("10.000.000.000  at least   đồng"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("   170.000.000             đồng"), lines[2])
        XCTAssertEqual(lines.last, "3 of 29 figures; --limit 0 shows all")
    }

    func testExitStatuses() throws {
        let none = try run(["figures", "--index", index, "--unit", "xe máy"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        let (noneJSON, empty) = try figures(["--min", "1e15"])
        XCTAssertEqual(noneJSON.status, 1)
        XCTAssertTrue(empty.isEmpty)
        for arguments in [["--sort", "size"], ["--min", "5", "--max", "1"], ["--csv", "--json"], ["--since", "hôm qua"], ["-công"]] {
            let bad = try run(["figures", "--index", index] + arguments)
            XCTAssertEqual(bad.status, 2, "\(arguments): \(bad.stderr)")
            XCTAssertEqual(bad.stdout, "")
            XCTAssertFalse(bad.stderr.isEmpty)
        }
        let missing = try run(["figures", "--index", workspace.path("none.sqlite")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        let help = try run(["figures", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Examples:"))
    }
}
