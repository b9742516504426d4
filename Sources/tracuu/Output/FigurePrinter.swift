import Foundation
import TracuuIndex

/// Renders figures as an aligned table for people, CSV, a markdown table for
/// briefings, or JSON for scripts.
struct FigurePrinter {
    var colored: Bool

    static let unitWidth = 30
    static let titleWidth = 48

    func table(_ results: FigureResults) -> String {
        guard !results.hits.isEmpty else { return "" }
        let rows = results.hits.map { hit in
            (value: Self.display(hit), qualifier: hit.qualifier?.rawValue ?? "", unit: Self.cut(hit.unit ?? "—", Self.unitWidth),
             title: Self.cut(hit.title, Self.titleWidth), date: hit.date ?? "—")
        }
        let valueWidth = max(5, rows.map(\.value.count).max() ?? 0)
        let qualifierWidth = max(9, rows.map(\.qualifier.count).max() ?? 0)
        let unitWidth = max(13, rows.map(\.unit.count).max() ?? 0)
        let titleWidth = max(6, rows.map(\.title.count).max() ?? 0)
        var output = Terminal.style(
            Self.padLeft("VALUE", valueWidth) + "  " + Self.pad("QUALIFIER", qualifierWidth) + "  "
                + Self.pad("THING COUNTED", unitWidth) + "  " + Self.pad("SOURCE", titleWidth) + "  DATE", .bold, enabled: colored) + "\n"
        for row in rows {
            output += Terminal.style(Self.padLeft(row.value, valueWidth), .bold, enabled: colored) + "  "
                + Self.pad(row.qualifier, qualifierWidth) + "  " + Self.pad(row.unit, unitWidth) + "  "
                + Terminal.style(Self.pad(row.title, titleWidth), .title, enabled: colored) + "  "
                + Terminal.style(row.date, .dim, enabled: colored) + "\n"
        }
        if results.hits.count < results.total {
            output += Terminal.style("\(results.hits.count) of \(results.total) figures; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    func csv(_ results: FigureResults) -> String {
        var output = "path,title,date,text,value,upper,unit,qualifier,context\r\n"
        for hit in results.hits {
            let fields = [
                hit.path, hit.title, hit.date ?? "", hit.text, Self.plain(hit.value), hit.upper.map(Self.plain) ?? "",
                hit.unit ?? "", hit.qualifier?.rawValue ?? "", hit.context,
            ]
            output += fields.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return output
    }

    func markdown(_ results: FigureResults) -> String {
        guard !results.hits.isEmpty else { return "" }
        var output = "| Số liệu | Đơn vị | Nguyên văn | Nguồn | Ngày |\n| ---: | --- | --- | --- | --- |\n"
        for hit in results.hits {
            let cells = [Self.display(hit), hit.unit ?? "", hit.text, hit.title, hit.date ?? ""]
            output += "| " + cells.map(Self.markdownCell).joined(separator: " | ") + " |\n"
        }
        return output
    }

    struct JSONDocument: Encodable {
        struct Entry: Encodable {
            var path: String
            var title: String
            @JSONNullable var date: String?
            var text: String
            var value: Double
            @JSONNullable var upper: Double?
            @JSONNullable var unit: String?
            @JSONNullable var qualifier: String?
            @JSONNullable var direction: String?
            var context: String
        }
        var figures: [Entry]
        var total: Int
    }

    func json(_ results: FigureResults) throws -> String {
        try JSONOutput.encode(JSONDocument(
            figures: results.hits.map { hit in
                JSONDocument.Entry(
                    path: hit.path, title: hit.title, date: hit.date, text: hit.text, value: hit.value, upper: hit.upper,
                    unit: hit.unit, qualifier: hit.qualifier?.rawValue, direction: hit.direction?.rawValue, context: hit.context)
            },
            total: results.total))
    }

    // MARK: - Formatting

    /// The value as Vietnamese writes it, a range as `3–5`: 2.000, 170.000.000, 1,5.
    static func display(_ hit: FigureHit) -> String {
        vietnamese(hit.value) + (hit.upper.map { "–" + vietnamese($0) } ?? "")
    }

    static func vietnamese(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e18 else { return plain(value) }
        let rounded = (value * 100).rounded() / 100
        let whole = Int64(rounded.rounded(.towardZero))
        var digits = String(abs(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = abs(rounded - Double(whole))
        if fraction >= 0.005 {
            var decimals = String(format: "%.2f", fraction).dropFirst(2)
            while decimals.last == "0" { decimals = decimals.dropLast() }
            grouped += "," + decimals
        }
        return (whole < 0 || (whole == 0 && rounded < 0) ? "-" : "") + grouped
    }

    /// A machine-readable number: 2000, 1500000000, 1.5.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e18 { return String(Int64(value)) }
        return String(value)
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownCell(_ text: String) -> String {
        String(text.replacingNewlines()).replacingOccurrences(of: "|", with: "\\|")
    }

    static func cut(_ text: String, _ width: Int) -> String {
        let single = text.replacingNewlines()
        return single.count <= width ? single : String(single.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
