import Foundation

/// Dates as tracuu stores and filters them: `YYYY-MM-DD`.
public enum DocumentDate {
    /// `2021-06-12`, `12/6/2021` or `12-06-2021` → `2021-06-12`; nil when it is none of these.
    public static func normalize(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { "-/.".contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            if trimmed.count > 10, let prefix = normalize(String(trimmed.prefix(10))) { return prefix }
            return nil
        }
        guard parts[0].count == 4 || parts[2].count == 4 else { return nil }  // 12/6/21 is ambiguous, not year 21
        let numbers = parts.map { Int($0)! }
        let (year, month, day) = parts[0].count == 4 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        guard day >= 1, day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Longest line read as a date line: a dateline, not a sentence that mentions a date.
    static let longestDateLine = 72
    /// Words of a date line besides a place or a label: "Thứ Hai, ngày 12 tháng 6 năm 2017 lúc 08:30 GMT+7".
    static let dateWords: Set<String> = ["ngày", "tháng", "năm", "lúc", "thứ", "chủ", "nhật", "gmt", "sáng", "chiều", "tối", "giờ", "h"]

    /// The date of a short date line near the top of an article or under a headline:
    /// "Thứ Hai, 12/06/2017 08:30", "12-6-2017", "08:36 ngày 14/03/2016", "05/03/2014 | 00:01",
    /// "Hà Nội, ngày 12 tháng 6 năm 2017", "Cập nhật: 2017-06-12" → `2017-06-12`; nil for any other line.
    public static func inDateLine(_ line: String) -> String? {
        guard line.utf8.count <= longestDateLine * 2, line.count <= longestDateLine else { return nil }
        let words = line.split(whereSeparator: { !$0.isLetter }).filter { !dateWords.contains($0.lowercased()) }
        guard words.count <= 5 else { return nil }  // a caption or a sentence that mentions a date
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let previous = index > line.startIndex ? line[line.index(before: index)] : " "
            if character.isASCII, character.isNumber, !(previous.isASCII && previous.isNumber) {
                let run = line[index...].prefix { $0.isASCII && ($0.isNumber || "/-.".contains($0)) }
                let after = line.index(index, offsetBy: run.count)
                let token = run.last.map { "/-.".contains($0) } == true ? run.dropLast() : run
                if token.filter({ "/-.".contains($0) }).count == 2, after == line.endIndex || !line[after].isLetter,
                   let date = normalize(String(token)), isPlausible(date) {
                    return date
                }
                index = after
                continue
            }
            if character == "n" || character == "N", line[index...].lowercased().hasPrefix("ngày ") {
                var rest = line[index...]
                if let date = DocumentNumberScanner.readDate(&rest) { return date }
            }
            index = line.index(after: index)
        }
        return nil
    }

    private static func isPlausible(_ date: String) -> Bool {
        guard let year = Int(date.prefix(4)) else { return false }
        return (1945...2100).contains(year)
    }
}
