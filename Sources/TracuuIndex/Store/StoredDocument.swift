import GRDB
import VietText

/// A document as read back from the index, with its id and content hash.
public struct StoredDocument: Sendable, Codable, Equatable {
    public var id: Int64
    public var document: Document
    public var hash: String

    init(row: Row) {
        id = row["id"]
        hash = row["hash"]
        document = Document(
            path: row["path"], title: row["title"], lead: row["lead"], body: row["body"], date: row["date"],
            source: row["source"], url: row["url"], kind: row["kind"], number: row["number"])
    }
}
