import GRDB
import VietText

/// Something derived from each document at index time and stored beside it
/// (cited document numbers, figures, abbreviation definitions). Reading the
/// document runs on one of the indexing pipeline's analysis workers; the closure it
/// returns stores the result on the writer, once the document has its id.
/// Its tables are in `IndexSchema`; rows reference `documents(id)` with `ON DELETE CASCADE`,
/// so re-indexing or deleting a file clears them with the document.
protocol DocumentAnnotator: Sendable {
    /// Reads one document, whose `fullText` is given once for all annotators; returns how to
    /// store what it found, or nil when nothing.
    func annotate(_ document: Document, fullText: String) -> StoreAnnotation?
}

/// Stores one document's annotation, given the document's id, inside the writer's transaction.
typealias StoreAnnotation = @Sendable (_ id: Int64, _ db: Database) throws -> Void
