import TracuuIndex

/// `tracuu refs --json` and `tracuu refs NUMBER --json`: the reference list, the short list
/// of candidates ("chỉ thị 05"), or one reference with its citations.
public enum ReferenceJSON {
    /// `tracuu refs --json`: `{"references": [...]}`.
    public struct List: Encodable {
        var references: [Reference]

        public init(_ summaries: [ReferenceSummary]) { references = summaries.map(Reference.init) }
    }

    /// The cited documents a type and bare number name ("chỉ thị 05"): `{"candidates": [...]}`.
    public struct Candidates: Encodable {
        var candidates: [Reference]

        public init(_ summaries: [ReferenceSummary]) { candidates = summaries.map(Reference.init) }
    }

    struct Reference: Encodable {
        var id: String
        var type: String
        @JSONNullable var issuer: String?
        @JSONNullable var issuerName: String?
        @JSONNullable var subject: String?
        @JSONNullable var date: String?
        @JSONNullable var term: String?
        var documents: Int
        var mentions: Int

        enum CodingKeys: String, CodingKey {
            case id, type, issuer, issuerName = "issuer_name", subject, date, term, documents, mentions
        }

        init(_ summary: ReferenceSummary) {
            id = summary.id
            type = summary.type
            issuer = summary.issuer
            issuerName = summary.issuerName
            subject = summary.subject
            date = summary.date
            term = summary.term
            documents = summary.documents
            mentions = summary.mentions
        }
    }

    struct Document: Encodable {
        var id: Int64
        var path: String
        var title: String
        @JSONNullable var date: String?
        var kind: String
        @JSONNullable var number: String?

        init(_ stored: StoredDocument) {
            id = stored.id
            path = stored.document.path
            title = stored.document.title
            date = stored.document.date
            kind = stored.document.kind
            number = stored.document.number
        }
    }

    struct Citation: Encodable {
        var path: String
        var title: String
        @JSONNullable var date: String?
        var surface: String
        var context: String
        var relation: String
        @JSONNullable var scope: String?
        var matchedBy: String

        enum CodingKeys: String, CodingKey {
            case path, title, date, surface, context, relation, scope, matchedBy = "matched_by"
        }

        init(_ citation: ReferenceCitation) {
            path = citation.path
            title = citation.title
            date = citation.date
            surface = citation.surface
            context = citation.context.text
            relation = citation.relation.rawValue
            scope = citation.scope
            matchedBy = citation.matchedBy
        }
    }

    struct Link: Encodable {
        var target: String
        var relation: String
        @JSONNullable var scope: String?

        init(_ link: DocumentLink) {
            target = link.target
            relation = link.relation.rawValue
            scope = link.scope
        }
    }

    struct Timeline: Encodable {
        struct Period: Encodable {
            var period: String
            var mentions: Int
        }

        var unit: String
        var periods: [Period]
        var undated: Int
    }

    /// One reference: the cited document when indexed, its relations and the citing sentences.
    public struct Lookup: Encodable {
        var reference: Reference
        @JSONNullable var document: Document?
        var relations: [Link]
        var citations: [Citation]
        var timeline: Timeline?
        var sameNumber: [Lookup]?

        enum CodingKeys: String, CodingKey {
            case reference, document, relations, citations, timeline, sameNumber = "same_number"
        }

        /// The first of `found` with the others (same number, another date) under `same_number`.
        public init(_ found: [ReferenceLookup], timeline withTimeline: Bool) {
            self.init(found[0], timeline: withTimeline)
            if found.count > 1 { sameNumber = found.dropFirst().map { Lookup($0, timeline: withTimeline) } }
        }

        init(_ found: ReferenceLookup, timeline withTimeline: Bool) {
            reference = Reference(found.reference)
            document = found.document.map(Document.init)
            relations = found.links.map(Link.init)
            citations = found.citations.map(Citation.init)
            if withTimeline {
                let counted = ReferenceTimeline(dates: found.mentionDates)
                timeline = Timeline(
                    unit: counted.unit.rawValue, periods: counted.periods.map { Timeline.Period(period: $0.period, mentions: $0.mentions) },
                    undated: counted.undated)
            }
        }
    }
}
