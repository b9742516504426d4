/// Lines of text laid out on a page (a PDF's, a scan's) joined back where the layout broke them:
/// a sentence that goes on in lower case on the next line, and a word or a document number cut
/// after a hyphen at the line end ("Số: 12/2024/TTLT-BLĐTBXH-" + "BTC" → "…-BLĐTBXH-BTC").
public enum WrappedLines {
    /// `lines` (blank ones dropped) with wrapped ones joined.
    public static func join(_ lines: [String]) -> [String] {
        var joined: [String] = []
        for line in lines {
            let trimmed = line.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            if let previous = joined.last, let glue = glue(previous, trimmed) {
                joined[joined.count - 1] = previous + glue + trimmed
            } else {
                joined.append(trimmed)
            }
        }
        return joined
    }

    /// What goes between two lines that are one: "" after a hyphen that cuts a word or a number,
    /// " " in a sentence that goes on; nil when the next line starts something of its own.
    static func glue(_ previous: String, _ next: String) -> String? {
        guard let last = previous.last, let first = next.first else { return nil }
        if last == "-" || last == "‐" {
            let beforeHyphen = previous.dropLast().last
            guard let beforeHyphen, beforeHyphen != " " else { return " " }  // "Bộ Lao động -" / "Thương binh"
            // A number's issuers ("TTLT-BLĐTBXH-" / "BTC") or a word cut in two.
            return first.isLetter || first.isNumber ? "" : nil
        }
        if ".:;!?…".contains(last) { return nil }
        guard first.isLowercase else { return nil }
        // A clause of a list ("a)", "b)") starts a line of its own.
        if next.count >= 2, next.dropFirst().first == ")" { return nil }
        return " "
    }
}
