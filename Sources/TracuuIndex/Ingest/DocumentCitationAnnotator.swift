import GRDB
import VietText

/// Stores every document number a document cites (`DocumentNumberExtractor`, and laws
/// cited by name through `NamedLawReader`) in `resolution_references`, one row per mention
/// with how the document cites it (`DocumentRelationReader`: `relation`, `scope`); a
/// document's mention of its own number is left out. Rows go with their document (`ON DELETE CASCADE`).
struct DocumentCitationAnnotator: DocumentAnnotator {
    static let table = "resolution_references"

    func annotate(_ document: Document, fullText text: String) -> StoreAnnotation? {
        var references = DocumentNumberExtractor().references(in: text)
        references += NamedLawReader().references(in: text, numbered: references)
        guard !references.isEmpty else { return nil }
        references.sort { $0.start < $1.start }
        let relations = DocumentRelationReader(consolidated: document.kind == DocumentType.code("VBHN")?.kind, ownNumber: document.number)
            .relations(of: references, in: text)
        let cited = zip(references, relations).filter { $0.0.id != document.number }
        guard !cited.isEmpty else { return nil }
        return { id, db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO resolution_references(
                    document, canonical, type, issuer, number, year, surface, start, "end", issued, type_word, body, title, weak,
                    relation, scope, term)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (reference, relation) in cited {
                try insert.execute(arguments: [
                    id, reference.id, reference.type.code, reference.issuer, reference.number, reference.year, reference.surface,
                    reference.start, reference.end, reference.issued, reference.typeWord, reference.issuingBody, reference.title,
                    reference.isWeak, relation.relation.rawValue, relation.scope, reference.term,
                ])
            }
        }
    }
}
