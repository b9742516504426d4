import Foundation

/// The fields of a query string as a browser's form sends them: `+` is a space,
/// `%C4%91` is `đ`; `q=cong+doan&since=2017-01-01` → q = "cong doan".
struct FormParameters: Sendable {
    private var values: [String: String] = [:]

    init(query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The field, nil when absent or only spaces.
    subscript(_ name: String) -> String? {
        guard let value = values[name], !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }

    /// `1`, `on`, `true` (a ticked checkbox sends `on`).
    func flag(_ name: String) -> Bool {
        ["1", "on", "true"].contains(self[name]?.lowercased() ?? "")
    }

    /// A whole number, or a `WebError` naming the field.
    func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = self[name] else { return fallback }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw WebError(.badRequest, .badWholeNumber(field: name, range: range))
        }
        return value
    }

    /// A finite decimal number (`1000000`, `2.5`), or a `WebError` naming the field.
    func number(_ name: String) throws -> Double? {
        guard let text = self[name] else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw WebError(.badRequest, .badNumber(field: name))
        }
        return value
    }
}
