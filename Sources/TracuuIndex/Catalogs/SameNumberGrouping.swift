import VietText

/// Splits the mentions of one number into the documents they mean: Party numbers restart with
/// each term, so "39-NQ/TW ngày 17/4/2015" (tinh giản biên chế) and "39-NQ/TW ngày 20/1/1962"
/// are two documents.
///
/// Mentions that give a date of issue are grouped by its year. A mention without one joins
/// the document its sentence points to: the term it names ("khóa XI" → 2011–2016), the same
/// issuing body, shared subject words, or the only documents issued before the citing article;
/// else the most cited. Each mention keeps how it was placed (`matchedBy`).
struct SameNumberGrouping {
    struct Mention {
        var document: Int64
        var documentDate: String?
        var issued: String?
        var body: String?
        var title: String?
        var term: String?
    }

    struct Group {
        /// The year of issue; for a document known only by its term, the term's first year.
        var year: Int?
        /// "XI" for a document placed by the term its mentions name, its date unknown.
        var term: String?
        /// The mentions that placed the group: dated ones, or those naming its term.
        var anchors: [Int] = []
        var mentions: [Int] = []
        var date: String?
        var bodies: [String: Int] = [:]
        var titles: [String: Int] = [:]
        var issuerName: String?
        var subject: String?
    }

    /// How a mention was placed: `date` (it states it), `term`, `issuer`, `subject`,
    /// `article_date`, `most_cited`, `most_recent` (equally cited documents), or `only` (one document has the number).
    private(set) var matchedBy: [String]
    private(set) var groups: [Group]

    /// Start years of the Party's Central Committee terms (khóa), each five years.
    static let partyTerms: [String: Int] = [
        "V": 1982, "VI": 1986, "VII": 1991, "VIII": 1996, "IX": 2001, "X": 2006, "XI": 2011, "XII": 2016, "XIII": 2021, "XIV": 2026,
    ]

    init(_ mentions: [Mention], party: Bool) {
        matchedBy = Array(repeating: "only", count: mentions.count)
        var byYear: [Int: Int] = [:]
        var groups: [Group] = []
        func slot(_ year: Int, term: String? = nil) -> Int {
            if let slot = byYear[year] { return slot }
            groups.append(Group(year: year, term: term))
            byYear[year] = groups.count - 1
            return groups.count - 1
        }
        for (index, mention) in mentions.enumerated() {
            guard let issued = mention.issued, let year = Int(issued.prefix(4)) else { continue }
            if mention.documentDate.flatMap({ Int($0.prefix(4)) }).map({ $0 < year }) == true { continue }
            groups[slot(year)].anchors.append(index)
            matchedBy[index] = "date"
        }
        // A term no dated document falls in ("khóa XI" beside a 1962 date) names another document.
        if party, !groups.isEmpty {
            for (index, mention) in mentions.enumerated() where matchedBy[index] != "date" {
                guard let term = mention.term, let start = Self.partyTerms[term] else { continue }
                let years = start...(start + 5)
                guard !groups.contains(where: { $0.year.map(years.contains) ?? false }) else { continue }
                groups[slot(start, term: term)].anchors.append(index)
                matchedBy[index] = "term"
            }
        }
        if groups.count <= 1 {
            groups = [Group(year: groups.first?.year, term: groups.first?.term, anchors: [], mentions: Array(mentions.indices))]
        } else {
            for slot in groups.indices { groups[slot].mentions = groups[slot].anchors }
            for (index, mention) in mentions.enumerated() where matchedBy[index] != "date" && matchedBy[index] != "term" {
                let (slot, how) = Self.place(mention, in: groups, mentions: mentions, party: party)
                groups[slot].mentions.append(index)
                matchedBy[index] = how
            }
        }
        for slot in groups.indices {
            var dates: [String: Int] = [:]
            for index in groups[slot].mentions {
                let mention = mentions[index]
                if let issued = mention.issued, matchedBy[index] == "date" { dates[issued, default: 0] += 1 }
                if let body = mention.body { groups[slot].bodies[body, default: 0] += 1 }
                if let title = mention.title { groups[slot].titles[title, default: 0] += 1 }
            }
            groups[slot].date = groups[slot].term == nil ? Self.mostCommon(dates) : nil
            groups[slot].issuerName = Self.mostCommon(groups[slot].bodies)
            groups[slot].subject = Self.mostCommon(groups[slot].titles)
        }
        self.groups = groups
    }

    static func mostCommon(_ counts: [String: Int]) -> String? {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// The group an undated mention joins, and why.
    static func place(_ mention: Mention, in groups: [Group], mentions: [Mention], party: Bool) -> (Int, String) {
        var candidates = Array(groups.indices)
        var how = "most_cited"
        if let year = mention.documentDate.flatMap({ Int($0.prefix(4)) }) {
            let earlier = candidates.filter { (groups[$0].year ?? 0) <= year }
            if !earlier.isEmpty, earlier.count < candidates.count {
                candidates = earlier
                how = "article_date"
            }
        }
        func narrow(_ keep: (Int) -> Bool, _ reason: String) {
            let kept = candidates.filter(keep)
            if !kept.isEmpty, kept.count < candidates.count {
                candidates = kept
                how = reason
            }
        }
        if party, let term = mention.term, let start = partyTerms[term] {
            narrow({ groups[$0].term == term || (groups[$0].year.map { (start...(start + 5)).contains($0) } ?? false) }, "term")
        }
        if let body = mention.body.map(DocumentCitation.foldedKey), !body.isEmpty {
            narrow({ slot in groups[slot].anchors.contains { mentions[$0].body.map(DocumentCitation.foldedKey) == body } }, "issuer")
        }
        if let title = mention.title {
            let words = subjectWords(title)
            narrow({ slot in
                groups[slot].anchors.contains { mentions[$0].title.map { subjectWords($0).intersection(words).count >= 2 } ?? false }
            }, "subject")
        }
        // The most cited by its placing mentions; between equals, the most recent (news cite the current one).
        let best = candidates.max { a, b in
            groups[a].anchors.count != groups[b].anchors.count ? groups[a].anchors.count < groups[b].anchors.count : (groups[a].year ?? 0) < (groups[b].year ?? 0)
        } ?? 0
        if how == "most_cited", candidates.count > 1, groups[candidates[0]].anchors.count == groups[best].anchors.count,
           candidates.allSatisfy({ groups[$0].anchors.count == groups[best].anchors.count }) {
            how = "most_recent"
        }
        return (best, how)
    }

    static func subjectWords(_ text: String) -> Set<String> {
        Set(DocumentCitation.foldedKey(text).split(separator: " ").filter { $0.count >= 3 }.map(String.init))
    }
}
