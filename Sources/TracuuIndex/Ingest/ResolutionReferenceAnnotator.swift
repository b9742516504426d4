import GRDB
import VietText

/// Stores every resolution reference a document makes (`ResolutionReferenceExtractor`)
/// in `resolution_references`, one row per mention; a document's mention of its
/// own number is left out. Rows go with their document (`ON DELETE CASCADE`).
struct ResolutionReferenceAnnotator: DocumentAnnotator {
    static let table = "resolution_references"

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
