import VietText

/// Compiles a `PlannedQuery` into FTS5 expressions: the only code that writes FTS5 text or
/// the marker bytes of `IndexTerm`. Every piece of user text is a quoted string, so no input
/// is ever FTS5 syntax.
///
/// `cong doan` → `("cong doan") OR ("cong" AND "doan")`: documents where the
/// words stand together as typed score from both sides.
public enum FTS5QueryCompiler {
    /// All required clauses, with runs of plain words also tried as a phrase.
    /// `phrases: false` leaves out the phrases that only rank (of plain words, and of words
    /// typed apart that an expansion groups, beside those words each anywhere): the same
    /// documents, for counting them.
    /// `spelledOut` writes an unaccented word, plain or so grouped, as an OR of its exact form and
    /// the accented ones the plan lists (`tai` → `("\u{2}tai" OR "\u{2}tài" OR …)`): the same
    /// documents as its query-time synonyms, which FTS5 can only match by merging their
    /// positions, so counting `tai nạn` or `cong an nhan dan` this way reads rowids only.
    public static func strict(_ plan: PlannedQuery, phrases: Bool = true, spelledOut: Bool = false) -> FTS5Expression? {
        strict(plan, phrases: phrases, spelledOut: spelledOut, reading: false, exact: false)
    }

    /// `reading`: words with a reading match the forms it chose only.
    /// `exact`: every word in its exact form, runs of plain words also as an exact phrase.
    private static func strict(_ plan: PlannedQuery, phrases: Bool, spelledOut: Bool, reading: Bool, exact: Bool) -> FTS5Expression? {
        let positives = plan.clauses.filter { !$0.negated }
        guard !positives.isEmpty else { return nil }
        var parts: [FTS5Expression] = []
        var run: [PlannedQuery.Item] = []
        func flushRun() {
            if reading, run.contains(where: { $0.reading != nil }) {
                let words = run.map(readingTerm)
                parts.append(run.count >= 2 ? .any([.phrase(words), .all(unique(words)).parenthesized]).parenthesized : words[0])
            } else if run.count >= 2, phrases {
                let phrase = quoted(.init(text: run.map(\.text).joined(separator: " "), form: exact ? .exact : .folded))
                parts.append(.any([phrase, .all(unique(run.map { item($0, exact: exact) })).parenthesized]).parenthesized)
            } else {
                parts.append(contentsOf: run.map { spelledOut ? spelled($0.text, forms: $0.accentedForms) : item($0, exact: exact) })
            }
            run.removeAll()
        }
        func compiled(_ clause: PlannedQuery.Clause) -> FTS5Expression {
            reading && clause.items.count == 1 && clause.items[0].reading != nil
                ? readingTerm(clause.items[0]) : alternatives(clause.items, exact: exact, phrases: phrases, spelledOut: spelledOut)
        }
        // Words typed one after another, an expansion's group among them (`hợp đồng lao động`,
        // `lao động` → `LĐ`), also count as their whole phrase, as a run of plain words does;
        // in the reading, as the forms it chose (`tai nạn lao động`).
        var stretchStart = 0
        var stretch: [PlannedQuery.Item] = []
        var stretchGrouped = false
        func closeStretch() {
            flushRun()
            let words = stretch.flatMap { $0.isPlainWord ? [$0.text] : $0.words }
            if phrases, stretchGrouped, words.count >= 2, parts.count - stretchStart >= 2 {
                let phrase: FTS5Expression = reading
                    ? .phrase(stretch.flatMap { item in
                        item.reading.map { $0.map { term(.init(text: $0, form: .exact)) } }
                            ?? (item.isPlainWord ? [item.text] : item.words).map { term(.init(text: $0, form: .folded)) }
                    })
                    : quoted(.init(text: words.joined(separator: " "), form: exact ? .exact : .folded))
                let apart = FTS5Expression.all(unique(Array(parts[stretchStart...])))
                parts.replaceSubrange(stretchStart..., with: [.any([phrase, apart.parenthesized]).parenthesized])
            }
            stretchStart = parts.count
            stretch.removeAll()
            stretchGrouped = false
        }
        for clause in positives {
            if clause.items.count == 1, let only = clause.items.first, only.isPlainWord {
                run.append(only)
                stretch.append(only)
                continue
            }
            if clause.items.count == 1, let only = clause.items.first, only.isGroupedWords, only.words.count > 1 {
                flushRun()
                stretch.append(only)
                stretchGrouped = true
                parts.append(compiled(clause))
                continue
            }
            closeStretch()
            parts.append(compiled(clause))
            stretchStart = parts.count
        }
        closeStretch()
        return withExclusions(.all(unique(parts)), plan)
    }

