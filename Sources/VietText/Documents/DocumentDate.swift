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
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
