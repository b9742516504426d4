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
    public static func strict(_ plan: PlannedQuery, phrases: Bool = true, spelledOut: Bool = false) -> String? {
        strict(plan, phrases: phrases, spelledOut: spelledOut, reading: false, exact: false)
    }

    /// `reading`: words with a reading match the forms it chose only.
    /// `exact`: every word in its exact form, runs of plain words also as an exact phrase.
    private static func strict(_ plan: PlannedQuery, phrases: Bool, spelledOut: Bool, reading: Bool, exact: Bool) -> String? {
        let positives = plan.clauses.filter { !$0.negated }
        guard !positives.isEmpty else { return nil }
        var parts: [String] = []
        var run: [PlannedQuery.Item] = []
        func flushRun() {
            if reading, run.contains(where: { $0.reading != nil }) {
                let words = run.map(readingTerm)
                parts.append(run.count >= 2 ? "(\(words.joined(separator: " + ")) OR (\(unique(words).joined(separator: " AND "))))" : words[0])
            } else if run.count >= 2, phrases {
                let phrase = term(.init(text: run.map(\.text).joined(separator: " "), form: exact ? .exact : .folded))
                parts.append("(\(phrase) OR (\(unique(run.map { item($0, exact: exact) }).joined(separator: " AND "))))")
            } else {
                parts.append(contentsOf: run.map { spelledOut ? spelled($0.text, forms: $0.accentedForms) : item($0, exact: exact) })
            }
            run.removeAll()
        }
        func compiled(_ clause: PlannedQuery.Clause) -> String {
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
                let phrase = reading
                    ? stretch.flatMap { item in
                        item.reading.map { $0.map { term(.init(text: $0, form: .exact)) } }
                            ?? (item.isPlainWord ? [item.text] : item.words).map { term(.init(text: $0, form: .folded)) }
                    }.joined(separator: " + ")
                    : term(.init(text: words.joined(separator: " "), form: exact ? .exact : .folded))
                let apart = unique(Array(parts[stretchStart...])).joined(separator: " AND ")
                parts.replaceSubrange(stretchStart..., with: ["(\(phrase) OR (\(apart)))"])
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
        return withExclusions(unique(parts).joined(separator: " AND "), plan)
    }

    /// Any of the positive items, for long questions where requiring every word finds nothing.
    /// Two plain words typed side by side also count as their phrase, so the documents where
    /// they stand together rank first, as a compound word does: `người lao động có được` →
    /// … OR "người lao" OR "lao động" OR "động có" OR "có được" (bm25 gives common pairs little).
    /// A word typed with diacritics that no document holds counts by its unaccented spelling
    /// (`khi truyên truyên, xuyên tạc` scores tuyên truyền's documents through `truyen`).
    public static func relaxed(_ plan: PlannedQuery) -> String? {
        let items = plan.positiveItems
        guard !items.isEmpty else { return nil }
        let words = items.map { $0.unheldFolded.map { term(.init(text: $0, form: .folded)) } ?? item($0) }
        return withExclusions(unique(words + adjacentPairs(plan) + phraseParts(items)).joined(separator: " OR "), plan)
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
    private static func phraseParts(_ items: [PlannedQuery.Item]) -> [String] {
        var parts: [String] = []
        for item in items where item.kind == .phrase && item.column == nil && !item.isDocumentNumber && !item.hasExpansions {
            let words = item.text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count > 1 else { continue }
            parts += words.map { term(.init(text: $0, form: .folded)) }
            parts += zip(words, words.dropFirst()).map { term(.init(text: $0 + " " + $1, form: .folded)) }
            parts.append(term(.init(text: item.text + " là", form: .folded)))
        }
        return parts
    }

    /// The phrases of each two words typed one after the other in required clauses, plain or
    /// grouped by an expansion, and the grouped words one by one: `người lao động có` scores
    /// "người lao", "lao động", "động có" and người, lao, động beside `NLĐ` and its sense.
    private static func adjacentPairs(_ plan: PlannedQuery) -> [String] {
        var parts: [String] = []
        var previous: String?
        for clause in plan.clauses {
            let words = clause.negated || clause.items.count != 1 ? [] : typedWords(clause.items[0])
            guard !words.isEmpty else {
                previous = nil
                continue
            }
            if words.count > 1 { parts += words.map { term(.init(text: $0, form: .folded)) } }
            for word in words {
                if let previous { parts.append(term(.init(text: previous + " " + word, form: .folded))) }
                previous = word
            }
        }
        return parts
    }

    /// The documents of the plan's first tier, or nil when it has none.
    public static func firstTier(_ plan: PlannedQuery) -> String? {
        switch plan.firstTier {
        case nil: nil
        case .exactForms: exactForms(plan)
        case .reading: strict(plan, phrases: true, spelledOut: false, reading: true, exact: false)
        }
    }

    /// Words in the forms their reading chose (several together, or each anywhere), else as typed.
    private static func readingTerm(_ item: PlannedQuery.Item) -> String {
        guard let reading = item.reading else { return self.item(item) }
        let words = reading.map { term(.init(text: $0, form: .exact)) }
        guard words.count > 1 else { return words[0] }
        return "(\(term(.init(text: reading.joined(separator: " "), form: .exact))) OR (\(unique(words).joined(separator: " AND "))))"
    }

    /// The required clauses with each word matched by its exact form only, exclusions
    /// kept: documents matching this rank above those matched only through folding, and
    /// within them those where the words stand together (`điều tra` above "Điều 19 … thanh tra").
    static func exactForms(_ plan: PlannedQuery) -> String? {
        strict(plan, phrases: true, spelledOut: false, reading: false, exact: true)
    }

    /// Documents whose abbreviation in capitals counts for one sense (`SenseCondition`).
    static func capitals(_ abbreviation: String, under conditions: [PlannedQuery.SenseCondition]) -> String {
        let terms = conditions.map { gated(term(PlannedQuery.Term(text: abbreviation, form: .capitals)), $0) }
        return terms.count == 1 ? terms[0] : "(\(terms.joined(separator: " OR ")))"
    }

    /// Each expression once: a word repeated in a query adds nothing to AND or OR, but
    /// FTS5's snippet() and bm25 work per phrase instance, so `đoàn đoàn … đoàn`
    /// (a 5,000-character query) cost time quadratic in the repetitions.
    private static func unique(_ expressions: [String]) -> [String] {
        var seen: Set<String> = []
        return expressions.filter { seen.insert($0).inserted }
    }

    private static func withExclusions(_ expression: String, _ plan: PlannedQuery) -> String {
        let negatives = plan.clauses.filter(\.negated).flatMap(\.items)
        guard !negatives.isEmpty else { return expression }
        return "(\(expression)) NOT (\(negatives.map { item($0) }.joined(separator: " OR ")))"
    }

    private static func alternatives(_ items: [PlannedQuery.Item], exact: Bool = false, phrases: Bool = true, spelledOut: Bool = false) -> String {
        let compiled = items.map { item($0, exact: exact, phrases: phrases, spelledOut: spelledOut) }
        return compiled.count == 1 ? compiled[0] : "(\(compiled.joined(separator: " OR ")))"
    }

    /// A word as the OR of its exact form and the accented forms the plan lists for it.
    private static func spelled(_ word: String, forms: [String]) -> String {
        guard !forms.isEmpty else { return term(.init(text: word, form: .folded)) }
        return "(\(([word] + forms).map { term(.init(text: $0, form: .exact)) }.joined(separator: " OR ")))"
    }

    private static func item(_ item: PlannedQuery.Item, exact: Bool = false, phrases: Bool = true, spelledOut: Bool = false) -> String {
        if item.hasExpansions { return spellings(item, exact: exact, phrases: phrases, spelledOut: spelledOut) }
        var text = term(.init(text: item.text, form: exact ? .exact : .folded))
        if item.kind == .prefix { text += "*" }
        if let column = item.column { text = "\(column) : \(text)" }
        return text
    }

    /// Every spelling of an item as a phrase, ORed, each under the sense conditions of the
    /// abbreviations it writes. `exact` keeps the spellings whose expansions match exactly,
    /// with the typed words in their exact forms; `phrases` and `spelledOut` as in `strict`.
    private static func spellings(_ item: PlannedQuery.Item, exact: Bool, phrases: Bool = true, spelledOut: Bool = false) -> String {
        let typedForm: PlannedQuery.Form = exact ? .exact : .folded
        let columnPrefix = item.column.map { "\($0) : " } ?? ""
        var terms: [String] = []
        for spelling in item.spellings {
            let expansions = spelling.compactMap { $0 }
            if exact, !expansions.allSatisfy(\.matchesExactly) { continue }
            if expansions.isEmpty, item.words.count > 1 {
                // Words typed apart: together as a phrase, or each anywhere.
                let words = item.words.indices.map { index in
                    spelledOut && !exact ? spelled(item.words[index], forms: index < item.wordForms.count ? item.wordForms[index] : [])
                                         : term(.init(text: item.words[index], form: typedForm))
                }
                let apart = "(\(words.joined(separator: " AND ")))"
                terms.append(phrases ? "(\(term(.init(text: item.words.joined(separator: " "), form: typedForm))) OR \(apart))" : apart)
                continue
            }
            let pieces = zip(item.stretches, spelling).map { stretch, expansion in
                term(expansion?.term ?? .init(text: stretch.text, form: typedForm))
            }
            let phrase = columnPrefix + pieces.joined(separator: " + ")
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
        return terms.count == 1 ? terms[0] : "(\(terms.joined(separator: " OR ")))"
    }

    /// An expression under one sense condition.
    private static func gated(_ expression: String, _ condition: PlannedQuery.SenseCondition) -> String {
        guard condition != PlannedQuery.SenseCondition() else { return expression }
        func phrase(_ terms: [PlannedQuery.Term]) -> String { terms.map(term).joined(separator: " + ") }
        var gated = "(\(([expression] + condition.requires.map(term) + condition.requiredPhrases.map(phrase)).joined(separator: " AND ")))"
        let excluded = condition.excludes.map(term) + condition.excludedPhrases.map(phrase)
        if !excluded.isEmpty {
            gated = "(\(gated) NOT (\(excluded.joined(separator: " OR "))))"
        }
        return gated
    }

    /// The phrases of a compiled expression, numbered as FTS5 numbers them (left to right, words
    /// joined by `+` being one phrase), that stand alone as its top-level alternatives: every
    /// document holding one of them matches the expression. `("UBND" OR "Ủy ban nhân dân")` →
    /// 0 and 1; `("tai nạn" OR ("tai" AND "nạn"))` → 0; `(…) NOT (…)` → none.
    static func alternativePhrases(of expression: String) -> [Int] {
        enum Piece: Equatable { case phrase, open, close, or, plus, other }
        var pieces: [Piece] = []
        var scalars = expression.unicodeScalars.makeIterator()
        var word = ""
        func endWord() {
            if !word.isEmpty { pieces.append(word == "OR" ? .or : .other) }
            word = ""
        }
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\"":
                endWord()
                // A quoted string to its closing quote; a doubled quote stands for one.
                while let inner = pending {
                    pending = scalars.next()
                    if inner == "\"" {
                        guard pending == "\"" else { break }
                        pending = scalars.next()
                    }
                }
                pieces.append(.phrase)
            case " ", "\t", "\n":
                endWord()
            case "(", ")", "+", "*", ":", "{", "}":
                endWord()
                pieces.append(scalar == "(" ? .open : scalar == ")" ? .close : scalar == "+" ? .plus : .other)
            default:
                word.unicodeScalars.append(scalar)
            }
        }
        endWord()
        // The phrase number of each phrase piece: a phrase after `+` continues the one before.
        var numbers: [Int?] = []
        var phrases = 0
        for (index, piece) in pieces.enumerated() {
            guard piece == .phrase else {
                numbers.append(nil)
                continue
            }
            let joins = index > 0 && pieces[index - 1] == .plus
            if !joins { phrases += 1 }
            numbers.append(joins ? nil : phrases - 1)
        }
        // Parentheses around the whole expression, then its alternatives at the top level.
        var range = pieces.startIndex..<pieces.endIndex
        func depthReturnsToZero(inside range: Range<Int>) -> Bool {
            var depth = 0
            for index in range {
                if pieces[index] == .open { depth += 1 }
                if pieces[index] == .close { depth -= 1 }
                if depth == 0, index < range.upperBound - 1 { return true }
            }
            return false
        }
        while range.count >= 2, pieces[range.lowerBound] == .open, pieces[range.upperBound - 1] == .close,
              !depthReturnsToZero(inside: range) {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        var alternatives: [Int] = []
        var depth = 0
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            if index < range.upperBound {
                if pieces[index] == .open { depth += 1 }
                if pieces[index] == .close { depth -= 1 }
                guard depth == 0, pieces[index] == .or else { continue }
            }
            // One alternative: a lone phrase, in parentheses or not.
            let alternative = pieces[start..<index].filter { $0 != .open && $0 != .close }
            if alternative == [.phrase], let only = (start..<index).first(where: { pieces[$0] == .phrase }), let number = numbers[only] {
                alternatives.append(number)
            }
            start = index + 1
        }
        return alternatives
    }

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
