import GRDB
import VietText

extension Document {
    /// `fullText(title:lead:body:)` of a row with `title`, `lead` and `body` columns.
    static func fullText(of row: Row) -> String { fullText(title: row["title"], lead: row["lead"], body: row["body"]) }
}