    /// Any of the positive items, for long questions where requiring every word finds nothing.
    /// Two plain words typed side by side also count as their phrase, so the documents where
    /// they stand together rank first, as a compound word does: `người lao động có được` →
    /// … OR "người lao" OR "lao động" OR "động có" OR "có được" (bm25 gives common pairs little).
    /// A word typed with diacritics that no document holds counts by its unaccented spelling
    /// (`khi truyên truyên, xuyên tạc` scores tuyên truyền's documents through `truyen`).
    public static func relaxed(_ plan: PlannedQuery) -> FTS5Expression? {
        let items = plan.positiveItems
        guard !items.isEmpty else { return nil }
        let words = items.map { $0.unheldFolded.map { quoted(.init(text: $0, form: .folded)) } ?? item($0) }
        return withExclusions(.any(unique(words + adjacentPairs(plan) + phraseParts(items))), plan)
    }

    /// The words of an item a question's any-word search scores one by one: a plain word's text,
    /// or each word typed apart that an expansion groups (`người lao động` → `NLĐ`).
    private static func typedWords(_ item: PlannedQuery.Item) -> [String] {
        if item.isPlainWord { return [item.unheldFolded ?? item.text] }
        return item.isGroupedWords ? item.words : []
    }

    /// The words of each quoted phrase and each two of them side by side: in the any-word
    /// search a question's quoted term (`Định nghĩa của "Cưỡng bức lao động"?`) scores like
    /// its words typed apart, the documents holding the whole phrase still scoring most; and
    /// the term followed by "là", as a definition writes it ("Cưỡng bức lao động là việc…"):
    /// a question quoting a term asks what it is.
    private static func phraseParts(_ items: [PlannedQuery.Item]) -> [FTS5Expression] {
        var parts: [FTS5Expression] = []
        for item in items where item.kind == .phrase && item.column == nil && !item.isDocumentNumber && !item.hasExpansions {
            let words = item.text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count > 1 else { continue }
            parts += words.map { quoted(.init(text: $0, form: .folded)) }
            parts += zip(words, words.dropFirst()).map { quoted(.init(text: $0 + " " + $1, form: .folded)) }
            parts.append(quoted(.init(text: item.text + " là", form: .folded)))
        }
        return parts
    }

    /// The phrases of each two words typed one after the other in required clauses, plain or
    /// grouped by an expansion, and the grouped words one by one: `người lao động có` scores
    /// "người lao", "lao động", "động có" and người, lao, động beside `NLĐ` and its sense.
    private static func adjacentPairs(_ plan: PlannedQuery) -> [FTS5Expression] {
        var parts: [FTS5Expression] = []
        var previous: String?
        for clause in plan.clauses {
            let words = clause.negated || clause.items.count != 1 ? [] : typedWords(clause.items[0])
            guard !words.isEmpty else {
                previous = nil
                continue
            }
            if words.count > 1 { parts += words.map { quoted(.init(text: $0, form: .folded)) } }
            for word in words {
                if let previous { parts.append(quoted(.init(text: previous + " " + word, form: .folded))) }
                previous = word
            }
        }
        return parts
    }

    /// The documents of the plan's first tier, or nil when it has none.
    public static func firstTier(_ plan: PlannedQuery) -> FTS5Expression? {
        switch plan.firstTier {
        case nil: nil
        case .exactForms: exactForms(plan)
        case .reading: strict(plan, phrases: true, spelledOut: false, reading: true, exact: false)
        }
    }

    /// The documents of `expression` that its first tier `tier` leaves, ranked after the tier's.
    public static func rest(of expression: FTS5Expression, after tier: FTS5Expression) -> FTS5Expression {
        expression.parenthesized.not(tier.parenthesized)
    }

    /// Words in the forms their reading chose (several together, or each anywhere), else as typed.
    private static func readingTerm(_ item: PlannedQuery.Item) -> FTS5Expression {
        guard let reading = item.reading else { return self.item(item) }
        let words = reading.map { quoted(.init(text: $0, form: .exact)) }
        guard words.count > 1 else { return words[0] }
        return .any([quoted(.init(text: reading.joined(separator: " "), form: .exact)), .all(unique(words)).parenthesized]).parenthesized
    }

    /// The required clauses with each word matched by its exact form only, exclusions
    /// kept: documents matching this rank above those matched only through folding, and
    /// within them those where the words stand together (`điều tra` above "Điều 19 … thanh tra").
    static func exactForms(_ plan: PlannedQuery) -> FTS5Expression? {
        strict(plan, phrases: true, spelledOut: false, reading: false, exact: true)
    }

    /// Documents whose abbreviation in capitals counts for one sense (`SenseCondition`).
    static func capitals(_ abbreviation: String, under conditions: [PlannedQuery.SenseCondition]) -> String {
        let terms = conditions.map { gated(quoted(PlannedQuery.Term(text: abbreviation, form: .capitals)), $0) }
        return terms.count == 1 ? terms[0].text : FTS5Expression.any(terms).parenthesized.text
    }

    /// Each expression once: a word repeated in a query adds nothing to AND or OR, but
    /// FTS5's snippet() and bm25 work per phrase instance, so `đoàn đoàn … đoàn`
    /// (a 5,000-character query) cost time quadratic in the repetitions.
    private static func unique(_ expressions: [FTS5Expression]) -> [FTS5Expression] {
        var seen: Set<String> = []
        return expressions.filter { seen.insert($0.text).inserted }
    }

