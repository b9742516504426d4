import GRDB
import VietText

/// Stores the abbreviations each document defines ("người lao động (NLĐ)" →
/// `NLĐ` = "người lao động"), found by `AbbreviationLearner` at index time;
/// they become the dictionary's learned senses. Which abbreviations a document
/// uses is in the FTS index itself: words written in capitals get a colocated
/// `IndexTerm.capitalsMarker` term.
struct AbbreviationAnnotator: DocumentAnnotator {
    static let table = "abbreviation_definitions"

    func annotate(_ document: Document, fullText: String) -> StoreAnnotation? {
        var seen: Set<AbbreviationDefinition> = []
        var definitions: [(String, String)] = []
        for text in [document.title, document.lead, document.body] {
            for definition in AbbreviationLearner.definitions(in: text) where seen.insert(definition).inserted {
                definitions.append((Abbreviation.key(definition.abbr), definition.expansion))
            }
        }
        guard !definitions.isEmpty else { return nil }
        let found = definitions
        return { id, db in
            let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(Self.table)(document, abbr, expansion) VALUES (?, ?, ?)")
            for (abbr, expansion) in found { try insert.execute(arguments: [id, abbr, expansion]) }
        }
    }
}
