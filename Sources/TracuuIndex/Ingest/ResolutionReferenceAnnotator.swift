import GRDB
import VietText

/// Stores every resolution reference a document makes (`ResolutionReferenceExtractor`)
/// in `resolution_references`, one row per mention; a document's mention of its
/// own number is left out. Rows go with their document (`ON DELETE CASCADE`).
struct ResolutionReferenceAnnotator: DocumentAnnotator {
    static let table = "resolution_references"

    func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE resolution_references(
                document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                canonical TEXT NOT NULL, type TEXT NOT NULL, issuer TEXT, number INTEGER NOT NULL, year INTEGER,
                surface TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                issued TEXT, type_word TEXT, body TEXT, title TEXT, weak INTEGER NOT NULL);
            """)
    }

    func createIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX resolution_references_canonical ON resolution_references(canonical);
            CREATE INDEX resolution_references_document ON resolution_references(document);
            CREATE INDEX IF NOT EXISTS documents_number ON documents(number);
            """)
    }

    func annotate(_ document: Document) -> StoreAnnotation? {
        let references = ResolutionReferenceExtractor().references(in: document.fullText).filter { $0.id != document.number }
        guard !references.isEmpty else { return nil }
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO resolution_references(
                    document, canonical, type, issuer, number, year, surface, start, "end", issued, type_word, body, title, weak)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for reference in references {
                try insert.execute(arguments: [
                    id, reference.id, reference.type.code, reference.issuer, reference.number, reference.year, reference.surface,
                    reference.start, reference.end, reference.issued, reference.typeWord, reference.issuingBody, reference.title,
                    reference.isWeak,
                ])
            }
        }
    }
}
