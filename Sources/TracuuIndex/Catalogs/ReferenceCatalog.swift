import GRDB
import VietText

/// Reads the references stored by `ResolutionReferenceAnnotator`: the list
/// behind `tracuu refs` and one reference with its citing documents.
public struct ReferenceCatalog {
    let database: IndexDatabase
    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Every cited number, filtered by type (`NQ`, `qd`) and issuer (`TW`), ordered.
    public func summaries(order: ReferenceOrder = .count, type: String? = nil, issuer: String? = nil, includeWeak: Bool = false) throws -> [ReferenceSummary] {
        var conditions = includeWeak ? ["1"] : ["weak = 0"]
        var arguments: [DatabaseValueConvertible?] = []
        if let type {
            conditions.append("type = ?")
            arguments.append(DocumentType.symbol(type)?.code ?? type)
        }
        if let issuer {
            conditions.append("(issuer = ? OR issuer LIKE ? || '-%')")
            let canonical = ReferenceIssuer.canonical(issuer)
            arguments.append(contentsOf: [canonical, canonical])
        }
        let orderSQL = switch order {
        case .count: "documents DESC, mentions DESC, canonical"
        case .date: "date IS NULL, date DESC, canonical"
        case .id: "canonical"
        }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT canonical, min(type) AS type, min(issuer) AS issuer, max(weak) AS weak,
                       count(DISTINCT document) AS documents, count(*) AS mentions,
                       coalesce((SELECT issued FROM resolution_references i
                                 WHERE i.canonical = r.canonical AND i.issued IS NOT NULL
                                 GROUP BY issued ORDER BY count(*) DESC, issued LIMIT 1),
                                (SELECT date FROM documents d WHERE d.number = r.canonical LIMIT 1)) AS date,
                       (SELECT id FROM documents d WHERE d.number = r.canonical ORDER BY id LIMIT 1) AS cited
                FROM resolution_references r
                WHERE \(conditions.joined(separator: " AND "))
                GROUP BY canonical
                ORDER BY \(orderSQL)
                """, arguments: StatementArguments(arguments)).map(Self.summary)
        }
    }

    /// One reference by any spelling, or nil when `text` is not a document number.
    public func lookup(_ text: String) throws -> ReferenceLookup? {
        let trimmed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return try read { db in
            var canonical = ResolutionReference.canonicalID(trimmed)
            if canonical == nil,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM resolution_references WHERE canonical = ? LIMIT 1", arguments: [trimmed]) == true {
                canonical = trimmed
            }
            guard let canonical else { return nil }
            let row = try Row.fetchOne(db, sql: """
                SELECT ? AS canonical, min(type) AS type, min(issuer) AS issuer, max(weak) AS weak,
                       count(DISTINCT document) AS documents, count(*) AS mentions,
                       coalesce((SELECT issued FROM resolution_references i
                                 WHERE i.canonical = ?1 AND i.issued IS NOT NULL
                                 GROUP BY issued ORDER BY count(*) DESC, issued LIMIT 1),
                                (SELECT date FROM documents d WHERE d.number = ?1 LIMIT 1)) AS date,
                       (SELECT id FROM documents d WHERE d.number = ?1 ORDER BY id LIMIT 1) AS cited
                FROM resolution_references WHERE canonical = ?1
                """, arguments: [canonical])
            var summary = row.map(Self.summary) ?? ReferenceSummary(id: canonical, type: "", issuer: nil, date: nil, documents: 0, mentions: 0, isWeak: false)
            if summary.mentions == 0 || summary.type.isEmpty, let parsed = ResolutionReferenceExtractor.parseWhole(canonical) {
                summary.type = parsed.type.code
                summary.issuer = parsed.issuer
            }
            let document = try summary.citedDocumentID.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT id, path, title, lead, body, date, source, url, kind, number, hash FROM documents WHERE id = ?", arguments: [id])
            }.map(StoredDocument.init(row:))
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.document, d.path, d.title, d.lead, d.body, d.date, r.surface, min(r.start) AS start, r."end", count(*) AS mentions
                FROM resolution_references r JOIN documents d ON d.id = r.document
                WHERE r.canonical = ?
                GROUP BY r.document
                ORDER BY d.date IS NULL, d.date DESC, d.path
                """, arguments: [canonical])
            let citations = rows.map { row -> ReferenceCitation in
                let text = Document.fullText(of: row)
                return ReferenceCitation(
                    documentID: row["document"], path: row["path"], title: row["title"], date: row["date"], surface: row["surface"],
                    context: Self.context(text, start: row["start"], end: row["end"]), mentions: row["mentions"])
            }
            return ReferenceLookup(reference: summary, document: document, citations: citations)
        }
    }

    /// The sentence around bytes `start..<end` of `text` (`SentenceFinder`), the mention highlighted.
    static func context(_ text: String, start: Int, end: Int) -> HighlightedText {
        guard start >= 0, start <= end, end <= text.utf8.count else { return HighlightedText(text: "", highlights: []) }
        let context = SentenceFinder.context(in: text, around: start..<end)
        return HighlightedText(text: context.text, highlights: [context.span])
    }

    static func summary(_ row: Row) -> ReferenceSummary {
        ReferenceSummary(
            id: row["canonical"], type: row["type"] ?? "", issuer: row["issuer"], date: row["date"], documents: row["documents"],
            mentions: row["mentions"], isWeak: (row["weak"] as Int?) == 1, citedDocumentID: row["cited"])
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.query { db in
            guard try db.hasTable(ResolutionReferenceAnnotator.table) else {
                throw SearchError.failed("this index was built before references were stored; run `tracuu index --rebuild`")
            }
            return try body(db)
        }
    }
}
