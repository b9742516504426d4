import TracuuIndex
import XCTest

/// Titles, leads, front matter, JSONL and encodings, as stored in the index.
final class DocumentReadingTests: XCTestCase {
    // MARK: Titles

    func testHeadingFirstLineIsTheTitle() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Các cấp Công đoàn sáng tạo\nĐoạn mở đầu.\nThân bài một.\nThân bài hai."])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored("a.txt"))
        XCTAssertEqual(document.title, "Các cấp Công đoàn sáng tạo")
        XCTAssertEqual(document.lead, "Đoạn mở đầu.")
        XCTAssertEqual(document.body, "Thân bài một.\nThân bài hai.")
    }

    func testMarkdownHeadingMarksAreNotPartOfTheTitle() throws {
        let corpus = try TemporaryCorpus([
            "a.md": "# Hội nghị công đoàn\n\nNội dung về công đoàn.\n\n## Phần hai\n\nThêm.",
            "b.md": "## Tin vắn ##\nNội dung.",
            "c.md": "#hashtag đầu dòng\nNội dung.",
            "d.md": "#\nNội dung chỉ có dấu thăng.",
        ])
        try corpus.index()
        XCTAssertEqual(try corpus.stored("a.md")?.title, "Hội nghị công đoàn")
        XCTAssertEqual(try corpus.stored("a.md")?.lead, "Nội dung về công đoàn.")
        XCTAssertEqual(try corpus.stored("b.md")?.title, "Tin vắn")
        XCTAssertEqual(try corpus.stored("c.md")?.title, "#hashtag đầu dòng")
        XCTAssertEqual(try corpus.stored("d.md")?.title.isEmpty, false)
    }

    func testSeed000TitleIsTheTrimmedStartOfTheFirstSentence() throws {
        let name = "000_a20038c85b46a0b9.txt"
        let corpus = try TemporaryCorpus([name: try TemporaryCorpus.seed(name)])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored(name))
        XCTAssertFalse(document.title.hasPrefix("(CATP)"), document.title)
        XCTAssertTrue(document.title.hasPrefix("Là tổ chức chức Công đoàn (CĐ) trong lực lượng vũ trang"), document.title)
        XCTAssertTrue(document.title.hasSuffix("…"), document.title)
        XCTAssertLessThanOrEqual(document.title.count, 111)
        XCTAssertTrue(document.lead.hasPrefix("(CATP) Là tổ chức"), "the first paragraph stays content")
    }

    func testTitleIsNeverEmpty() throws {
        let corpus = try TemporaryCorpus([
            "empty.txt": "",
            "blank.txt": "\n   \n",
            "empty-title.md": "---\ntitle: \"\"\n---\n",
            "front-only.md": "---\ntitle:\ndate: 2023-01-01\n---\n",
        ])
        try corpus.index()
        for name in ["empty.txt", "blank.txt", "empty-title.md", "front-only.md"] {
            let document = try XCTUnwrap(try corpus.stored(name), name)
            XCTAssertFalse(document.title.isEmpty, name)
        }
    }

    // MARK: Front matter

    func testFrontMatterFields() throws {
        let corpus = try TemporaryCorpus(["nq.md": """
            ---
            title: "Nghị quyết về công đoàn"
            date: 12/6/2021
            source: Bộ Chính trị
            url: https://example.vn/nq-02
            kind: Resolution
            number: 02-NQ/TW
            # a comment
            ---
            Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.
            Nội dung chi tiết.
            """])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored("nq.md"))
        XCTAssertEqual(document.title, "Nghị quyết về công đoàn")
        XCTAssertEqual(document.date, "2021-06-12")
        XCTAssertEqual(document.source, "Bộ Chính trị")
        XCTAssertEqual(document.url, "https://example.vn/nq-02")
        XCTAssertEqual(document.kind, "resolution")
        XCTAssertEqual(document.number, "02-NQ/TW")
        XCTAssertEqual(document.lead, "Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.")
        XCTAssertEqual(document.body, "Nội dung chi tiết.")
        XCTAssertEqual(corpus.warnings, [])
        assertFinds(corpus, "title:\"nghị quyết\"", ["nq.md"])
        assertFinds(corpus, "url", [])
    }

    func testUnclosedFrontMatterIsTextWithAWarning() throws {
        let corpus = try TemporaryCorpus(["open.md": "---\ntitle: Mở\nNội dung không có dấu đóng"])
        try corpus.index()
        XCTAssertTrue(corpus.warnings.contains { $0.contains("open.md") && $0.contains("not closed") }, "\(corpus.warnings)")
        assertFinds(corpus, "dấu đóng", ["open.md"])
    }

    func testBadDateInFrontMatterIsUnknown() throws {
        let corpus = try TemporaryCorpus(["a.md": "---\ndate: hôm qua\n---\nTiêu đề\nNội dung."])
        try corpus.index()
        XCTAssertNil(try corpus.stored("a.md")?.date)
    }

    // MARK: JSONL

    func testJSONLinesWithAMalformedLine() throws {
        let lines = [
            #"{"id": "a1", "title": "Công đoàn ngành điện", "date": "2023-05-01", "kind": "article", "source": "LĐ", "text": "Hội nghị công đoàn ngành điện.\nNội dung."}"#,
            #"{"title": "thiếu dấu đóng", "text": "không đọc được""#,
            #"{"id": 7, "text": "Nghị quyết số 02 về đổi mới tổ chức công đoàn.", "number": "02-NQ/TW", "kind": "Resolution"}"#,
            "",
            #"{"title": "không có text"}"#,
            #"{"id": "a1", "text": "Trùng id thì vẫn giữ, với đường dẫn khác."}"#,
        ]
        let corpus = try TemporaryCorpus(["feed.jsonl": lines.joined(separator: "\n") + "\n"])
        let summary = try corpus.index()
        XCTAssertEqual(summary.documents, 3)
        XCTAssertTrue(corpus.warnings.contains { $0.contains("feed.jsonl:2") }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("feed.jsonl:5") && $0.contains("text") }, "\(corpus.warnings)")
        XCTAssertFalse(corpus.warnings.contains { $0.contains("feed.jsonl:4") })

        let first = try XCTUnwrap(try corpus.stored("feed.jsonl#a1"))
        XCTAssertEqual(first.title, "Công đoàn ngành điện")
        XCTAssertEqual(first.date, "2023-05-01")
        XCTAssertEqual(first.source, "LĐ")
        let resolution = try XCTUnwrap(try corpus.stored("feed.jsonl#7"))
        XCTAssertEqual(resolution.kind, "resolution")
        XCTAssertEqual(resolution.number, "02-NQ/TW")
        XCTAssertNotNil(try corpus.stored("feed.jsonl#a1@6"))
        assertFinds(corpus, "cong doan", ["feed.jsonl#a1", "feed.jsonl#7"])
        assertFinds(corpus, "không đọc được", [])
    }

    func testJSONLinesWithCRLF() throws {
        let corpus = try TemporaryCorpus(["crlf.jsonl": "{\"id\": \"a\", \"text\": \"Công đoàn một\"}\r\n\r\n{\"id\": \"b\", \"text\": \"Công đoàn hai\"}\r\n"])
        XCTAssertEqual(try corpus.index().documents, 2)
        XCTAssertEqual(corpus.warnings, [])
        assertFinds(corpus, "cong doan", ["crlf.jsonl#a", "crlf.jsonl#b"])
    }

    func testJSONLTextIsNormalizedToNFC() throws {
        let corpus = try TemporaryCorpus(["nfd.jsonl": #"{"id": "x", "title": "Co\u0302ng đoa\u0300n", "text": "ho\u0300a bi\u0300nh"}"# + "\n"])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored("nfd.jsonl#x"))
        XCTAssertEqual(Array(document.title.unicodeScalars), Array("Công đoàn".unicodeScalars))
        XCTAssertEqual(Array(document.lead.unicodeScalars), Array("h\u{00F2}a bình".unicodeScalars))
        assertFinds(corpus, "hòa", ["nfd.jsonl#x"])
    }

    func testDeletingAJSONLFileRemovesAllItsDocuments() throws {
        let corpus = try TemporaryCorpus(["f.jsonl": "{\"text\": \"một\"}\n{\"text\": \"hai\"}\n", "g.txt": "Ba\nba"])
        XCTAssertEqual(try corpus.index().documents, 3)
        try corpus.remove("f.jsonl")
        let summary = try corpus.index()
        XCTAssertEqual([summary.removed, summary.documents], [1, 1])
    }

    // MARK: Encodings and files

    func testNFDFileIsStoredAsNFC() throws {
        let corpus = try TemporaryCorpus(["nfd.txt": "Co\u{0302}ng đoa\u{0300}n\nHo\u{0300}a bi\u{0300}nh."])
        try corpus.index()
        let document = try XCTUnwrap(try corpus.stored("nfd.txt"))
        XCTAssertEqual(Array(document.title.unicodeScalars), Array("Công đoàn".unicodeScalars))
        XCTAssertEqual(Array(document.lead.unicodeScalars), Array("H\u{00F2}a bình.".unicodeScalars))
    }

    func testBOMsCRLFAndUTF16() throws {
        let text = "Tiêu đề có dấu\r\nĐoạn mở đầu về thuỷ lợi.\r\n"
        var utf16 = [UInt8]([0xFF, 0xFE])
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let corpus = try TemporaryCorpus()
        try corpus.writeBytes("bom.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        try corpus.writeBytes("utf16.txt", utf16)
        try corpus.index()
        for name in ["bom.txt", "utf16.txt"] {
            let document = try XCTUnwrap(try corpus.stored(name), name)
            XCTAssertEqual(document.title, "Tiêu đề có dấu", name)
            XCTAssertEqual(document.lead, "Đoạn mở đầu về thuỷ lợi.", name)
        }
        assertFinds(corpus, "thủy lợi", ["bom.txt", "utf16.txt"])
    }

    func testInvalidAndBinaryFilesAreSkippedWithAReason() throws {
        let corpus = try TemporaryCorpus(["ok.txt": "Được\nđọc"])
        try corpus.writeBytes("latin1.txt", Array("Tiêu đề\n".utf8) + [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69])
        try corpus.writeBytes("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
        try corpus.write("notes.csv", "không phải tài liệu")
        let summary = try corpus.index()
        XCTAssertEqual(summary.documents, 1)
        XCTAssertEqual(summary.skipped, 3)
        XCTAssertTrue(corpus.warnings.contains { $0 == corpus.path("notes.csv") + ": Table (.csv): not a text document; skipped" }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") }, "\(corpus.warnings)")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("image.md") && $0.contains("PNG") }, "\(corpus.warnings)")
    }
}