    private static func withExclusions(_ expression: FTS5Expression, _ plan: PlannedQuery) -> FTS5Expression {
        let negatives = plan.clauses.filter(\.negated).flatMap(\.items)
        guard !negatives.isEmpty else { return expression }
        return expression.parenthesized.not(FTS5Expression.any(negatives.map { item($0) }).parenthesized)
    }

    private static func alternatives(_ items: [PlannedQuery.Item], exact: Bool = false, phrases: Bool = true, spelledOut: Bool = false) -> FTS5Expression {
        let compiled = items.map { item($0, exact: exact, phrases: phrases, spelledOut: spelledOut) }
        return compiled.count == 1 ? compiled[0] : FTS5Expression.any(compiled).parenthesized
    }

    /// A word as the OR of its exact form and the accented forms the plan lists for it.
    private static func spelled(_ word: String, forms: [String]) -> FTS5Expression {
        guard !forms.isEmpty else { return quoted(.init(text: word, form: .folded)) }
        return FTS5Expression.any(([word] + forms).map { quoted(.init(text: $0, form: .exact)) }).parenthesized
    }

    private static func item(_ item: PlannedQuery.Item, exact: Bool = false, phrases: Bool = true, spelledOut: Bool = false) -> FTS5Expression {
        if item.hasExpansions { return spellings(item, exact: exact, phrases: phrases, spelledOut: spelledOut) }
        return .phrase([term(.init(text: item.text, form: exact ? .exact : .folded))], column: item.column, prefix: item.kind == .prefix)
    }

    /// Every spelling of an item as a phrase, ORed, each under the sense conditions of the
    /// abbreviations it writes. `exact` keeps the spellings whose expansions match exactly,
    /// with the typed words in their exact forms; `phrases` and `spelledOut` as in `strict`.
    private static func spellings(_ item: PlannedQuery.Item, exact: Bool, phrases: Bool = true, spelledOut: Bool = false) -> FTS5Expression {
        let typedForm: PlannedQuery.Form = exact ? .exact : .folded
        var terms: [FTS5Expression] = []
        for spelling in item.spellings {
            let expansions = spelling.compactMap { $0 }
            if exact, !expansions.allSatisfy(\.matchesExactly) { continue }
            if expansions.isEmpty, item.words.count > 1 {
                // Words typed apart: together as a phrase, or each anywhere.
                let words = item.words.indices.map { index in
                    spelledOut && !exact ? spelled(item.words[index], forms: index < item.wordForms.count ? item.wordForms[index] : [])
                                         : quoted(.init(text: item.words[index], form: typedForm))
                }
                let apart = FTS5Expression.all(words).parenthesized
                terms.append(phrases ? .any([quoted(.init(text: item.words.joined(separator: " "), form: typedForm)), apart]).parenthesized : apart)
                continue
            }
            let pieces = zip(item.stretches, spelling).map { stretch, expansion in
                term(expansion?.term ?? .init(text: stretch.text, form: typedForm))
            }
            let phrase = FTS5Expression.phrase(pieces, column: item.column)
            var conditions = [PlannedQuery.SenseCondition()]
            for expansion in expansions {
                conditions = conditions.flatMap { condition in
                    expansion.conditions.map {
                        PlannedQuery.SenseCondition(
                            requires: condition.requires + $0.requires, excludes: condition.excludes + $0.excludes,
                            requiredPhrases: condition.requiredPhrases + $0.requiredPhrases,
                            excludedPhrases: condition.excludedPhrases + $0.excludedPhrases)
                    }
                }
            }
            terms += conditions.map { gated(phrase, $0) }
        }
        return terms.count == 1 ? terms[0] : FTS5Expression.any(terms).parenthesized
    }

    /// An expression under one sense condition.
    private static func gated(_ expression: FTS5Expression, _ condition: PlannedQuery.SenseCondition) -> FTS5Expression {
        guard condition != PlannedQuery.SenseCondition() else { return expression }
        func phrase(_ terms: [PlannedQuery.Term]) -> FTS5Expression { .phrase(terms.map(term)) }
        var gated = FTS5Expression.all([expression] + condition.requires.map(quoted) + condition.requiredPhrases.map(phrase)).parenthesized
        let excluded = condition.excludes.map(quoted) + condition.excludedPhrases.map(phrase)
        if !excluded.isEmpty {
            gated = gated.not(FTS5Expression.any(excluded).parenthesized).parenthesized
        }
        return gated
    }

    /// One FTS5 string standing alone as a phrase.
    private static func quoted(_ term: PlannedQuery.Term) -> FTS5Expression { .phrase([self.term(term)]) }

    /// One FTS5 string: the term's words behind the marker of its form.
    static func term(_ term: PlannedQuery.Term) -> String {
        switch term.form {
        case .folded: quote(term.text)
        case .exact: quote(String(UnicodeScalar(IndexTerm.exactOnlyMarker)) + term.text)
        case .capitals: quote(String(UnicodeScalar(IndexTerm.capitalsMarker)) + term.text)
        }
    }

    /// An FTS5 string: every `"` scalar doubled, including one that a
    /// combining mark joins into a larger Character.
    static func quote(_ text: String) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
