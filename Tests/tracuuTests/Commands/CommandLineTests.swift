import Foundation
import XCTest

/// The built `tracuu` binary on a temporary corpus: exit codes, stdout versus
/// stderr, and the JSON scripts rely on.
final class CommandLineTests: XCTestCase {
    private static let seed000 = "corpus/000_a20038c85b46a0b9.txt"
    private static let seed003 = "corpus/003_f036250b685af78b.txt"

    /// Seeds plus two dated documents, indexed into `idx/t.sqlite`.
    private func indexedWorkspace() throws -> TracuuProcess {
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        try workspace.write("corpus/extra/nq-thang-gieng.md", """
            ---
            title: Nghị quyết về công đoàn tháng giêng
            date: 2023-01-15
            kind: resolution
            number: 01-NQ/CĐ
            source: Tổng Liên đoàn
            ---
            Công đoàn ngành điện triển khai nghị quyết.
            """)
        try workspace.write("corpus/extra/tin-thang-sau.md", """
            ---
            title: Công đoàn tháng sáu
            date: 20/6/2023
            ---
            Hoạt động công đoàn trong Tháng Công nhân.
            """)
        let result = try workspace.run(["index", "corpus", "--index", "idx/t.sqlite"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return workspace
    }

    private func search(_ workspace: TracuuProcess, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try workspace.run(["search", "--index", "idx/t.sqlite"] + arguments, environment: environment)
    }

    private func assertOneErrorLine(_ result: CommandResult, containing text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("tracuu: "), result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(text), result.stderr, file: file, line: line)
        for leak in ["SQLITE", "sqlite3_", "fts5:", "syntax error", "Usage:"] {
            XCTAssertFalse(result.stderr.contains(leak), result.stderr, file: file, line: line)
        }
    }

    // MARK: Help

    func testHelpExitsZeroWithExamples() throws {
        let workspace = try TracuuProcess()
        for arguments in [["--help"], ["search", "--help"], ["index", "--help"], ["show", "--help"], ["tokenize", "--help"], ["help", "search"]] {
            let result = try workspace.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("Examples:"), "\(arguments)")
            XCTAssertTrue(result.stdout.contains("USAGE"), "\(arguments)")
        }
    }

    // MARK: Index

