import Foundation
import GRDB
import VietText

/// Plans a user's query once, for every caller (search, figures): reads its syntax
/// (`SearchQuery`), widens a document number to the spellings the index holds
/// (`ReferenceQueryExpander`), matches abbreviations and their senses
/// (`AbbreviationExpander`), lists the accented forms the index holds for each unaccented
/// word, reads unaccented words as the index most often writes them together, and picks the
/// documents to rank first.
///
/// `LĐLĐ` → `LĐLĐ` or "Liên đoàn Lao động"; `tai nạn` → `tai` (tài, tại, tải…) and `nạn`,
/// the documents writing `tai` itself first; `tham nhung` → every form of both words, the
/// documents writing "tham nhũng" first.
struct QueryPlanner {
    let database: IndexDatabase
    let analyzer: Analyzer

    /// The query as typed, read once for everything a search does with it (its plan, its
    /// reading and suggestion): a document number written with spaces is one item.
    func parse(_ text: String) -> SearchQuery {
        SearchQuery(ReferenceQueryExpander.mayNameDocument(text) ? ReferenceQueryExpander.quotingReferences(text) : text, analyzer: analyzer)
    }

    /// The plan of `text` against the index as `db` reads it.
    func plan(_ text: String, options: SearchOptions, _ db: Database) throws -> PlannedQuery {
        try plan(parse(text), options: options, db)
    }

    /// The plan of a parsed query against the index as `db` reads it.
    func plan(_ typed: SearchQuery, options: SearchOptions, _ db: Database) throws -> PlannedQuery {
        let query = ReferenceQueryExpander.mayNameDocument(typed) ? (try? ReferenceQueryExpander.expand(typed, db)) ?? typed : typed
        var plan: PlannedQuery
        if options.expandAbbreviations, !query.isEmpty {
            let expander = try AbbreviationCatalog(database: database)
                .expander(for: query, user: options.userAbbreviations, analyzer: analyzer, db)
            plan = expander.expand(query)
        } else {
            plan = PlannedQuery(query)
        }
        let lookup = AccentedFormLookup(connection: db.sqliteConnection)
        let isQuestion = plan.positiveItems.count >= Searcher.questionLength
        for clause in plan.clauses.indices where !plan.clauses[clause].negated {
            for item in plan.clauses[clause].items.indices {
                if plan.clauses[clause].items[item].isGroupedWords {
                    plan.clauses[clause].items[item].wordForms = plan.clauses[clause].items[item].words.map { accentedForms(of: $0, lookup) }
                }
                guard plan.clauses[clause].items[item].isPlainWord else { continue }
                plan.clauses[clause].items[item].accentedForms = accentedForms(of: plan.clauses[clause].items[item].text, lookup)
                if isQuestion { plan.clauses[clause].items[item].unheldFolded = unheldFolded(plan.clauses[clause].items[item].text, lookup) }
            }
        }
        if try read(&plan, lookup, db) {
            plan.firstTier = .reading
        } else {
            plan.firstTier = ranksExactFormsFirst(plan, lookup) ? .exactForms : nil
        }
        return plan
    }

