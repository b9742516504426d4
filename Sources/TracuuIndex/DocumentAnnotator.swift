import GRDB

/// Something derived from each document at index time and stored beside it
/// (resolution references, figures, abbreviation definitions). Its rows
/// reference `documents(id)` with `ON DELETE CASCADE`, so re-indexing or
/// deleting a file clears them with the document.
protocol DocumentAnnotator: Sendable {
    /// Creates its tables in a new index.
    func createTables(_ db: Database) throws
    /// Stores what it finds in one newly inserted document.
    func annotate(_ document: Document, id: Int64, _ db: Database) throws
}

/// The annotators every index runs, in order.
enum DocumentAnnotators {
    static let all: [any DocumentAnnotator] = [FigureAnnotator()]
}
