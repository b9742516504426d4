import Foundation
import VietText

/// Where a stored figure's sentence is: UTF-8 byte offsets into its document's title,
/// lead and body joined by newlines (`Document.fullText`), and which ends of a long
/// sentence were cut off, shown as "…" (the `figures.context_*` columns).
enum FigureContext {
    static let elidedBefore: Int64 = 1
    static let elidedAfter: Int64 = 2

    /// The `context_elided` value for a context cut before and/or after.
    static func elided(before: Bool, after: Bool) -> Int64 {
        (before ? elidedBefore : 0) | (after ? elidedAfter : 0)
    }

    /// The context as `Figure.sentence` showed it, rebuilt from the document's full text.
    static func text(in fullText: Data, start: Int, end: Int, elided: Int64) -> String {
        let lower = min(max(start, 0), fullText.count), upper = min(max(end, lower), fullText.count)
        let body = String(decoding: fullText[(fullText.startIndex + lower)..<(fullText.startIndex + upper)], as: UTF8.self)
        return (elided & elidedBefore != 0 ? "…" : "") + body + (elided & elidedAfter != 0 ? "…" : "")
    }

    /// Where the figure written `text` at byte `position` of the full text stands in the
    /// context `text(in:start:end:elided:)` made, in UTF-8 bytes of that context.
    static func highlight(position: Int, text: String, context: String, start: Int, elided: Int64) -> Range<Int>? {
        let lower = position - start + (elided & elidedBefore != 0 ? "…".utf8.count : 0)
        let upper = lower + text.utf8.count
        guard lower >= 0, upper <= context.utf8.count else { return nil }
        return lower..<upper
    }

    /// Selects a document's full text as bytes, by id.
    static let fullTextSQL = "SELECT CAST(title || char(10) || lead || char(10) || body AS BLOB) FROM documents WHERE id = ?"
}
