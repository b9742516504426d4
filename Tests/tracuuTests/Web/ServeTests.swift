import Foundation
import XCTest

/// `tracuu serve` over HTTP: the API answers byte for byte what the matching `--json` command
/// prints, errors are JSON with a status, every page escapes hostile text and carries the CSP.
final class ServeTests: XCTestCase {
    private var workspace: TracuuProcess!
    private var server: RunningServer!

    static let hostileTitle = "<script>alert(1)</script> Công đoàn độc hại"

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        try workspace.copySeeds()
        try workspace.writeArticles(0..<4)
        try workspace.write("corpus/hostile.txt", """
            ---
            title: \(Self.hostileTitle)
            date: 2021-07-01
            ---
            Công đoàn <img src=x onerror="document.title='pwned'"> nhắc Nghị quyết 02-NQ/TW và hỗ trợ 7 triệu đồng cho đoàn viên.

            Đoạn hai có "ngoặc" & ký hiệu <b>đậm</b> mà không được thành thẻ.
            """)
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        server = try RunningServer(workspace, arguments: ["--index", workspace.path("index.sqlite")])
    }

    override func tearDownWithError() throws {
        server = nil
        workspace = nil
    }

    private func cli(_ arguments: [String]) throws -> CommandResult {
        try workspace.run(arguments + ["--index", workspace.path("index.sqlite")], environment: ["NO_COLOR": "1"])
    }

    static func total(_ answer: RunningServer.Answer) throws -> Int? {
        (try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])?["total"] as? Int
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    func testAPISearchAnswersTheBytesOfSearchJSON() throws {
        let cases: [(String, [String])] = [
            ("q=\(Self.encoded("cong doan"))&limit=3", ["search", "--json", "--limit", "3", "cong doan"]),
            ("q=\(Self.encoded("công đoàn hội nghị"))&any=1", ["search", "--json", "--any", "công đoàn hội nghị"]),
            ("q=CĐ&since=2021-01-01&kind=article".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!,
             ["search", "--json", "--since", "2021-01-01", "--kind", "article", "CĐ"]),
            ("q=\(Self.encoded("tham nhug"))", ["search", "--json", "tham nhug"]),
        ]
        for (query, arguments) in cases {
            let answer = try server.get("/api/search?" + query)
            XCTAssertEqual(answer.status, 200, query)
            XCTAssertEqual(answer.header("Content-Type"), "application/json; charset=utf-8")
            XCTAssertEqual(answer.text, try cli(arguments).stdout, query)
        }
    }

    func testOtherAPIsAnswerTheBytesOfTheirCommands() throws {
        let id = try XCTUnwrap(try cli(["search", "--json", "cong doan"]).json()["results"] as? [[String: Any]]).first?["path"] as? String
        let shown = try cli(["show", try XCTUnwrap(id), "--json"])
        let documentID = try XCTUnwrap(shown.json()["id"] as? Int)
        let cases: [(String, [String])] = [
            ("/api/refs", ["refs", "--json"]),
            ("/api/refs?sort=date&limit=2", ["refs", "--json", "--sort", "date", "--limit", "2"]),
            ("/api/refs/02-NQ/TW", ["refs", "--json", "02-NQ/TW"]),
            ("/api/refs/02%2FNQ-TW?timeline=1", ["refs", "--json", "--timeline", "02/NQ-TW"]),
            ("/api/figures?q=\(Self.encoded("công đoàn"))", ["figures", "--json", "công đoàn"]),
            ("/api/figures?unit=\(Self.encoded("đồng"))&sort=value&limit=3", ["figures", "--json", "--unit", "đồng", "--sort", "value", "--limit", "3"]),
            ("/api/abbr", ["abbr", "--json"]),
            ("/api/abbr?abbr=\(Self.encoded("CĐ"))", ["abbr", "--json", "CĐ"]),
            ("/api/doc/\(documentID)", ["show", "--json", String(documentID)]),
        ]
        for (path, arguments) in cases {
            let answer = try server.get(path)
            XCTAssertEqual(answer.status, 200, path)
            XCTAssertEqual(answer.text, try cli(arguments).stdout, path)
        }
    }

    func testErrorsAreJSONWithTheirStatus() throws {
        let cases: [(String, Int, String)] = [
            ("/api/search?q=a&since=\(Self.encoded("hôm qua"))", 400, "since 'hôm qua' is not a date; use YYYY-MM-DD"),
            ("/api/search?q=", 400, "give a query"),
            ("/api/search?q=%2D%2D%2D", 400, "the query has no word to look for"),
            ("/api/search?q=a&limit=-1", 400, "limit must be a whole number"),
            ("/api/doc/999999", 404, "no document 999999"),
            ("/api/doc/corpus%2Fhostile.txt", 404, "addressed by their id"),
            ("/api/refs/xin%20chao", 400, "is not a document number"),
            ("/api/abbr?abbr=QQQ", 404, "QQQ is not a known abbreviation"),
            ("/api/nothing", 404, "no such address"),
        ]
        for (path, status, message) in cases {
            let answer = try server.get(path)
            XCTAssertEqual(answer.status, status, path)
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], path)
            XCTAssertEqual(object["status"] as? Int, status, path)
            let error = try XCTUnwrap(object["error"] as? String, path)
            XCTAssertTrue(error.contains(message), "\(path): \(error)")
            XCTAssertFalse(error.lowercased().contains("sqlite"), error)
        }
        let posted = try server.get("/api/search?q=a", method: "POST")
        XCTAssertTrue([404, 405].contains(posted.status), "\(posted.status)")
        XCTAssertNotNil(posted.header("Content-Security-Policy"))
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: posted.body) as? [String: Any])
    }

    func testPagesEscapeHostileTextAndCarryThePolicy() throws {
        let search = try server.get("/?q=\(Self.encoded("độc hại"))")
        XCTAssertEqual(search.status, 200)
        XCTAssertTrue(search.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), search.text)
        XCTAssertFalse(search.text.contains("<script"), "a script tag in the search page")
        let link = try XCTUnwrap(search.text.range(of: #"/doc/[0-9]+\?q=[^"]*"#, options: .regularExpression).map { String(search.text[$0]) })
        let document = try server.get(link.replacingOccurrences(of: "&amp;", with: "&"))
        XCTAssertEqual(document.status, 200)
        for text in [document.text, search.text] {
            XCTAssertFalse(text.contains("<script"))
            XCTAssertFalse(text.contains("<img"))
            XCTAssertFalse(text.contains("<b>"))
        }
        XCTAssertTrue(document.text.contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"), document.text)
        XCTAssertTrue(document.text.contains("<mark>"), "query words highlighted")
        for path in ["/", "/?q=cong+doan", link, "/refs", "/refs/02-NQ/TW", "/figures?q=cong+doan", "/abbr", "/api/search?q=a", "/nowhere"] {
            let answer = try server.get(path)
            let policy = try XCTUnwrap(answer.header("Content-Security-Policy"), path)
            XCTAssertTrue(policy.hasPrefix("default-src 'none'"), policy)
            XCTAssertFalse(policy.contains("unsafe"), policy)
            XCTAssertEqual(answer.header("X-Content-Type-Options"), "nosniff")
        }
    }

    func testNoRequestReadsAFileOutsideTheAssetList() throws {
        XCTAssertEqual(try server.get("/assets/style.css").status, 200)
        for path in ["/assets/../Package.swift", "/assets/%2E%2E%2FPackage.swift", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/index.sqlite",
                     "/doc/..%2F..%2Fetc%2Fpasswd", "/doc/%2Fetc%2Fpasswd", "/../../etc/passwd", "/index.sqlite", "/corpus/hostile.txt"] {
            let answer = try server.get(path)
            XCTAssertEqual(answer.status, 404, path)
            XCTAssertFalse(answer.text.contains("root:"), path)
            XCTAssertFalse(answer.text.contains("Công đoàn <img"), path)
        }
    }

    func testFigureDownloadsAreTheCommandsCSVAndMarkdown() throws {
        let csv = try server.get("/figures.csv?q=\(Self.encoded("công đoàn"))&limit=0")
        XCTAssertEqual(csv.status, 200)
        XCTAssertTrue(csv.header("Content-Disposition")?.hasPrefix("attachment") == true)
        XCTAssertEqual(csv.text, try cli(["figures", "--csv", "--limit", "0", "công đoàn"]).stdout)
        let markdown = try server.get("/figures.md?q=\(Self.encoded("công đoàn"))&limit=0")
        XCTAssertEqual(markdown.text, try cli(["figures", "--markdown", "--limit", "0", "công đoàn"]).stdout)
        let page = try server.get("/figures?q=\(Self.encoded("công đoàn"))")
        XCTAssertTrue(page.text.contains("7 triệu đồng") || page.text.contains("<mark>7 triệu đồng</mark>"), page.text)
    }

    func testPagesAnswerBadInputInVietnamese() throws {
        // The same bad input to a page and to the API: the API keeps the CLI's words, the page says it in Vietnamese.
        let long = String(repeating: "a+", count: 3000)
        let cases: [(query: String, page: String, api: String, status: Int, vietnamese: String)] = [
            ("?q=a&since=hom+qua", "/", "/api/search", 200, "“hom qua” ở ô Từ ngày không phải là ngày"),
            ("?q=a&until=2017-13-45", "/", "/api/search", 200, "“2017-13-45” ở ô Đến ngày không phải là ngày"),
            ("?q=a&page=0", "/", "/api/search", 200, "Số trang (page) cần một số nguyên từ 1 đến 100."),
            ("?q=%2D%2D%2D", "/", "/api/search", 200, "Câu tìm không có từ nào để tìm"),
            ("?q=" + long, "/", "/api/search", 200, "Câu tìm dài quá 2.000 ký tự"),
            ("?min=abc", "/figures", "/api/figures", 200, "Ô Từ giá trị cần một con số"),
            ("?min=5&max=1", "/figures", "/api/figures", 200, "Ô Từ giá trị đang lớn hơn ô Đến giá trị"),
            ("?q=a&since=2017-02-30", "/figures", "/api/figures", 200, "“2017-02-30” ở ô Từ ngày không phải là ngày"),
            ("?sort=abc", "/refs", "/api/refs", 400, "Ô Xếp theo chỉ nhận “count”, “date” hoặc “id”."),
            ("?abbr=QQQ", "/abbr", "/api/abbr", 200, "“QQQ” không phải chữ viết tắt đã biết."),
            ("", "/doc/999999", "/api/doc/999999", 404, "Không có văn bản số 999999 trong chỉ mục."),
            ("", "/doc/abc", "/api/doc/abc", 404, "Không có văn bản “abc”"),
            ("", "/refs/xin%20chao", "/api/refs/xin%20chao", 400, "“xin chao” không phải số hiệu văn bản"),
            ("", "/nowhere", "/api/nowhere", 404, "Không có trang này."),
        ]
        for (query, page, api, status, vietnamese) in cases {
            let refused = try server.get(api + query)
            XCTAssertTrue((400..<500).contains(refused.status), api + query)
            let english = try XCTUnwrap((try JSONSerialization.jsonObject(with: refused.body) as? [String: Any])?["error"] as? String, api)
            let answer = try server.get(page + query)
            XCTAssertEqual(answer.status, status, page + query)
            let problem = try XCTUnwrap(answer.text.range(of: #"<p class="error">[^<]*</p>"#, options: .regularExpression).map { answer.text[$0] },
                                        page + query)
            XCTAssertTrue(problem.contains(vietnamese), "\(page + query): \(problem)")
            let escaped = english.replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")
            XCTAssertFalse(answer.text.contains(english) || answer.text.contains(escaped), "\(page + query) shows the API's English: \(english)")
        }
        XCTAssertTrue(try server.get("/doc/999999").text.contains("<title>Không tìm thấy"))
    }

    /// The words marked in a document page, in order.
    static func marks(_ html: String) -> [String] {
        html.components(separatedBy: "<mark>").dropFirst().compactMap { $0.components(separatedBy: "</mark>").first }
    }

    func testADocumentMarksTheQuerysPhrasesNotItsLoneWords() throws {
        try workspace.write("corpus/marks.txt", """
            Hội nghị Công đoàn ngành giáo dục năm 2017
            Ban chấp hành Công đoàn ngành họp tổng kết công tác năm 2017.
            Các đoàn viên công đoàn cơ sở bàn về công tác thi đua. Công đoàn Công ty May và Đoàn thanh niên cùng dự.
            """)
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        let results = try XCTUnwrap(try cli(["search", "--json", "--limit", "0", "giáo dục năm 2017"]).json()["results"] as? [[String: Any]])
        let path = try XCTUnwrap(results.first { ($0["path"] as? String)?.hasSuffix("marks.txt") == true }?["path"] as? String)
        let id = try XCTUnwrap(try cli(["show", path, "--json"]).json()["id"] as? Int)

        // FTS5 marks every "cong" and "doan" the search looked up; the page keeps those standing together.
        let phrase = try server.get("/doc/\(id)?q=cong+doan")
        XCTAssertEqual(phrase.status, 200)
        XCTAssertEqual(Self.marks(phrase.text), ["Công đoàn", "Công đoàn", "công đoàn", "Công đoàn"], phrase.text)
        XCTAssertTrue(phrase.text.contains("tổng kết công tác"), "công tác unmarked")
        XCTAssertTrue(phrase.text.contains("Các đoàn viên"), "đoàn viên unmarked")
        XCTAssertTrue(phrase.text.contains("<mark>Công đoàn</mark> Công ty"), "the Công of Công ty beside the phrase unmarked")

        // Matched words typed apart but standing side by side are one mark; a word never beside another keeps its marks.
        XCTAssertEqual(Self.marks(try server.get("/doc/\(id)?q=\(Self.encoded("nganh 2017 hop"))").text),
                       ["2017", "ngành họp", "2017"])
        // No phrase anywhere: every matched word stays marked.
        XCTAssertEqual(Self.marks(try server.get("/doc/\(id)?q=\(Self.encoded("thi nghị"))").text), ["nghị", "thi"])
    }

    /// A document page marks what the search found the document by, whatever the search made of
    /// the query typed: its Telex reading, the suggestion whose results it showed, an
    /// abbreviation's expansion, the accented forms of unaccented words, its fallback to any
    /// word (and `any=1` carried from the search page). Every word the search
    /// marks in the document's snippet is marked on its page.
    func testADocumentMarksWhatTheSearchMatchedIt() throws {
        try workspace.write("corpus/union.txt", """
            Liên đoàn Lao động tỉnh bàn phòng chống tham nhũng
            Ban Thường vụ Liên đoàn Lao động tỉnh họp về phòng chống tham nhũng trong tổ chức Công đoàn.
            Các cấp Công đoàn cơ sở cùng tham gia.
            """)
        for number in 1...2 {
            try workspace.write("corpus/corruption-\(number).txt", "Xét xử vụ tham nhũng số \(number)\nTòa xét xử vụ án tham nhũng số \(number).\n")
        }
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        let id = try XCTUnwrap(try cli(["show", "corpus/union.txt", "--json"]).json()["id"] as? Int)
        let cases: [(typed: String, key: String, marked: String)] = [
            ("coong ddoanf", "reading", "Công đoàn"),
            ("tham nhũg", "suggestion", "tham nhũng"),
            ("LĐLĐ", "expansions", "Liên đoàn Lao động"),
            ("cong doan", "reading", "Công đoàn"),
            ("tham nhũng xét xử", "relaxed", "tham nhũng"),  // a question fewer than a page hold whole: any word
        ]
        for (typed, key, marked) in cases {
            let search = try cli(["search", "--json", typed])  // a page of 10, as the document page reads it
            XCTAssertEqual(search.status, 0, typed)
            let answer = try search.json()
            let made = answer[key]
            XCTAssertTrue(made is String || made as? Bool == true || (made as? [Any])?.isEmpty == false, "\(typed): the search's \(key) is \(made ?? "missing")")
            let hit = try XCTUnwrap((answer["results"] as? [[String: Any]])?.first { $0["path"] as? String == "corpus/union.txt" }, typed)
            let snippet = Array(try XCTUnwrap(hit["snippet"] as? String))
            let snippetWords = try XCTUnwrap(hit["highlights"] as? [[Int]]).flatMap { String(snippet[$0[0]..<$0[1]]).lowercased().split(separator: " ") }

            let page = try server.get("/doc/\(id)?q=\(Self.encoded(typed))")
            XCTAssertEqual(page.status, 200, typed)
            XCTAssertFalse(page.text.contains("Văn bản này không chứa"), "\(typed): the page says the document lacks the words")
            let marks = Self.marks(page.text)
            XCTAssertTrue(marks.contains(marked), "\(typed): \(marks)")
            let markedWords = Set(marks.flatMap { $0.lowercased().split(separator: " ") })
            XCTAssertFalse(snippetWords.isEmpty, typed)
            for word in snippetWords { XCTAssertTrue(markedWords.contains(word), "\(typed): \(word) marked in the snippet, not on the page \(marks)") }
        }

        // Opened from a search by any word, the page is marked by that search: a document holding
        // some of the words is marked, not said to lack them, as it is when every word is asked for.
        let typed = Self.encoded(#""tham nhũng" "xét xử""#)
        XCTAssertTrue(try server.get("/doc/\(id)?q=\(typed)").text.contains("Văn bản này không chứa"), "the trials hold every word, this one not")
        let list = try server.get("/?q=\(typed)&any=1")
        let link = try XCTUnwrap(list.text.range(of: "/doc/\(id)\\?q=[^\"]*", options: .regularExpression).map { String(list.text[$0]) }, list.text)
            .replacingOccurrences(of: "&amp;", with: "&")
        XCTAssertTrue(link.hasSuffix("&any=1"), link)
        let any = try server.get(link)
        XCTAssertFalse(any.text.contains("Văn bản này không chứa"), any.text)
        XCTAssertTrue(Self.marks(any.text).contains("tham nhũng"), "\(Self.marks(any.text))")
        XCTAssertTrue(any.text.contains("&amp;any=1\">← Kết quả tìm"), "back to the same search")
        let badDate = try server.get("/doc/\(id)?q=a&since=hom+qua")
        XCTAssertEqual(badDate.status, 400)
        XCTAssertTrue(badDate.text.contains("“hom qua” ở ô Từ ngày không phải là ngày"), badDate.text)
    }

    /// `hai quan` reads "hải quân", which the titles and leads write most; "hải quan", written almost
    /// as often, is offered beside the reading as a link that searches it.
    func testTheSearchPageOffersTheOtherReadingAsALink() throws {
        try workspace.write("corpus/navy-1.txt", "Hải quân diễn tập\nHải quân tổ chức diễn tập trên biển.\nTàu chiến tham gia.\n")
        try workspace.write("corpus/navy-2.txt", "Ngày truyền thống hải quân\nLễ kỷ niệm ngày thành lập hải quân.\nNhiều cựu chiến binh dự.\n")
        try workspace.write("corpus/customs-1.txt", "Hải quan phát hiện hàng lậu\nHải quan cửa khẩu phát hiện lô hàng lậu.\nHàng bị tạm giữ.\n")
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        let api = try XCTUnwrap(try JSONSerialization.jsonObject(with: try server.get("/api/search?q=hai+quan").body) as? [String: Any])
        XCTAssertEqual(api["reading"] as? String, "hải quân")
        XCTAssertEqual(api["otherReading"] as? String, "hải quan")

        let page = try server.get("/?q=hai+quan")
        XCTAssertEqual(page.status, 200)
        let notice = try XCTUnwrap(page.text.range(of: #"<p>Hiểu là: .*?</p>"#, options: .regularExpression).map { String(page.text[$0]) }, page.text)
        XCTAssertTrue(notice.contains("<strong>hải quân</strong>"), notice)
        let link = try XCTUnwrap(notice.range(of: #"<a href="[^"]*">hải quan</a>"#, options: .regularExpression).map { String(notice[$0]) }, notice)
        XCTAssertEqual(link, #"<a href="/?q=h%E1%BA%A3i%20quan">hải quan</a>"#)

        let other = try server.get("/?q=h%E1%BA%A3i%20quan")
        XCTAssertEqual(other.status, 200)
        XCTAssertFalse(other.text.contains("Hiểu là:"), "typed with diacritics: read as typed")
        let first = other.text.range(of: #"<span class="path">[^<]*</span>"#, options: .regularExpression).map { String(other.text[$0]) }
        XCTAssertEqual(first, #"<span class="path">corpus/customs-1.txt</span>"#, "the document writing hải quan comes first")
        let single = try server.get("/?q=cong+doan")
        XCTAssertTrue(single.text.contains("Hiểu là: <strong>công đoàn</strong>"), single.text)
        XCTAssertFalse(single.text.contains("cũng hay viết"), "no other reading without a close rival")
    }

    func testABusyPortAndABadPortArePlainMessages() throws {
        let port = try XCTUnwrap(server.base.split(separator: ":").last.map(String.init))
        let busy = try cli(["serve", "--port", port])
        XCTAssertEqual(busy.status, 2)
        XCTAssertEqual(busy.stderr, "tracuu: port \(port) on 127.0.0.1 is already in use; give another with --port (0: any free one)\n")
        XCTAssertEqual(try cli(["serve", "--port", "70000"]).status, 2)
    }

    /// Every page of a question's results decides alike whether it falls back to any word: 12
    /// documents hold "lao động nghỉ phép" whole, more than a page, so page 2 lists the last 2 of
    /// them, not a search by any word (which would also find the 6 holding only "nghỉ phép").
    func testEveryPageOfAQuestionIsOneSearch() throws {
        for number in 0..<12 { try workspace.write("corpus/whole-\(number).txt", "Tin \(number)\nNgười lao động được nghỉ phép năm \(number).\n") }
        for number in 0..<6 { try workspace.write("corpus/part-\(number).txt", "Bài \(number)\nLịch nghỉ phép của trường \(number).\n") }
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        let question = Self.encoded("lao dong nghi phep")
        let first = try server.get("/?q=\(question)")
        let second = try server.get("/?q=\(question)&page=2")
        for page in [first, second] {
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.text.contains("Tìm thấy 12 văn bản."), page.text)
        }
        let links = try NSRegularExpression(pattern: #"href="/doc/(\d+)"#)
        func documents(_ page: RunningServer.Answer) -> Set<String> {
            Set(links.matches(in: page.text, range: NSRange(page.text.startIndex..., in: page.text)).map { (page.text as NSString).substring(with: $0.range(at: 1)) })
        }
        XCTAssertEqual(documents(first).count, 10)
        XCTAssertEqual(documents(second).count, 2)
        XCTAssertTrue(documents(first).isDisjoint(with: documents(second)))
    }

    func testNewDocumentsShowWithoutRestarting() throws {
        let before = try server.get("/api/search?q=\(Self.encoded("mãsốmới"))")
        XCTAssertEqual(try Self.total(before), 0)
        try workspace.write("corpus/new.txt", "Bài mới về công đoàn\nCó mãsốmới riêng của bài này.\n")
        XCTAssertEqual(try cli(["index", "corpus"]).status, 0)
        let after = try server.get("/api/search?q=\(Self.encoded("mãsốmới"))")
        XCTAssertEqual(try Self.total(after), 1)
        // A rebuild replaces the file: the server drops its connections to the old one.
        try workspace.write("corpus/newer.txt", "Bài mới hơn\nCó mãsốmới nữa.\n")
        XCTAssertEqual(try cli(["index", "--rebuild", "corpus"]).status, 0)
        XCTAssertEqual(try Self.total(try server.get("/api/search?q=\(Self.encoded("mãsốmới"))")), 2)
    }
}
