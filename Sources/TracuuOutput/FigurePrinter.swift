import Foundation
import TracuuIndex
import VietText

/// Renders figures as an aligned table for people (each row with its sentence under it),
/// CSV for Excel and LibreOffice, a markdown table for briefings, or JSON for scripts;
/// and their summary by unit in the same four forms.
public struct FigurePrinter {
    public var colored: Bool

    public init(colored: Bool) { self.colored = colored }

    static let unitWidth = 30
    static let titleWidth = 48

    // MARK: - Figures

    /// One row per figure (value, qualifier, change, unit, source, date) with its sentence under it,
    /// and a last line when the limit left figures out; empty without a figure.
    public func table(_ results: FigureResults) -> String {
        guard !results.hits.isEmpty else { return "" }
        let rows = results.hits.map { hit in
            [Self.display(hit), hit.qualifier?.rawValue ?? "", hit.direction?.rawValue ?? "", Self.cut(hit.unit ?? "—", Self.unitWidth),
             Self.cut(hit.title, Self.titleWidth), hit.date ?? "—"]
        }
        let widths = Self.widths(["VALUE", "QUALIFIER", "CHANGE", "THING COUNTED", "SOURCE", "DATE"], rows)
        var output = Terminal.style(Self.line(["VALUE", "QUALIFIER", "CHANGE", "THING COUNTED", "SOURCE", "DATE"], widths, rightAligned: 0...0), .bold, enabled: colored) + "\n"
        for (row, hit) in zip(rows, results.hits) {
            output += Terminal.style(Self.padLeft(row[0], widths[0]), .bold, enabled: colored) + "  "
                + Self.pad(row[1], widths[1]) + "  " + Self.pad(row[2], widths[2]) + "  " + Self.pad(row[3], widths[3]) + "  "
                + Terminal.style(Self.pad(row[4], widths[4]), .title, enabled: colored) + "  "
                + Terminal.style(row[5], .dim, enabled: colored) + "\n"
            output += "    " + highlighted(hit) + "\n"
        }
        if results.hits.count < results.total {
            output += Terminal.style("\(results.hits.count) of \(results.total) figures; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    /// The figure's sentence on one line, the figure in the match colour when colours are on.
    public func highlighted(_ hit: FigureHit) -> String {
        let context = hit.context.replacingNewlines()
        guard colored, let range = hit.highlight else { return context }
        let parts = Self.split(hit.context, range)
        return (parts.before + Terminal.style(parts.figure, .match, enabled: true) + parts.after).replacingNewlines()
    }

    static let csvHeader = ["Số liệu", "Cận trên", "Đơn vị", "Hạn định", "Biến động", "Nguyên văn", "Câu trích", "Nguồn", "Ngày", "Tệp"]

    /// UTF-8 with a byte order mark, so that Excel and LibreOffice open it as UTF-8 on a double-click.
    public func csv(_ results: FigureResults) -> String {
        var output = Self.byteOrderMark + Self.csvRow(Self.csvHeader)
        for hit in results.hits { output += Self.csvRow(Self.cells(hit).map(Self.csvText)) }
        return output
    }

    /// The rows of `csv` as an Excel workbook, numbers as numbers.
    public func workbook(_ results: FigureResults) -> Workbook {
        Workbook(sheet: "Số liệu", rows: [Self.csvHeader.map(Workbook.Cell.text)] + results.hits.map(Self.cells),
                 widths: [18, 12, 24, 10, 10, 28, 90, 40, 12, 30])
    }

    /// One figure's columns under `csvHeader`.
    static func cells(_ hit: FigureHit) -> [Workbook.Cell] {
        [
            .number(hit.value), hit.upper.map(Workbook.Cell.number) ?? .empty, .text(hit.unit ?? ""), .text(vietnamese(hit.qualifier)),
            .text(vietnamese(hit.direction)), .text(hit.text), .text(hit.context), .text(hit.title), .text(hit.date ?? ""), .text(hit.path),
        ]
    }

    static func csvText(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .text(let text): return text
        case .number(let value): return plain(value)
        case .empty: return ""
        }
    }

    /// A Markdown table with Vietnamese headers, for pasting into a briefing; empty without a figure.
    public func markdown(_ results: FigureResults) -> String {
        guard !results.hits.isEmpty else { return "" }
        var output = "| Số liệu | Đơn vị | Biến động | Nguyên văn | Câu trích | Nguồn | Ngày |\n| ---: | --- | --- | --- | --- | --- | --- |\n"
        for hit in results.hits {
            let quote: String
            if let range = hit.highlight {
                let parts = Self.split(hit.context, range)
                quote = Self.markdownText(parts.before) + "**" + Self.markdownText(parts.figure) + "**" + Self.markdownText(parts.after)
            } else {
                quote = Self.markdownText(hit.context)
            }
            let cells = [
                Self.markdownText(Self.display(hit)), Self.markdownText(hit.unit ?? ""), Self.vietnamese(hit.direction),
                Self.markdownText(hit.text), quote, Self.markdownText(hit.title), hit.date ?? "",
            ]
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output
    }

    struct JSONDocument: Encodable {
        var figures: [JSONFigure]
        var total: Int
        @JSONNullable var query: String?
        /// How many documents the query found (figures or not); null without a query.
        @JSONNullable var documents: Int?
        var relaxed: Bool
        var expansions: [AbbreviationExpansion]
        @JSONNullable var reading: String?
        @JSONNullable var otherReading: String?
        @JSONNullable var suggestion: String?
        var corrected: Bool

        init(_ results: FigureResults) {
            figures = results.hits.map(JSONFigure.init)
            total = results.total
            query = results.query
            let searched = results.searched
            documents = searched?.total
            relaxed = searched?.relaxed ?? false
            expansions = searched?.expansions ?? []
            reading = searched.flatMap { $0.keystrokeReading ?? $0.reading }
            otherReading = searched?.otherReading
            suggestion = searched?.suggestion
            corrected = searched?.showsSuggestion ?? false
        }
    }

    struct JSONFigure: Encodable {
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
        /// `[start, end)` character offsets of `text` in `context`.
        @JSONNullable var highlight: [Int]?

        init(_ hit: FigureHit) {
            path = hit.path
            title = hit.title
            date = hit.date
            text = hit.text
            value = hit.value
            upper = hit.upper
            unit = hit.unit
            qualifier = hit.qualifier?.rawValue
            direction = hit.direction?.rawValue
            context = hit.context
            highlight = hit.highlight.map { range in
                let parts = FigurePrinter.split(hit.context, range)
                return [parts.before.count, parts.before.count + parts.figure.count]
            }
        }
    }

    /// `tracuu figures --json`: the figures with their sentences, the total and how the query was read.
    public func json(_ results: FigureResults) throws -> String {
        try JSONOutput.encode(JSONDocument(results))
    }

    struct JSONCount: Encodable {
        @JSONNullable var query: String?
        var total: Int
    }

    /// How many figures match, as a bare number or as `{"query": …, "total": …}`.
    public func count(_ results: FigureResults, json: Bool) throws -> String {
        json ? try JSONOutput.encode(JSONCount(query: results.query, total: results.total)) : "\(results.total)\n"
    }

    // MARK: - Summary

    /// One row per unit (and change): how many figures and documents, smallest, median and largest
    /// value, the most recent figure; `limit` units at most (0: all), and a line when some are left out.
    public func summaryTable(_ summary: FigureSummary, limit: Int) -> String {
        let groups = Self.shown(summary, limit: limit)
        guard !groups.isEmpty else { return "" }
        let header = ["THING COUNTED", "CHANGE", "FIGURES", "DOCUMENTS", "SMALLEST", "MEDIAN", "LARGEST", "MOST RECENT", "SOURCE", "DATE"]
        let rows = groups.map { group in
            [Self.cut(group.unit ?? "—", Self.unitWidth), group.direction?.rawValue ?? "", String(group.count), String(group.documents),
             Self.vietnamese(group.smallest), Self.vietnamese(group.median), Self.vietnamese(group.largest), Self.display(group.latest),
             Self.cut(group.latest.title, Self.titleWidth), group.latest.date ?? "—"]
        }
        let widths = Self.widths(header, rows)
        var output = Terminal.style(Self.line(header, widths, rightAligned: 2...7), .bold, enabled: colored) + "\n"
        for row in rows {
            var cells = row
            cells[8] = Terminal.style(Self.pad(row[8], widths[8]), .title, enabled: colored)
            output += Self.line(cells, widths, rightAligned: 2...7, padded: 0..<8) + "\n"
        }
        if groups.count < summary.groups.count {
            output += Terminal.style("\(groups.count) of \(summary.groups.count) units; --limit 0 shows all\n", .dim, enabled: colored)
        }
        return output
    }

    static let summaryHeader = ["Đơn vị", "Biến động", "Số số liệu", "Số văn bản", "Nhỏ nhất", "Trung vị", "Lớn nhất", "Gần đây nhất", "Câu trích", "Nguồn", "Ngày", "Tệp"]

    /// The summary as CSV under Vietnamese headers (`summaryHeader`), with a byte order mark as `csv`.
    public func summaryCSV(_ summary: FigureSummary, limit: Int) -> String {
        var output = Self.byteOrderMark + Self.csvRow(Self.summaryHeader)
        for group in Self.shown(summary, limit: limit) { output += Self.csvRow(Self.cells(group).map(Self.csvText)) }
        return output
    }

    /// The rows of `summaryCSV` as an Excel workbook.
    public func summaryWorkbook(_ summary: FigureSummary, limit: Int) -> Workbook {
        Workbook(sheet: "Tổng hợp", rows: [Self.summaryHeader.map(Workbook.Cell.text)] + Self.shown(summary, limit: limit).map(Self.cells),
                 widths: [24, 10, 12, 12, 18, 18, 18, 18, 90, 40, 12, 30])
    }

    /// One group's columns under `summaryHeader`.
    static func cells(_ group: FigureSummary.Group) -> [Workbook.Cell] {
        [
            .text(group.unit ?? ""), .text(vietnamese(group.direction)), .number(Double(group.count)), .number(Double(group.documents)),
            .number(group.smallest), .number(group.median), .number(group.largest), .number(group.latest.value), .text(group.latest.context),
            .text(group.latest.title), .text(group.latest.date ?? ""), .text(group.latest.path),
        ]
    }

    /// The summary as a Markdown table with Vietnamese headers; empty without a figure.
    public func summaryMarkdown(_ summary: FigureSummary, limit: Int) -> String {
        let groups = Self.shown(summary, limit: limit)
        guard !groups.isEmpty else { return "" }
        var output = "| Đơn vị | Biến động | Số số liệu | Số văn bản | Nhỏ nhất | Trung vị | Lớn nhất | Gần đây nhất | Nguồn | Ngày |\n"
            + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n"
        for group in groups {
            let cells = [
                Self.markdownText(group.unit ?? ""), Self.vietnamese(group.direction), String(group.count), String(group.documents),
                Self.vietnamese(group.smallest), Self.vietnamese(group.median), Self.vietnamese(group.largest),
                Self.markdownText(Self.display(group.latest)), Self.markdownText(group.latest.title), group.latest.date ?? "",
            ]
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output
    }

    struct JSONSummary: Encodable {
        struct Unit: Encodable {
            @JSONNullable var unit: String?
            @JSONNullable var direction: String?
            var count: Int
            var documents: Int
            var smallest: Double
            var median: Double
            var largest: Double
            var latest: JSONFigure
        }
        @JSONNullable var query: String?
        var total: Int
        var units: [Unit]
    }

    /// `tracuu figures --summary --json`: one entry per unit and change.
    public func summaryJSON(_ summary: FigureSummary, limit: Int) throws -> String {
        try JSONOutput.encode(JSONSummary(
            query: summary.query, total: summary.total,
            units: Self.shown(summary, limit: limit).map { group in
                JSONSummary.Unit(
                    unit: group.unit, direction: group.direction?.rawValue, count: group.count, documents: group.documents,
                    smallest: group.smallest, median: group.median, largest: group.largest, latest: JSONFigure(group.latest))
            }))
    }

    private static func shown(_ summary: FigureSummary, limit: Int) -> ArraySlice<FigureSummary.Group> {
        limit > 0 ? summary.groups.prefix(limit) : summary.groups[...]
    }

    // MARK: - Formatting

    /// The value as Vietnamese writes it, a range as `3–5`: 2.000, 170.000.000, 1,5, -14,8.
    public static func display(_ hit: FigureHit) -> String {
        vietnamese(hit.value) + (hit.upper.map { "–" + vietnamese($0) } ?? "")
    }

    /// A number as Vietnamese writes it, rounded to two decimals: `12700000` → `12.700.000`,
    /// `-14.8` → `-14,8`, `1.5` → `1,5`.
    public static func vietnamese(_ value: Double) -> String {
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

    /// The qualifier as Vietnamese writes it for a briefing: hơn, dưới, gần, khoảng, lên tới, tối đa, ít nhất, từ … đến.
    public static func vietnamese(_ qualifier: FigureQualifier?) -> String {
        switch qualifier {
        case nil: return ""
        case .moreThan: return "hơn"
        case .lessThan: return "dưới"
        case .almost: return "gần"
        case .about: return "khoảng"
        case .upTo: return "lên tới"
        case .atMost: return "tối đa"
        case .atLeast: return "ít nhất"
        case .between: return "từ … đến"
        }
    }

    /// The change as Vietnamese writes it: tăng, giảm; empty for a level.
    public static func vietnamese(_ direction: FigureDirection?) -> String {
        switch direction {
        case nil: return ""
        case .increase: return "tăng"
        case .decrease: return "giảm"
        }
    }

    /// A machine-readable number: 2000, 1500000000, 1.5, -14.8.
    public static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e18 { return String(Int64(value)) }
        return String(value)
    }

    static let byteOrderMark = "\u{FEFF}"

    static func csvRow(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text for a markdown table cell: one line, `|` and `*` escaped.
    static func markdownText(_ text: String) -> String {
        String(text.replacingNewlines()).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }

    /// `context` before, at and after `range` (UTF-8 offsets on character boundaries).
    public static func split(_ context: String, _ range: Range<Int>) -> (before: String, figure: String, after: String) {
        let utf8 = Array(context.utf8)
        return (String(decoding: utf8[..<range.lowerBound], as: UTF8.self),
                String(decoding: utf8[range], as: UTF8.self),
                String(decoding: utf8[range.upperBound...], as: UTF8.self))
    }

    static func cut(_ text: String, _ width: Int) -> String {
        let single = text.replacingNewlines()
        return single.count <= width ? single : String(single.prefix(width - 1)) + "…"
    }

    static func widths(_ header: [String], _ rows: [[String]]) -> [Int] {
        header.indices.map { column in max(header[column].count, rows.map { $0[column].count }.max() ?? 0) }
    }

    /// Cells padded to `widths` (right-aligned in `rightAligned`), two spaces apart, the last unpadded;
    /// only the cells in `padded` are padded when some are already styled.
    static func line(_ cells: [String], _ widths: [Int], rightAligned: ClosedRange<Int>? = nil, padded: Range<Int>? = nil) -> String {
        cells.indices.map { column in
            let cell = cells[column]
            guard column < cells.count - 1, padded?.contains(column) ?? true else { return cell }
            return rightAligned?.contains(column) == true ? padLeft(cell, widths[column]) : pad(cell, widths[column])
        }.joined(separator: "  ")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