    func testIndexReportsCountsAndIsIncremental() throws {
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        var result = try workspace.run(["index", "corpus", "--index", "idx/t.sqlite"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.hasPrefix("2 added, 0 updated, 0 removed, 0 unchanged, 0 skipped; 2 documents in idx/t.sqlite"), result.stdout)

        try workspace.write("corpus/moi.txt", "Bài mới\nCông đoàn cơ sở.")
        try FileManager.default.removeItem(atPath: workspace.path(Self.seed000))
        result = try workspace.run(["index", "corpus", "--index", "idx/t.sqlite", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try result.json()
        XCTAssertEqual(summary["added"] as? Int, 1)
        XCTAssertEqual(summary["updated"] as? Int, 0)
        XCTAssertEqual(summary["removed"] as? Int, 1)
        XCTAssertEqual(summary["unchanged"] as? Int, 1)
        XCTAssertEqual(summary["skipped"] as? Int, 0)
        XCTAssertEqual(summary["documents"] as? Int, 2)
        XCTAssertEqual(summary["warnings"] as? [String], [])

        result = try workspace.run(["index", "corpus", "--index", "idx/t.sqlite", "--rebuild"])
        XCTAssertEqual(result.status, 0, result.stderr)
        result = try workspace.run(["search", "--index", "idx/t.sqlite", "--count", "cong doan"])
        XCTAssertEqual(result.stdout, "2\n", "a rebuilt index keeps its documents")
    }

    func testIndexWarningsGoToStderr() throws {
        let workspace = try TracuuProcess()
        try workspace.write("docs/feed.jsonl", "{\"id\": \"a\", \"text\": \"Công đoàn\"}\n{không phải JSON\n")
        var result = try workspace.run(["index", "docs", "--index", "t.sqlite"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("1 added"), result.stdout)
        XCTAssertTrue(result.stdout.contains("1 warnings"), result.stdout)
        XCTAssertEqual(result.stderrLines, ["tracuu: warning: docs/feed.jsonl:2: not a JSON object; line skipped"])

        try workspace.write("bin/image.txt", "\u{0}\u{0}PNG")
        result = try workspace.run(["index", "bin", "--index", "bin.sqlite"])
        XCTAssertEqual(result.status, 2, "no documents and a warning")
        XCTAssertTrue(result.stderr.contains("bin/image.txt"), result.stderr)

        result = try workspace.run(["index", "no-such-folder", "--index", "x.sqlite"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no-such-folder"), result.stderr)
    }

    // MARK: Search

    func testSearchExitCodesAndStreams() throws {
        let workspace = try indexedWorkspace()
        var result = try search(workspace, ["--no-expand", "công đoàn"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains(Self.seed000))
        XCTAssertTrue(result.stdout.contains(Self.seed003))
        XCTAssertTrue(result.stdout.hasPrefix("1. "), result.stdout)

        result = try search(workspace, ["xyzzy"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "tracuu: no document has \"xyzzy\"\n", "a search with no result says why")

        assertOneErrorLine(try search(workspace, ["--since", "hôm qua", "cong doan"]), containing: "not a date")
        assertOneErrorLine(try search(workspace, ["--until", "2023-13-01", "cong doan"]), containing: "not a date")
        assertOneErrorLine(try search(workspace, ["-"]), containing: "no word to look for")
        assertOneErrorLine(try search(workspace, ["\"\""]), containing: "no word to look for")
        assertOneErrorLine(try search(workspace, []), containing: "give a query")
        assertOneErrorLine(try search(workspace, ["--bogus", "x"]), containing: "--bogus")
        assertOneErrorLine(try workspace.run(["search", "--index", "missing.sqlite", "cong"]), containing: "tracuu index")
    }

    func testHostileQueriesThroughTheBinary() throws {
        let workspace = try indexedWorkspace()
        for query in ["NEAR(", "\"công đoàn", "*", "'; DROP TABLE documents; --", "title:", "công\u{1}đoàn", String(repeating: "đoàn ", count: 1000)] {
            let result = try search(workspace, [query])
            XCTAssertTrue([0, 1, 2].contains(result.status), query)
            if result.status == 2 {
                assertOneErrorLine(result, containing: "no word to look for")
            }
        }
        XCTAssertEqual(try search(workspace, ["--count", "cong doan"]).stdout, "4\n", "the tables survived")
    }

    func testSearchJSON() throws {
        let workspace = try indexedWorkspace()
        let result = try search(workspace, ["--json", "--no-expand", "cong doan"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        let document = try result.json()
        XCTAssertEqual(Set(document.keys), ["query", "total", "relaxed", "results", "expansions", "reading", "otherReading", "suggestion", "corrected"])
        XCTAssertEqual(document["query"] as? String, "cong doan")
        XCTAssertEqual(document["reading"] as? String, "công đoàn", "the titles and leads write it so")
        XCTAssertTrue(document["otherReading"] is NSNull, "no other pair written as often")
        XCTAssertEqual(document["total"] as? Int, 4)
        XCTAssertEqual(document["relaxed"] as? Bool, false)
        let results = try XCTUnwrap(document["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 4)
        XCTAssertEqual(results.map { $0["rank"] as? Int }, [1, 2, 3, 4])
        var byPath: [String: [String: Any]] = [:]
        for item in results {
            XCTAssertEqual(Set(item.keys), ["rank", "path", "title", "date", "kind", "score", "snippet", "highlights"])
            let snippet = try XCTUnwrap(item["snippet"] as? String)
            let highlights = try XCTUnwrap(item["highlights"] as? [[Int]])
            XCTAssertFalse(highlights.isEmpty)
            let characters = Array(snippet)
            for range in highlights {
                XCTAssertEqual(range.count, 2)
                XCTAssertLessThan(range[0], range[1])
                XCTAssertLessThanOrEqual(range[1], characters.count)
                let word = String(characters[range[0]..<range[1]]).lowercased()
                XCTAssertTrue(word.hasPrefix("công") || word.hasPrefix("đoàn") || word == "cđ", word)
            }
            XCTAssertNotNil(item["score"] as? Double)
            byPath[try XCTUnwrap(item["path"] as? String)] = item
        }
        XCTAssertEqual(Set(byPath.keys), [Self.seed000, Self.seed003, "corpus/extra/nq-thang-gieng.md", "corpus/extra/tin-thang-sau.md"])
        XCTAssertTrue(byPath[Self.seed000]?["date"] is NSNull, "unknown date is null")
        XCTAssertEqual(byPath["corpus/extra/tin-thang-sau.md"]?["date"] as? String, "2023-06-20")
        XCTAssertEqual(byPath["corpus/extra/nq-thang-gieng.md"]?["kind"] as? String, "resolution")
        XCTAssertEqual(byPath[Self.seed003]?["title"] as? String, "Các cấp Công đoàn Công an nhân dân sáng tạo, đồng hành với đoàn viên và người lao động")
        let scores = results.compactMap { $0["score"] as? Double }
        XCTAssertEqual(scores.count, 4)

        let read = try search(workspace, ["--no-expand", "cong doan"])
        XCTAssertEqual(read.stderrLines.count, 1)
        XCTAssertTrue(read.stderr.hasPrefix("tracuu: reading \"công đoàn\""), read.stderr)
        XCTAssertTrue(try search(workspace, ["--json", "--no-expand", "công đoàn"]).json()["reading"] is NSNull)

        let none = try search(workspace, ["--json", "xyzzy"])
        XCTAssertEqual(none.status, 1)
        let empty = try none.json()
        XCTAssertEqual(empty["total"] as? Int, 0)
        XCTAssertEqual((empty["results"] as? [Any])?.count, 0)
    }

    /// The reading in JSON follows the whole documents where the titles and leads write a pair
    /// only inside a longer phrase: "cảnh báo lũ" in every title, "bão lũ" in the bodies.
    func testSearchJSONReadsAPairTheTitlesWriteSeldomInTheWholeDocuments() throws {
        let workspace = try TracuuProcess()
        try workspace.write("corpus/canh-bao-1.txt", "Cảnh báo lũ quét ở miền núi\nTrung tâm khí tượng cảnh báo lũ quét tại các tỉnh.\nNgười dân cần đề phòng.\n")
        try workspace.write("corpus/canh-bao-2.txt", "Cảnh báo lũ trên sông Hồng\nCơ quan khí tượng cảnh báo lũ lên nhanh.\nCác xã sẵn sàng sơ tán.\n")
        try workspace.write("corpus/bao-lu-1.txt", "Miền Trung khắc phục hậu quả\nCác tỉnh khắc phục thiệt hại.\nBão lũ làm hư hỏng nhiều nhà. Sau bão lũ, người dân dọn dẹp.\n")
        try workspace.write("corpus/bao-lu-2.txt", "Hỗ trợ người dân vùng khó khăn\nNhiều đoàn đến hỗ trợ.\nBão lũ gây thiệt hại lớn cho mùa màng.\n")
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", "idx/t.sqlite"]).status, 0)
        let result = try workspace.run(["search", "--index", "idx/t.sqlite", "--json", "bao lu"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let document = try result.json()
        XCTAssertEqual(document["reading"] as? String, "bão lũ")
        XCTAssertEqual(document["total"] as? Int, 4)
        let paths = try XCTUnwrap(document["results"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        XCTAssertEqual(Set(paths.prefix(2)), ["corpus/bao-lu-1.txt", "corpus/bao-lu-2.txt"])
    }

    func testSearchesThatFindNothingSayWhy() throws {
        let workspace = try indexedWorkspace()
        var result = try search(workspace, ["xyzzyq"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("no document has \"xyzzyq\""), result.stderr)
        result = try search(workspace, ["--since", "2030-01-01", "công đoàn"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("tracuu: --since/--until leave out ") && result.stderr.components(separatedBy: "no date").count == 2, result.stderr)
        result = try search(workspace, ["--json", "co6ng d9oa2n"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(try result.json()["reading"] as? String, "công đoàn")
        XCTAssertEqual(try result.json()["suggestion"] as? NSNull, NSNull())
        result = try search(workspace, ["co6ng d9oa2n"])
        XCTAssertTrue(result.stderr.contains("reading the query as \"công đoàn\""), result.stderr)
    }

    func testRelaxedSearch() throws {
        let workspace = try indexedWorkspace()
        var result = try search(workspace, ["--no-expand", "công đoàn xyzzy"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1)
        XCTAssertTrue(result.stderr.contains("no document has every word"), result.stderr)
        result = try search(workspace, ["--json", "--no-expand", "công đoàn xyzzy"])
        XCTAssertEqual(try result.json()["relaxed"] as? Bool, true)
        XCTAssertEqual(result.stderr, "")
        result = try search(workspace, ["--json", "--any", "điện xyzzy"])
        XCTAssertEqual(try result.json()["relaxed"] as? Bool, true)
        XCTAssertEqual(try result.json()["total"] as? Int, 2, "ngành điện and Điện Biên")
    }

    func testCountAndLimit() throws {
        let workspace = try indexedWorkspace()
        var result = try search(workspace, ["--count", "cong doan"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "4\n")
        result = try search(workspace, ["--count", "--json", "cong doan"])
        let count = try result.json()
        XCTAssertEqual(Set(count.keys), ["query", "total"])
        XCTAssertEqual(count["total"] as? Int, 4)
        result = try search(workspace, ["--count", "xyzzy"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "0\n")

        result = try search(workspace, ["--limit", "1", "--json", "cong doan"])
        let limited = try result.json()
        XCTAssertEqual((limited["results"] as? [Any])?.count, 1)
        XCTAssertEqual(limited["total"] as? Int, 4)
        result = try search(workspace, ["--limit", "1", "cong doan"])
        XCTAssertTrue(result.stdout.contains("1 of 4 documents; --limit 0 shows all"), result.stdout)
        result = try search(workspace, ["--limit", "0", "--json", "cong doan"])
        XCTAssertEqual((try result.json()["results"] as? [Any])?.count, 4)
        assertOneErrorLine(try search(workspace, ["--limit", "-3", "cong doan"]), containing: "--limit")
    }

    func testSinceAndUntilUseFrontMatterDates() throws {
        let workspace = try indexedWorkspace()
        func paths(_ arguments: [String]) throws -> [String] {
            let result = try search(workspace, ["--json"] + arguments + ["cong doan"])
            return (try result.json()["results"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }.sorted()
        }
        XCTAssertEqual(try paths(["--since", "2023-03-01"]), ["corpus/extra/tin-thang-sau.md"])
        XCTAssertEqual(try paths(["--until", "2023-03-01"]), ["corpus/extra/nq-thang-gieng.md"])
        XCTAssertEqual(try paths(["--since", "15/1/2023", "--until", "2023-06-20"]), ["corpus/extra/nq-thang-gieng.md", "corpus/extra/tin-thang-sau.md"])
        XCTAssertEqual(try paths(["--kind", "resolution"]), ["corpus/extra/nq-thang-gieng.md"])
        XCTAssertEqual(try paths(["--source", "tổng liên đoàn"]), ["corpus/extra/nq-thang-gieng.md"])
        let none = try search(workspace, ["--since", "2024-01-01", "cong doan"])
        XCTAssertEqual(none.status, 1)
    }

    // MARK: Show and tokenize

    func testShowJSON() throws {
        let workspace = try indexedWorkspace()
        var result = try workspace.run(["show", "--index", "idx/t.sqlite", "--json", "corpus/extra/nq-thang-gieng.md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let document = try result.json()
        XCTAssertEqual(Set(document.keys), ["id", "path", "title", "date", "kind", "number", "source", "url", "lead", "body", "hash", "relations"])
        XCTAssertEqual(document["path"] as? String, "corpus/extra/nq-thang-gieng.md")
        XCTAssertEqual(document["title"] as? String, "Nghị quyết về công đoàn tháng giêng")
        XCTAssertEqual(document["date"] as? String, "2023-01-15")
        XCTAssertEqual(document["kind"] as? String, "resolution")
        XCTAssertEqual(document["number"] as? String, "01-NQ/CĐ")
        XCTAssertEqual(document["source"] as? String, "Tổng Liên đoàn")
        XCTAssertTrue(document["url"] is NSNull)
        XCTAssertEqual(document["lead"] as? String, "Công đoàn ngành điện triển khai nghị quyết.")
        let id = try XCTUnwrap(document["id"] as? Int)

        result = try workspace.run(["show", "--index", "idx/t.sqlite", "--json", String(id)])
        XCTAssertEqual(try result.json()["path"] as? String, "corpus/extra/nq-thang-gieng.md")

        result = try workspace.run(["show", "--index", "idx/t.sqlite", Self.seed003])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("Các cấp Công đoàn Công an nhân dân"), result.stdout)
        XCTAssertTrue(result.stdout.contains("path: \(Self.seed003)"))
        XCTAssertFalse(result.stdout.contains("Tin khác"), "the trailer was cut")

        result = try workspace.run(["show", "--index", "idx/t.sqlite", "corpus/khong-co.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderrLines.count, 1)
    }

    func testTokenizeJSON() throws {
        let workspace = try TracuuProcess()
        var result = try workspace.run(["tokenize", "--json", "Hòa bình, tỷ lệ 2.000 Ðoàn"])
        XCTAssertEqual(result.status, 0)
        let tokens = try XCTUnwrap(try result.json()["tokens"] as? [[String: Any]])
        XCTAssertEqual(tokens.count, 6)
        for token in tokens {
            XCTAssertEqual(Set(token.keys), ["position", "start", "end", "text", "exact", "folded"])
        }
        XCTAssertEqual(tokens[0]["text"] as? String, "Hòa")
        XCTAssertEqual(tokens[0]["exact"] as? String, "hoà")
        XCTAssertEqual(tokens[0]["folded"] as? String, "hoa")
        XCTAssertEqual(tokens[0]["start"] as? Int, 0)
        XCTAssertEqual(tokens[0]["end"] as? Int, 4)
        XCTAssertEqual(tokens[2]["exact"] as? String, "tỉ")
        XCTAssertEqual(tokens[4]["text"] as? String, "2.000")
        XCTAssertEqual(tokens[4]["exact"] as? String, "2000")
        XCTAssertTrue(tokens[4]["folded"] is NSNull)
        XCTAssertEqual(tokens[5]["exact"] as? String, "đoàn")
        XCTAssertEqual(tokens.map { $0["position"] as? Int }, [0, 1, 2, 3, 4, 5])

        result = try workspace.run(["tokenize", "Công đoàn"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("đoàn"))
        XCTAssertTrue(result.stdout.contains("doan"))
        result = try workspace.run(["tokenize", "... !"])
        XCTAssertEqual(result.status, 1)
    }

    // MARK: The default index

    func testFirstUseBuildsTheDefaultIndexFromCorpus() throws {
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        var result = try workspace.run(["search", "cong doan"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(Self.seed000), result.stdout)
        XCTAssertTrue(result.stdout.contains(Self.seed003), result.stdout)
        XCTAssertEqual(result.stderrLines.filter { $0.contains("building index/tracuu.sqlite") }.count, 1, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.path("index/tracuu.sqlite")))

        result = try workspace.run(["search", "--no-expand", "công đoàn"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "", "built only once")

        result = try workspace.run(["search", "cong doan"], environment: ["TRACUU_INDEX": "elsewhere.sqlite"])
        XCTAssertEqual(result.status, 2, "TRACUU_INDEX is not the default and is not built on its own")
        XCTAssertTrue(result.stderr.contains("elsewhere.sqlite"), result.stderr)
    }

    func testFirstUseWithoutCorpusIsOneClearError() throws {
        let workspace = try TracuuProcess()
        let result = try workspace.run(["search", "cong doan"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("corpus"), result.stderr)
        XCTAssertEqual(result.stderrLines.last.map { $0.hasPrefix("tracuu: ") }, true)
    }

    func testIndexFromAnotherVersion() throws {
        let sqlite = "/usr/bin/sqlite3"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed")
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        XCTAssertEqual(try workspace.run(["index"]).status, 0)
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", "other.sqlite"]).status, 0)
        for file in ["index/tracuu.sqlite", "other.sqlite"] {
            let process = try Process.run(URL(fileURLWithPath: sqlite), arguments: [workspace.path(file), "UPDATE meta SET value = 'old' WHERE key = 'tokenizer_version'"])
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        assertOneErrorLine(try workspace.run(["search", "--index", "other.sqlite", "cong doan"]), containing: "tracuu index --rebuild")

        let result = try workspace.run(["search", "cong doan"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("another version"), result.stderr)
        XCTAssertTrue(result.stdout.contains(Self.seed000) && result.stdout.contains(Self.seed003), "rebuilt with its documents: \(result.stdout)")
    }

    func testCorruptedIndexFile() throws {
        let workspace = try TracuuProcess()
        try workspace.copySeeds()
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", "bad.sqlite"]).status, 0)
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: workspace.path("bad.sqlite"))[.size] as? Int)
        XCTAssertEqual(truncate(workspace.path("bad.sqlite"), off_t(size / 3)), 0)
        assertOneErrorLine(try workspace.run(["search", "--index", "bad.sqlite", "cong doan"]), containing: "--rebuild")
        assertOneErrorLine(try workspace.run(["show", "--index", "bad.sqlite", "1"]), containing: "--rebuild")
        assertOneErrorLine(try workspace.run(["index", "corpus", "--index", "bad.sqlite"]), containing: "--rebuild")
        XCTAssertEqual(try workspace.run(["index", "corpus", "--index", "bad.sqlite", "--rebuild"]).status, 0)
        XCTAssertEqual(try workspace.run(["search", "--index", "bad.sqlite", "--count", "cong doan"]).stdout, "2\n")

        try workspace.write("index/tracuu.sqlite", "hỏng")
        assertOneErrorLine(try workspace.run(["search", "cong doan"]), containing: "is not a tracuu index")
        XCTAssertEqual(try String(contentsOfFile: workspace.path("index/tracuu.sqlite"), encoding: .utf8), "hỏng", "never replaced, even at the default path")
    }

    // MARK: Colour

    func testNoEscapeCodesWhenPipedOrWithNO_COLOR() throws {
        let workspace = try indexedWorkspace()
        let piped = try search(workspace, ["cong doan"])
        XCTAssertEqual(piped.status, 0)
        XCTAssertFalse(piped.stdout.contains("\u{1B}"))

        let colored = try workspace.runOnTerminal(["search", "--index", "idx/t.sqlite", "cong doan"])
        XCTAssertEqual(colored.status, 0, colored.stdout)
        XCTAssertTrue(colored.stdout.contains("\u{1B}["), "a terminal gets colour: \(colored.stdout.prefix(200))")

        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = try workspace.runOnTerminal(["search", "--index", "idx/t.sqlite", "cong doan"], environment: environment)
            XCTAssertEqual(plain.status, 0)
            XCTAssertTrue(plain.stdout.contains(Self.seed003))
            XCTAssertFalse(plain.stdout.contains("\u{1B}"), "\(environment)")
        }
    }
}
