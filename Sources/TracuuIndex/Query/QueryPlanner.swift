import GRDB
import VietText

/// Plans a user's query once, for every caller (search, figures): reads its syntax
/// (`SearchQuery`), widens a document number to the spellings the index holds
/// (`ReferenceQueryExpander`), matches abbreviations and their senses
/// (`AbbreviationExpander`), lists the accented forms the index holds for each unaccented
/// word and picks the documents to rank first.
///
/// `LĐLĐ` → `LĐLĐ` or "Liên đoàn Lao động"; `tai nạn` → `tai` (tài, tại, tải…) and `nạn`,
/// the documents writing `tai` itself first.
struct QueryPlanner {
    let database: IndexDatabase
    let analyzer: Analyzer

    func parse(_ text: String) -> SearchQuery { SearchQuery(text, analyzer: analyzer) }

    /// The plan of `text` against the index as `db` reads it.
    func plan(_ text: String, options: SearchOptions, _ db: Database) throws -> PlannedQuery {
        let query = ReferenceQueryExpander.mayNameDocument(text)
            ? (try? ReferenceQueryExpander.expand(parse(ReferenceQueryExpander.quotingReferences(text)), db)) ?? parse(text)
            : parse(text)
        var plan: PlannedQuery
        if options.expandAbbreviations, !query.isEmpty {
            let expander = try AbbreviationCatalog(database: database)
                .expander(for: query, user: options.userAbbreviations, analyzer: analyzer, db)
            plan = expander.expand(query)
        } else {
            plan = PlannedQuery(query)
        }
        let lookup = AccentedFormLookup(connection: db.sqliteConnection)
        for clause in plan.clauses.indices where !plan.clauses[clause].negated {
            for item in plan.clauses[clause].items.indices where plan.clauses[clause].items[item].isPlainWord {
                plan.clauses[clause].items[item].accentedForms = accentedForms(of: plan.clauses[clause].items[item].text, lookup)
            }
        }
        plan.firstTier = ranksExactFormsFirst(plan, lookup) ? .exactForms : nil
        return plan
    }

    /// The accented forms the query tokenizer adds to a word as synonyms: those listed under
    /// its exact form when that is one unaccented token; none otherwise.
    private func accentedForms(of word: String, _ lookup: AccentedFormLookup) -> [String] {
        let tokens = analyzer.tokens(in: word)
        guard tokens.count == 1, tokens[0].folded == nil else { return [] }
        return Array(tokens[0].exact.utf8).withUnsafeBufferPointer { lookup.forms(of: $0) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether ranking exact forms first would rank anything differently: only when a word
    /// without diacritics is also held with them (`tai` → `tài`, `tại`), a prefix lacks them,
    /// or an expansion matches only through folding (`LDLD`). For `100/2015/NĐ-CP` or `CSGT`
    /// the tier would find the same documents, scored the same, twice.
    private func ranksExactFormsFirst(_ plan: PlannedQuery, _ lookup: AccentedFormLookup) -> Bool {
        func widenedByFolding(_ text: String) -> Bool {
            analyzer.tokens(in: text).contains { !$0.hasDiacritics && !accentedForms(of: $0.exact, lookup).isEmpty }
        }
        return plan.positiveItems.contains { item in
            if item.kind == .prefix { return analyzer.tokens(in: item.text).contains { !$0.hasDiacritics } }
            guard item.hasExpansions else { return widenedByFolding(item.text) }
            let foldingOnly = item.spellings.contains { $0.contains { $0.map { !$0.matchesExactly } ?? false } }
            return foldingOnly || item.stretches.contains { widenedByFolding($0.text) }
        }
    }
}
