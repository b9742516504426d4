@testable import TracuuOutput
import TracuuIndex
import VietText
import XCTest

/// The figure in its sentence is coloured on a terminal only, and each format cuts the
/// sentence at the figure's own bytes (not at an earlier copy of the same words).
final class FigurePrinterTests: XCTestCase {
    private let hit: FigureHit = {
        let context = "…giảm 5 người chết (-16,7%), giảm 5 người chết nữa."
        let lower = context.utf8.count - "5 người chết nữa.".utf8.count
        return FigureHit(
            documentID: 1, path: "a.txt", title: "Tai nạn", date: "2017-05-15", text: "5 người chết", value: 5, upper: nil,
            unit: "người chết", qualifier: nil, direction: .decrease, context: context,
            highlight: lower..<(lower + "5 người chết".utf8.count), position: 0)
    }()

    private var results: FigureResults { FigureResults(query: nil, total: 1, hits: [hit]) }

    func testTheFigureIsColouredOnlyWhenColoursAreOn() {
        let colored = FigurePrinter(colored: true).table(results)
        XCTAssertTrue(colored.contains("giảm \u{1B}[1;31m5 người chết\u{1B}[0m nữa."), colored)
        let plain = FigurePrinter(colored: false).table(results)
        XCTAssertFalse(plain.contains("\u{1B}"), plain)
        XCTAssertTrue(plain.contains("\n    …giảm 5 người chết (-16,7%), giảm 5 người chết nữa.\n"), plain)
        XCTAssertTrue(plain.contains("decrease"), plain)
    }

    func testEachFormatKeepsTheSentence() throws {
        let printer = FigurePrinter(colored: false)
        XCTAssertTrue(printer.markdown(results).contains("| …giảm 5 người chết (-16,7%), giảm **5 người chết** nữa. |"))
        XCTAssertTrue(printer.markdown(results).contains("| 5 | người chết | giảm |"))
        XCTAssertTrue(printer.csv(results).contains(",giảm,5 người chết,\"…giảm 5 người chết (-16,7%), giảm 5 người chết nữa.\",Tai nạn,2017-05-15,a.txt\r\n"))
        let json = try printer.json(results)
        XCTAssertTrue(json.contains("\"highlight\":[34,46]"), json)
        XCTAssertTrue(json.contains("\"direction\":\"decrease\""), json)
    }
}
