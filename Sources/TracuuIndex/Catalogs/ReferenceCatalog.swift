import GRDB
import VietText

/// Reads the references stored by `DocumentCitationAnnotator`: the list
/// behind `tracuu refs` and one reference with its citing documents.
public struct ReferenceCatalog {
    let database: IndexDatabase
    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Every cited document, filtered by type (`NQ`, `qd`) and issuer (`TW`), ordered; documents
    /// sharing a number are told apart by `SameNumberGrouping`.
    public func summaries(order: ReferenceOrder = .count, type: String? = nil, issuer: String? = nil, includeWeak: Bool = false) throws -> [ReferenceSummary] {
        try summaries(order: order, type: type, issuer: issuer, includeWeak: includeWeak, number: nil)
    }

    /// The cited documents a type and a bare number may mean ("chỉ thị 05": 05-CT/TW, 05/CT-TTg…), most cited first.
    public func candidates(type: DocumentType, number: Int) throws -> [ReferenceSummary] {
        try summaries(order: .count, type: type.code, issuer: nil, includeWeak: false, number: number)
    }

    private func summaries(order: ReferenceOrder, type: String?, issuer: String?, includeWeak: Bool, number: Int?) throws -> [ReferenceSummary] {
        var conditions = includeWeak ? ["1"] : ["r.weak = 0"]
        var arguments: [DatabaseValueConvertible?] = []
        if let number {
            conditions.append("r.number = ?")
            arguments.append(number)
        }
        if let type {
            conditions.append("r.type = ?")
            arguments.append(DocumentType.symbol(type)?.code ?? type)
        }
        if let issuer {
            conditions.append("(r.issuer = ? OR r.issuer LIKE ? || '-%')")
            let canonical = ReferenceIssuer.canonical(issuer)
            arguments.append(contentsOf: [canonical, canonical])
        }
        var summaries: [ReferenceSummary] = try read { db in
            var indexed: [String: [(id: Int64, date: String?)]] = [:]
            // Through the index on number (`>= ''`, no ORDER BY): only the few numbered documents are read.
            let documents = try Row.fetchCursor(db, sql: "SELECT number, id, date FROM documents WHERE number >= ''")
            while let row = try documents.next() { indexed[row[0], default: []].append((row[1], row[2])) }
            for number in indexed.keys { indexed[number]!.sort { $0.id < $1.id } }
            // The citing documents' dates matter only to numbers that name several documents; reading
            // them for every row would read each citing document's whole row (the body comes first).
            var numbers: [(id: String, type: String, issuer: String?, weak: Bool, mentions: [SameNumberGrouping.Mention])] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT canonical, type, issuer, weak, document, issued, body, title, term
                FROM resolution_references r
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY canonical, document
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let id: String = row[0]
                if numbers.last?.id != id { numbers.append((id, row[1], row[2], (row[3] as Int) == 1, [])) }
                numbers[numbers.count - 1].mentions.append(SameNumberGrouping.Mention(
                    document: row[4], documentDate: nil, issued: row[5], body: row[6], title: row[7], term: row[8]))
            }
            var dates: [Int64: String]?
            var result: [ReferenceSummary] = []
            for var number in numbers {
                if Set(number.mentions.compactMap { $0.issued?.prefix(4) }).count > 1 {
                    if dates == nil {
                        dates = [:]
                        let known = try Row.fetchCursor(db, sql: "SELECT id, date FROM documents WHERE date IS NOT NULL")
                        while let row = try known.next() { dates![row[0]] = row[1] }
                    }
                    for index in number.mentions.indices { number.mentions[index].documentDate = dates?[number.mentions[index].document] }
                }
                result += Self.summaries(
                    id: number.id, type: number.type, issuer: number.issuer, weak: number.weak, mentions: number.mentions,
                    indexed: indexed[number.id] ?? [])
            }
            return result
        }
        summaries.sort { a, b in
            switch order {
            case .count:
                if a.documents != b.documents { return a.documents > b.documents }
                if a.mentions != b.mentions { return a.mentions > b.mentions }
            case .date:
                if (a.date == nil) != (b.date == nil) { return a.date != nil }
                if a.date != b.date { return (a.date ?? "") > (b.date ?? "") }
            case .id:
                break
            }
            return a.id != b.id ? a.id < b.id : a.mentions > b.mentions
        }
        return summaries
    }

    /// The summaries of one number's mentions, one per document they mean.
    static func summaries(
        id: String, type: String, issuer: String?, weak: Bool, mentions: [SameNumberGrouping.Mention], indexed: [(id: Int64, date: String?)]
    ) -> [ReferenceSummary] {
        let grouping = SameNumberGrouping(mentions, party: issuer.map(ReferenceIssuer.isParty) ?? false)
        let holder = Self.groupHolding(indexed.first?.date, grouping.groups)
        return grouping.groups.enumerated().map { slot, group in
            let documents = Set(group.mentions.map { mentions[$0].document }).count
            let cited = slot == holder ? indexed.first : nil
            return ReferenceSummary(
                id: id, type: type, issuer: issuer, date: group.date ?? cited?.date, documents: documents, mentions: group.mentions.count,
                isWeak: weak, citedDocumentID: cited?.id, issuerName: group.issuerName, term: group.term, subject: group.subject)
        }
    }

    /// The group an indexed document with the number belongs to: the one of its year, else the most cited.
    static func groupHolding(_ date: String?, _ groups: [SameNumberGrouping.Group]) -> Int {
        if let year = date.flatMap({ Int($0.prefix(4)) }), let slot = groups.firstIndex(where: { $0.year == year }) { return slot }
        return groups.indices.max { groups[$0].mentions.count < groups[$1].mentions.count } ?? 0
    }

    /// One number by any spelling: an entry per document it names (most cited first), or nil when
    /// `text` is not a document number.
    public func lookup(_ text: String) throws -> [ReferenceLookup]? {
        let trimmed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return try read { db in
            var canonical = DocumentCitation.canonicalID(trimmed)
            if canonical == nil,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM resolution_references WHERE canonical = ? LIMIT 1", arguments: [trimmed]) == true {
                canonical = trimmed
            }
            guard let canonical else { return nil }
            return try lookup(canonical: canonical, db)
        }
    }

    static let relationStrength: [DocumentRelation] = [.consolidates, .amends, .replaces, .repeals, .guides, .basedOn, .cites]

    private func lookup(canonical: String, _ db: Database) throws -> [ReferenceLookup] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.document, r.type, r.issuer, r.weak, r.issued, r.body, r.title, r.term, r.relation, r.scope, r.surface,
                   r.start, r."end", d.path, d.title AS document_title, d.date
            FROM resolution_references r JOIN documents d ON d.id = r.document
            WHERE r.canonical = ? ORDER BY r.document, r.start
            """, arguments: [canonical])
        let indexed = try Row.fetchAll(db, sql: "SELECT id, date FROM documents WHERE number = ? ORDER BY id", arguments: [canonical])
            .map { (id: $0["id"] as Int64, date: $0["date"] as String?) }
        var type = rows.first.map { $0["type"] as String } ?? ""
        var issuer = rows.first?["issuer"] as String?
        if rows.isEmpty, let parsed = DocumentNumberExtractor.parseWhole(canonical) {
            type = parsed.type.code
            issuer = parsed.issuer
        }
        let mentions = rows.map {
            SameNumberGrouping.Mention(document: $0["document"], documentDate: $0["date"], issued: $0["issued"], body: $0["body"], title: $0["title"], term: $0["term"])
        }
        let grouping = SameNumberGrouping(mentions, party: issuer.map(ReferenceIssuer.isParty) ?? false)
        let summaries = Self.summaries(id: canonical, type: type, issuer: issuer, weak: rows.first.map { ($0["weak"] as Int) == 1 } ?? false,
                                       mentions: mentions, indexed: indexed)
        var texts: [Int64: String] = [:]
        var lookups: [ReferenceLookup] = []
        for (slot, group) in grouping.groups.enumerated() {
            var byDocument: [Int64: [Int]] = [:]
            var order: [Int64] = []
            for index in group.mentions {
                let document: Int64 = rows[index]["document"]
                if byDocument[document] == nil { order.append(document) }
                byDocument[document, default: []].append(index)
            }
            var citations: [ReferenceCitation] = []
            for document in order {
                let indices = byDocument[document]!.sorted()
                let relationOf = { (index: Int) in DocumentRelation(rawValue: rows[index]["relation"]) ?? .cites }
                let rank = { (index: Int) in 2 * Self.relationStrength.firstIndex(of: relationOf(index))! + (rows[index]["scope"] as String? == nil ? 1 : 0) }
                let chosen = indices.min { rank($0) < rank($1) }!
                let row = rows[chosen]
                let text = try texts[document] ?? {
                    let full = try Row.fetchOne(db, sql: "SELECT title, lead, body FROM documents WHERE id = ?", arguments: [document]).map(Document.fullText(of:)) ?? ""
                    texts[document] = full
                    return full
                }()
                citations.append(ReferenceCitation(
                    documentID: document, path: row["path"], title: row["document_title"], date: row["date"], surface: row["surface"],
                    context: Self.context(text, start: row["start"], end: row["end"]), mentions: indices.count,
                    relation: relationOf(chosen), scope: row["scope"], matchedBy: grouping.matchedBy[chosen]))
            }
            citations.sort { a, b in
                if (a.date == nil) != (b.date == nil) { return a.date != nil }
                return a.date != b.date ? (a.date ?? "") > (b.date ?? "") : a.path < b.path
            }
            let summary = summaries[slot]
            let document = try summary.citedDocumentID.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT id, path, title, lead, body, date, source, url, kind, number, hash FROM documents WHERE id = ?", arguments: [id])
            }.map(StoredDocument.init(row:))
            let outgoing = try summary.citedDocumentID.map { try self.links(ofDocument: $0, db) } ?? []
            lookups.append(ReferenceLookup(
                reference: summary, document: document, citations: citations, links: outgoing,
                mentionDates: group.mentions.map { rows[$0]["date"] }))
        }
        return lookups.sorted { $0.reference.mentions > $1.reference.mentions }
    }

    /// How document `id` cites each number it mentions: one link per target, relation and scope; a
    /// target with a typed relation is not also listed as `cites`, nor a relation with a scope also without.
    public func links(ofDocument id: Int64) throws -> [DocumentLink] {
        try read { db in try links(ofDocument: id, db) }
    }

    private func links(ofDocument id: Int64, _ db: Database) throws -> [DocumentLink] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT canonical, relation, scope, min(start) AS first FROM resolution_references
            WHERE document = ? AND weak = 0 GROUP BY canonical, relation, scope ORDER BY first
            """, arguments: [id])
        let found = rows.compactMap { row -> DocumentLink? in
            guard let relation = DocumentRelation(rawValue: row["relation"]) else { return nil }
            return DocumentLink(target: row["canonical"], relation: relation, scope: row["scope"])
        }
        var firstMention: [String: Int] = [:]
        for (index, row) in rows.enumerated() where firstMention[row["canonical"]] == nil { firstMention[row["canonical"]] = index }
        let links = found.enumerated().sorted { (firstMention[$0.element.target] ?? 0, $0.offset) < (firstMention[$1.element.target] ?? 0, $1.offset) }.map(\.element)
        let typed = Set(links.filter { $0.relation.isTyped }.map(\.target))
        let scoped = Set(links.filter { $0.scope != nil }.map { "\($0.target) \($0.relation.rawValue)" })
        var seen: Set<String> = []
        return links.filter { link in
            if link.relation == .cites, typed.contains(link.target) { return false }
            if link.scope == nil, scoped.contains("\(link.target) \(link.relation.rawValue)") { return false }
            return seen.insert("\(link.target) \(link.relation.rawValue) \(link.scope ?? "")").inserted
        }
    }

    /// The sentence around bytes `start..<end` of `text` (`SentenceFinder`), the mention highlighted.
    static func context(_ text: String, start: Int, end: Int) -> HighlightedText {
        guard start >= 0, start <= end, end <= text.utf8.count else { return HighlightedText(text: "", highlights: []) }
        let context = SentenceFinder.context(in: text, around: start..<end)
        return HighlightedText(text: context.text, highlights: [context.span])
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.query { db in
            guard try db.hasTable(DocumentCitationAnnotator.table) else {
                throw SearchError.failed("this index was built before references were stored; run `tracuu index --rebuild`")
            }
            return try body(db)
        }
    }
}
