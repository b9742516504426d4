import Foundation
import XCTest

/// The pages in headless Chromium, as a press officer uses them: search "cong doan", open a
/// result, follow a reference, download the figures as CSV; a hostile document runs no script.
final class BrowserTests: XCTestCase {
    private var workspace: TracuuProcess!
    private var server: RunningServer!
    private var browser: WebDriverSession!

    override func setUpWithError() throws {
        workspace = try TracuuProcess()
        try workspace.copySeeds()
        try workspace.writeArticles(0..<3)
        try workspace.write("corpus/hostile.txt", """
            ---
            title: <img src=x onerror="alert(1)"><script>alert(2)</script>Công đoàn tấn công
            date: 2021-07-01
            ---
            Công đoàn <img src=x onerror="document.title='pwned'"> theo Nghị quyết 02-NQ/TW, chi 9 triệu đồng.
            """)
        XCTAssertEqual(try workspace.run(["index", "--index", workspace.path("index.sqlite"), "corpus"]).status, 0)
        browser = try WebDriverSession(downloads: workspace.directory.appendingPathComponent("downloads"))
        server = try RunningServer(workspace, arguments: ["--index", workspace.path("index.sqlite")])
    }

    override func tearDownWithError() throws {
        browser = nil
        server = nil
        workspace = nil
    }

    func testSearchOpenAResultAndFollowAReference() throws {
        try browser.open(server.base + "/")
        try browser.type("cong doan", into: "input[name=q]")
        try browser.click("form.search button[type=submit]")
        let searched = try browser.currentURL
        XCTAssertTrue(searched.contains("q=cong+doan"), searched)
        XCTAssertEqual(try browser.script("return document.querySelector('input[name=q]').value") as? String, "cong doan")
        let count = try browser.text("p.count")
        XCTAssertTrue(count.hasPrefix("Tìm thấy"), count)
        let marked = try browser.text("ol.results mark")
        XCTAssertTrue(marked.lowercased().contains("công") || marked.contains("CĐ"), marked)
        try browser.click("ol.results li a.title")
        let opened = try browser.currentURL
        XCTAssertTrue(opened.contains("/doc/"), opened)
        XCTAssertFalse(try browser.text("article.document h1").isEmpty)
        // A seed article cites Nghị quyết 02-NQ/TW: its reference page lists the citing sentences and a chart.
        try browser.open(server.base + "/?q=" + "02-NQ/TW".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        try browser.click("ol.results li a.title")
        try browser.click("a[href^='/refs/02-NQ']")
        let heading = try browser.text("h1")
        XCTAssertTrue(heading.contains("02-NQ/TW"), heading)
        XCTAssertFalse(try browser.text("ul.citations").isEmpty)
        _ = try browser.element(".chart svg rect")
    }

    func testDownloadTheFiguresCSV() throws {
        try browser.open(server.base + "/figures?q=cong+doan")
        XCTAssertFalse(try browser.text("table").isEmpty)
        try browser.click(".downloads a[href^='/figures.csv']")
        let file = browser.downloads.appendingPathComponent("so-lieu.csv")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: file.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        let downloaded = try Data(contentsOf: file)
        let printed = try workspace.run(["figures", "--csv", "--limit", "0", "--index", workspace.path("index.sqlite"), "cong doan"]).stdout
        XCTAssertEqual(downloaded, Data(printed.utf8))
        XCTAssertTrue(printed.hasPrefix("\u{FEFF}Số liệu,"), printed)
    }

    func testAHostileDocumentRunsNoScript() throws {
        try browser.open(server.base + "/?q=" + "tấn công".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        XCTAssertNil(browser.alertText())
        let results = try browser.text("ol.results")
        XCTAssertTrue(results.contains("<script>alert(2)</script>"), results)
        try browser.click("ol.results li a.title")
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertNil(browser.alertText())
        XCTAssertNotEqual(try browser.title, "pwned")
        XCTAssertTrue(try browser.text("article.document").contains("<img src=x onerror=\"document.title='pwned'\">"))
        XCTAssertEqual(try browser.script("return document.querySelectorAll('article img, article script').length") as? Int, 0)
    }
}