    /// Reads each run of two or more unaccented plain words as the indexed titles and leads
    /// most often write them together (`SyllablePairs`): `tham nhung` → tham nhũng, `hai phong`
    /// → hải phòng. Any diacritic or quoted phrase in the query leaves it as typed. True when
    /// some word is read other than typed.
    private func read(_ plan: inout PlannedQuery, _ lookup: AccentedFormLookup, _ db: Database) throws -> Bool {
        let items = plan.clauses.flatMap(\.items)
        guard !items.contains(where: { $0.kind == .phrase }),
              !items.contains(where: { analyzer.tokens(in: $0.text).contains(where: \.hasDiacritics) }),
              try db.hasTable(SyllablePairs.table) else { return false }
        // Runs of required clauses holding one unaccented plain word each, or words typed
        // apart that an expansion groups (`cong an` → `CA`): read with their neighbours.
        var runs: [[(clause: Int, word: String, forms: [String])]] = [[]]
        for (index, clause) in plan.clauses.enumerated() where !clause.negated {
            var words: [(Int, String, [String])] = []
            if clause.items.count == 1, clause.items[0].isPlainWord || clause.items[0].isGroupedWords {
                let item = clause.items[0]
                for (offset, word) in item.words.enumerated() {
                    let tokens = analyzer.tokens(in: word)
                    guard tokens.count == 1 else {
                        words.removeAll()
                        break
                    }
                    words.append((index, tokens[0].exact, item.isPlainWord ? item.accentedForms : item.wordForms[offset]))
                }
            }
            if !words.isEmpty {
                runs[runs.count - 1] += words
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        var changed = false
        var ungrouped: [Int] = []
        // The best other reading of two words the titles and leads write at least a third as
        // often as the chosen pair: `hai quan` is read hải quân (222) and also written hải quan (109).
        var other: (count: Int, places: [(clause: Int, offset: Int)], forms: [String])?
        var known: [String: [String: Int]] = [:]
        func readings(_ folded: String) throws -> [String: Int] {
            if let pairs = known[folded] { return pairs }
            let pairs = try SyllablePairs.readings(of: folded, db)
            known[folded] = pairs
            return pairs
        }
        for run in runs where run.count >= 2 {
            let candidates = run.map { [$0.word] + $0.forms }
            var pairs = try (1..<run.count).map { try readings(run[$0 - 1].word + " " + run[$0].word) }
            // Two words typed alone that the titles and leads write seldom together, and never or
            // mostly inside one longer phrase, are read in the whole documents writing them, when
            // they are few: `bao lu` reads bão lũ. Words of a longer run have their neighbours'
            // pairs and triples to go by.
            if run.count == 2, pairs[0].values.reduce(0, +) < Self.thinPair,
               try pairs[0].max(by: { $0.value < $1.value }).map({ try WholeTextReadings.standsInsideALongerPhrase($0.key, db) }) ?? true,
               let whole = try WholeTextReadings.readings(of: run[0].word + " " + run[1].word, first: candidates[0], second: candidates[1], db) {
                pairs[0] = whole
            }
            guard pairs.contains(where: { !$0.isEmpty }) else { continue }
            // The triples of the words ending at each position, counted where a pair of them is
            // in doubt: written another way at least a third as often, as for the other reading.
            var triples: [Int: [String: Int]] = [:]
            func inDoubt(_ written: [String: Int]) -> Bool {
                let counts = written.values.sorted(by: >)
                return counts.count > 1 && counts[1] * 3 >= counts[0]
            }
            let chosen = try Self.path(through: candidates, pairs: pairs) { position in
                guard inDoubt(pairs[position - 2]) || inDoubt(pairs[position - 1]) else { return [:] }
                triples[position] = try Self.triples(joining: pairs[position - 2], pairs[position - 1], db)
                return triples[position]!
            }
            for (position, entry) in run.enumerated() {
                plan.clauses[entry.clause].items[0].reading = (plan.clauses[entry.clause].items[0].reading ?? [])
                    + [candidates[position][chosen[position]]]
            }
            changed = changed || chosen.contains { $0 != 0 }
            // Words an abbreviation spans inside a longer run keep it only when they hold
            // together more than with their neighbours: `can bo cong an` reads cán bộ | công an,
            // so its `bo cong an` is no Bộ Công an (BCA).
            let forms = (0..<run.count).map { candidates[$0][chosen[$0]] }
            func written(_ position: Int) -> Int { pairs[position - 1][forms[position - 1] + " " + forms[position]] ?? 0 }
            func place(_ position: Int) -> (clause: Int, offset: Int) {
                (run[position].clause, run[..<position].filter { $0.clause == run[position].clause }.count)
            }
            for position in 1..<run.count where written(position) > 0 {
                for (pair, count) in pairs[position - 1]
                where count * 3 >= written(position) && count > other?.count ?? 0 && pair != forms[position - 1] + " " + forms[position] {
                    let words = pair.split(separator: " ").map(String.init)
                    guard words.count == 2 else { continue }
                    // A word changed must still be written with its other neighbour: `cong an nhan dan`
                    // is not also "công án nhân dân" because "án nhân" (tòa án nhân dân) is common.
                    if words[0] != forms[position - 1], position >= 2, pairs[position - 2][forms[position - 2] + " " + words[0]] == nil { continue }
                    if words[1] != forms[position], position + 1 < run.count, pairs[position][words[1] + " " + forms[position + 1]] == nil { continue }
                    // And where three words are written, with both neighbours: `tong lien doan lao dong`
                    // is not also "tông liên đoàn…" though "tông liên" is written (xe tông liên hoàn).
                    if position >= 2, let written = triples[position], !written.isEmpty,
                       written[forms[position - 2] + " " + pair] == nil { continue }
                    if position + 1 < run.count, let written = triples[position + 1], !written.isEmpty,
                       written[pair + " " + forms[position + 1]] == nil { continue }
                    other = (count, [place(position - 1), place(position)], words)
                }
            }
            var start = 0
            while start < run.count {
                let clause = run[start].clause
                var end = start
                while end + 1 < run.count, run[end + 1].clause == clause { end += 1 }
                let item = plan.clauses[clause].items[0]
                if item.isGroupedWords, end > start, item.stretches[0].expansions.allSatisfy({ $0.term.form == .capitals }),
                   (start > 0 && written(start) > written(start + 1)) || (end < run.count - 1 && written(end + 1) > written(end)) {
                    ungrouped.append(clause)
                }
                start = end + 1
            }
        }
        if changed, let other {
            var words: [String] = []
            for (index, clause) in plan.clauses.enumerated() where !clause.negated {
                for item in clause.items where item.isPlainWord || item.isGroupedWords {
                    var read = item.reading ?? [item.text]
                    for (place, form) in zip(other.places, other.forms) where place.clause == index && place.offset < read.count {
                        read[place.offset] = form
                    }
                    words += read
                }
            }
            plan.otherReading = words.joined(separator: " ")
        }
        if !ungrouped.isEmpty { ungroup(ungrouped, &plan) }
        guard changed else {
            for clause in plan.clauses.indices {
                for item in plan.clauses[clause].items.indices { plan.clauses[clause].items[item].reading = nil }
            }
            return false
        }
        plan.reading = plan.positiveItems.filter { $0.isPlainWord || $0.isGroupedWords }
            .map { $0.reading?.joined(separator: " ") ?? $0.text }.joined(separator: " ")
        return true
    }

    /// How many titles and leads write each three words that two written pairs make where
    /// they share their middle word (`tông liên` or `tổng liên` with `liên đoàn`): counted in
    /// the full-text index when a query needs them, up to a cap, the titles and leads holding
    /// "tổng liên đoàn" 6, "tông liên đoàn" none. Triples written nowhere are left out.
    static func triples(joining first: [String: Int], _ second: [String: Int], _ db: Database) throws -> [String: Int] {
        var found: [String: Int] = [:]
        for left in first.keys {
            guard let space = left.firstIndex(of: " ") else { continue }
            let middle = left[left.index(after: space)...]
            for right in second.keys where right.hasPrefix(middle + " ") {
                let triple = left + right.dropFirst(middle.count)
                let count = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT \(tripleCap))
                    """, arguments: ["{title lead} : " + FTS5QueryCompiler.term(.init(text: triple, form: .exact))]) ?? 0
                if count > 0 { found[triple] = count }
            }
        }
        return found
    }

    /// Counting a triple stops here: enough to weigh it against its pairs, at a bounded cost.
    static let tripleCap = 100

    /// Two words the titles and leads write together fewer times than this are too thin to read
    /// by alone: the whole documents writing them are read where they are few (`WholeTextReadings`).
    static let thinPair = 10

    /// The candidates' path whose pairs and triples were written most (Viterbi over pairs of
    /// candidates, sums of log counts): `tong lien doan lao dong` reads tổng liên đoàn, as
    /// "tổng liên đoàn" is written and "tông liên đoàn" is not, though "tông liên" (xe tông liên
    /// hoàn) is written more than "tổng liên". On a tie, the earlier candidate: the word as typed.
    /// `triples(position)` gives the exact triples of the words ending at `position`.
    static func path(through candidates: [[String]], pairs: [[String: Int]], triples: (Int) throws -> [String: Int]) rethrows -> [Int] {
        let count = candidates.count
        let places = candidates.map { Dictionary($0.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
        // Each written pair or triple as the candidates' places, with the log of its count.
        // Keyed by the places, 20 bits each.
        func weights(_ written: [String: Int], from position: Int) -> [Int: Double] {
            var found: [Int: Double] = [:]
            for (words, times) in written {
                let parts = words.split(separator: " ")
                var packed = 0
                var matched = 0
                for (offset, part) in parts.enumerated() {
                    guard position + offset < count, let place = places[position + offset][String(part)] else { break }
                    packed = packed << 20 | place
                    matched += 1
                }
                if matched == parts.count { found[packed] = log(1 + Double(times)) }
            }
            return found
        }
        let pairWeights = pairs.indices.map { weights(pairs[$0], from: $0) }
        // scores[a][b]: the best path ending with candidates a, b at the last two positions.
        var scores = candidates[0].indices.map { a in candidates[1].indices.map { b in pairWeights[0][a << 20 | b] ?? 0 } }
        var from: [[[Int]]] = []
        for position in 2..<max(count, 2) {
            let tripleWeights = weights(try triples(position), from: position - 2)
            var next = [[Double]](repeating: [], count: candidates[position - 1].count)
            var back = [[Int]](repeating: [], count: candidates[position - 1].count)
            for b in candidates[position - 1].indices {
                for c in candidates[position].indices {
                    let pair = pairWeights[position - 1][b << 20 | c] ?? 0
                    var best = -Double.infinity
                    var origin = 0
                    for a in candidates[position - 2].indices {
                        let score = scores[a][b] + pair + (tripleWeights.isEmpty ? 0 : tripleWeights[a << 40 | b << 20 | c] ?? 0)
                        if score > best {
                            best = score
                            origin = a
                        }
                    }
                    next[b].append(best)
                    back[b].append(origin)
                }
            }
            scores = next
            from.append(back)
        }
        var chosen = [Int](repeating: 0, count: count)
        var best = -Double.infinity
        for b in scores.indices {
            for c in scores[b].indices where scores[b][c] > best {
                best = scores[b][c]
                (chosen[count - 2], chosen[count - 1]) = (b, c)
            }
        }
        for position in stride(from: count - 1, through: 2, by: -1) {
            chosen[position - 2] = from[position - 2][chosen[position - 1]][chosen[position]]
        }
        return chosen
    }

    /// Turns grouped words back into plain words, their abbreviations dropped.
    private func ungroup(_ grouped: [Int], _ plan: inout PlannedQuery) {
        var clauses: [PlannedQuery.Clause] = []
        var dropped: [AbbreviationExpansion] = []
        for (index, clause) in plan.clauses.enumerated() {
            guard grouped.contains(index) else {
                clauses.append(clause)
                continue
            }
            let item = clause.items[0]
            dropped += item.stretches[0].expansions.map { AbbreviationExpansion(from: item.text, to: $0.label) }
            for (offset, word) in item.words.enumerated() {
                var plain = PlannedQuery.Item(SearchQuery.Atom(text: word, isPhrase: false, isPrefix: false, column: nil))
                plain.accentedForms = item.wordForms[offset]
                plain.reading = item.reading.map { [$0[offset]] }
                clauses.append(PlannedQuery.Clause(items: [plain], negated: false))
            }
        }
        plan.clauses = clauses
        plan.expansions.removeAll { dropped.contains($0) }
    }

    /// The accented forms the query tokenizer adds to a word as synonyms: those listed under
    /// its exact form when that is one unaccented token; none otherwise.
    private func accentedForms(of word: String, _ lookup: AccentedFormLookup) -> [String] {
        let tokens = analyzer.tokens(in: word)
        guard tokens.count == 1, tokens[0].folded == nil else { return [] }
        return Array(tokens[0].exact.utf8).withUnsafeBufferPointer { lookup.forms(of: $0) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The unaccented spelling of a word typed with diacritics when the index lists no such
    /// form (`truyên`, `câp`: a slip of the keyboard), else nil.
    private func unheldFolded(_ word: String, _ lookup: AccentedFormLookup) -> String? {
        let tokens = analyzer.tokens(in: word)
        guard tokens.count == 1, let folded = tokens[0].folded else { return nil }
        let forms = Array(folded.utf8).withUnsafeBufferPointer { lookup.forms(of: $0) }
        return forms.contains(Array(tokens[0].exact.utf8)) ? nil : folded
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
