import Foundation
import XCTest
import ZIPFoundation

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
            XCTAssertEqual(Set(figure.keys), ["path", "title", "date", "text", "value", "upper", "unit", "qualifier", "direction", "context", "highlight"])
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

    func testCSVOpensInExcelWithVietnameseIntact() throws {
        let result = try run(["figures", "--index", index, "--csv", "--unit", "đồng"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("\u{FEFF}"), "no byte order mark")
        let lines = result.stdout.dropFirst().split(separator: "\r\n").map(String.init)
        XCTAssertEqual(lines.first, "Số liệu,Cận trên,Đơn vị,Hạn định,Biến động,Nguyên văn,Câu trích,Nguồn,Ngày,Tệp")
        XCTAssertEqual(lines.count, 4)
        let rate = try XCTUnwrap(lines.first { $0.contains("đồng/suất") })
        XCTAssertTrue(rate.hasPrefix("500000,,đồng/suất,,,500 nghìn đồng/suất,"), rate)
        XCTAssertTrue(rate.contains("tặng 1.500 suất quà trị giá 500 nghìn đồng/suất cho đoàn viên"), rate)
        XCTAssertTrue(rate.hasSuffix("003_f036250b685af78b.txt"), rate)
        XCTAssertTrue(lines.contains { $0.hasPrefix("10000000000,,đồng,ít nhất,,hàng chục tỷ đồng,") })
    }

    func testXLSXIsAWorkbookWithVietnameseTextAndNumbers() throws {
        let result = try workspace.runShell("\"$TRACUU\" figures --index index.sqlite --xlsx --unit đồng > so-lieu.xlsx")
        XCTAssertEqual(result.status, 0, result.stderr)
        let archive = try Archive(url: URL(fileURLWithPath: workspace.path("so-lieu.xlsx")), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        XCTAssertEqual(Set(parts.keys), ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                         "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        let sheet = try XCTUnwrap(parts["xl/worksheets/sheet1.xml"])
        XCTAssertTrue(sheet.contains("<t xml:space=\"preserve\">Số liệu</t>"), sheet)
        XCTAssertTrue(sheet.contains("<t xml:space=\"preserve\">Câu trích</t>"), sheet)
        XCTAssertTrue(sheet.contains("<v>500000</v>"), sheet)
        XCTAssertTrue(sheet.contains("tặng 1.500 suất quà trị giá 500 nghìn đồng/suất cho đoàn viên"), sheet)
        XCTAssertEqual(sheet.components(separatedBy: "<row ").count - 1, 4)
        XCTAssertTrue(try XCTUnwrap(parts["xl/workbook.xml"]).contains("name=\"Số liệu\""))

        let both = try run(["figures", "--index", index, "--xlsx", "--csv"])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("choose one of --csv, --xlsx, --markdown and --json"), both.stderr)
        let onTerminal = try workspace.runOnTerminal(["figures", "--index", index, "--xlsx"])
        XCTAssertNotEqual(onTerminal.status, 0)
        XCTAssertTrue(onTerminal.stdout.contains("redirect it to a file"), onTerminal.stdout)
    }

    func testMarkdownTableQuotesTheSentence() throws {
        let result = try run(["figures", "--index", index, "--markdown", "--unit", "đoàn viên", "--sort", "value"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[0], "| Số liệu | Đơn vị | Biến động | Nguyên văn | Câu trích | Nguồn | Ngày |")
        XCTAssertTrue(lines[2].hasPrefix("| 25.000 | đoàn viên |  | gần 25.000 đoàn viên | "), lines[2])
        XCTAssertTrue(lines[2].contains("**gần 25.000 đoàn viên**"), lines[2])
        XCTAssertTrue(lines[2].contains(" | Là tổ chức chức Công đoàn (CĐ)"), lines[2])
        XCTAssertTrue(lines[4].hasPrefix("| 797 | đoàn viên công đoàn |  | 797 đoàn viên công đoàn | "), lines[4])
    }

    func testTableShowsTheSentenceUnderEachRow() throws {
        let result = try run(["figures", "--index", index, "--limit", "3", "--sort", "value"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "colour in a pipe")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("         VALUE  QUALIFIER  CHANGE  THING COUNTED"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("10.000.000.000  at least           đồng"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("    ") && lines[2].contains("hàng chục tỷ đồng"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("   170.000.000                     đồng"), lines[3])
        XCTAssertTrue(lines[4].contains("170 triệu đồng"), lines[4])
        XCTAssertEqual(lines.count, 8)
        XCTAssertEqual(lines.last, "3 of 29 figures; --limit 0 shows all")
    }

    func testJSONSaysWhereTheFigureStandsInItsSentence() throws {
        let (_, figures) = try figures(["--unit", "đồng/suất"])
        let rate = try XCTUnwrap(figures.first)
        let context = try XCTUnwrap(rate["context"] as? String)
        let highlight = try XCTUnwrap(rate["highlight"] as? [Int])
        let characters = Array(context)
        XCTAssertEqual(String(characters[highlight[0]..<highlight[1]]), "500 nghìn đồng/suất")
        XCTAssertTrue(rate["direction"] is NSNull)
    }

    func testUnitsFollowTheQueryRules() throws {
        let (_, accented) = try figures(["--unit", "đoàn viên", "--limit", "0"])
        let (_, plain) = try figures(["--unit", "DOAN VIEN", "--limit", "0"])
        XCTAssertEqual(plain.count, accented.count)
        XCTAssertEqual(accented.count, 3)
        for synonym in ["dong", "VNĐ", "đ", "vnd"] {
            let counted = try run(["figures", "--index", index, "--unit", synonym, "--count"])
            XCTAssertEqual(counted.stdout, "3\n", synonym)
            XCTAssertEqual(counted.status, 0)
        }
        let json = try run(["figures", "--index", index, "sáng kiến", "--count", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["query"] as? String, "sáng kiến")
        XCTAssertEqual(object["total"] as? Int, 18)
        let none = try run(["figures", "--index", index, "--unit", "người chết", "--count"])
        XCTAssertEqual(none.stdout, "0\n")
        XCTAssertEqual(none.status, 1)
    }

    func testSummaryByUnit() throws {
        let result = try run(["figures", "--index", index, "--summary", "--json", "--limit", "0"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["total"] as? Int, 29)
        let units = try XCTUnwrap(object["units"] as? [[String: Any]])
        XCTAssertEqual(units.reduce(0) { $0 + ($1["count"] as? Int ?? 0) }, 29)
        let groups = try XCTUnwrap(units.first { $0["unit"] as? String == "tập thể" })
        XCTAssertEqual(groups["count"] as? Int, 4)
        XCTAssertEqual(groups["documents"] as? Int, 1)
        XCTAssertEqual(groups["smallest"] as? Double, 8)
        XCTAssertEqual(groups["median"] as? Double, 36)
        XCTAssertEqual(groups["largest"] as? Double, 141)
        let latest = try XCTUnwrap(groups["latest"] as? [String: Any])
        XCTAssertEqual(latest["text"] as? String, "14 tập thể")
        XCTAssertTrue((latest["path"] as? String ?? "").hasSuffix("003_f036250b685af78b.txt"))
        let table = try run(["figures", "--index", index, "--summary", "--unit", "tập thể"])
        XCTAssertTrue(table.stdout.hasPrefix("THING COUNTED  CHANGE  FIGURES  DOCUMENTS  SMALLEST  MEDIAN  LARGEST  MOST RECENT"), table.stdout)
        XCTAssertTrue(table.stdout.contains("tập thể                      4          1         8      36      141           14"), table.stdout)
        let markdown = try run(["figures", "--index", index, "--summary", "--markdown", "--unit", "tập thể"])
        XCTAssertTrue(markdown.stdout.hasPrefix("| Đơn vị | Biến động | Số số liệu | Số văn bản | Nhỏ nhất | Trung vị | Lớn nhất |"), markdown.stdout)
    }

    func testExitStatuses() throws {
        let none = try run(["figures", "--index", index, "--unit", "xe máy"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        let (noneJSON, empty) = try figures(["--min", "1e15"])
        XCTAssertEqual(noneJSON.status, 1)
        XCTAssertTrue(empty.isEmpty)
        for arguments in [["--sort", "size"], ["--min", "5", "--max", "1"], ["--csv", "--json"], ["--since", "hôm qua"], ["-công"],
                          ["--count", "--summary"], ["--count", "--csv"]] {
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
