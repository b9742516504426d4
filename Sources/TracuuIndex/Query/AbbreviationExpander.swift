import VietText

/// Plans the abbreviations of a parsed query, so that abbreviations and their expansions
/// find each other, both ways and inside phrases. A word that is a known abbreviation also
/// matches each of its expansions as a phrase (`LĐLĐ` → "Liên đoàn Lao động");
/// words that spell an expansion also match the abbreviation written in capitals
/// (`cong an nhan dan` → `CAND`). For an abbreviation with several senses, a
/// document's occurrence counts for the sense it spells out, else for the first
/// (`PlannedQuery.SenseCondition`): "trường CĐ … cao đẳng" is no match for `công đoàn`.
struct AbbreviationExpander {

    private enum Segment {
        case typed(Range<Int>)
        case matched(Range<Int>, [PlannedQuery.Expansion])
    }

    private let abbreviations: [Abbreviation]
    /// Abbreviations by the folded form of their first word.
    private var abbreviationsByFirst: [String: [Int]] = [:]
    /// Senses of two words or more by the folded form of their first word.
    private var expansionsByFirst: [String: [(entry: Int, sense: Int)]] = [:]
    private let analyzer: Analyzer
    /// The words that tell each sense where a document spells none out ("Công ty CP").
    private let contexts: AbbreviationContexts

    /// Indexes the dictionary by first words only: the few entries a query reaches are
    /// analyzed in full when it reaches them.
    init(dictionary: AbbreviationDictionary, analyzer: Analyzer, contexts: AbbreviationContexts = .none) {
        self.init(abbreviations: dictionary.abbreviations, analyzer: analyzer, contexts: contexts)
    }

    /// An expander over entries in dictionary order. Expanding a query gives what the whole
    /// dictionary gives when `abbreviations` holds, in that order, at least every entry filed
    /// under one of the query's `lookupKeys`.
    init(abbreviations: [Abbreviation], analyzer: Analyzer, contexts: AbbreviationContexts = .none) {
        self.analyzer = analyzer
        self.contexts = contexts
        self.abbreviations = abbreviations
        for (index, abbreviation) in abbreviations.enumerated() {
            let keys = Self.keys(of: abbreviation, analyzer)
            if let first = keys.abbreviation, abbreviation.senses.contains(where: Self.expandsQueries) {
                abbreviationsByFirst[first, default: []].append(index)
            }
            for (sense, first) in keys.senses where Self.expandsQueries(abbreviation.senses[sense]) {
                expansionsByFirst[first, default: []].append((index, sense))
            }
        }
    }

    /// Whether a sense widens queries: a learned one only once at least two documents define
    /// it, so one photo credit ("Ảnh: ĐN") cannot make `Đà Nẵng` match `ĐN` everywhere. Every
    /// sense still decides which sense a document's capitals count for.
    static func expandsQueries(_ sense: AbbreviationSense) -> Bool {
        sense.source != .learned || sense.definingDocuments >= AbbreviationDictionary.learnedSenseThreshold
    }

    /// The keys an entry is filed under: the folded first word of its abbreviation, and of
    /// each sense of two words or more.
    static func keys(of abbreviation: Abbreviation, _ analyzer: Analyzer) -> (abbreviation: String?, senses: [(sense: Int, key: String)]) {
        var senses: [(sense: Int, key: String)] = []
        for (sense, meaning) in abbreviation.senses.enumerated() {
            guard let first = firstWord(of: meaning.expansion, analyzer), first.isFollowed else { continue }
            senses.append((sense, first.folded))
        }
        return (firstWord(of: abbreviation.abbr, analyzer)?.folded, senses)
    }

    /// Every key `expand` looks entries up by for `query`: the folded form of each word it
    /// analyzes. Entries filed under other keys cannot change its expansion.
    static func lookupKeys(of query: SearchQuery, analyzer: Analyzer) -> Set<String> {
        var keys: Set<String> = []
        func add(_ text: String) {
            for token in analyzer.tokens(in: text) { keys.insert(folded(token)) }
        }
        for part in parts(of: query) {
            switch part {
            case .run(let atoms): add(runText(atoms))
            case .clause(let clause):
                guard !clause.negated else { continue }
                for atom in clause.alternatives where isExpandable(atom) { add(atom.text) }
            }
        }
        return keys
    }

    private static func folded(_ token: Token) -> String { token.folded ?? token.exact }

    /// The folded form of the text's first word (`folded(analyzer.tokens(in: text)[0])`),
    /// and whether another word follows it.
    private static func firstWord(of text: String, _ analyzer: Analyzer) -> (folded: String, isFollowed: Bool)? {
        var text = text
        var first: String?
        var isFollowed = false
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { pointer in
                analyzer.analyze(pointer, count: utf8.count) { view in
                    guard first == nil else {
                        isFollowed = true
                        return false
                    }
                    first = String(decoding: view.folded.isEmpty ? view.exact : view.folded, as: UTF8.self)
                    return true
                }
            }
        }
        return first.map { ($0, isFollowed) }
    }

    /// A typed word matches a dictionary word under the diacritics rules; `exact` when it is that very form.
    private static func match(_ typed: Token, _ known: Token) -> (matches: Bool, exact: Bool) {
        if typed.exact == known.exact { return (true, true) }
        return (!typed.hasDiacritics && typed.exact == folded(known), false)
    }

    private static func matchAll(_ typed: ArraySlice<Token>, _ known: [Token]) -> (matches: Bool, exact: Bool)? {
        guard typed.count == known.count else { return nil }
        var exact = true
        for (left, right) in zip(typed, known) {
            let result = match(left, right)
            guard result.matches else { return nil }
            exact = exact && result.exact
        }
        return (true, exact)
    }

    /// The query with every abbreviation and expansion it reaches, and the expansions applied.
    func expand(_ query: SearchQuery) -> PlannedQuery {
        var expansions: [AbbreviationExpansion] = []
        var clauses: [PlannedQuery.Clause] = []
        for part in Self.parts(of: query) {
            switch part {
            case .run(let atoms):
                clauses.append(contentsOf: expandRun(atoms, &expansions).map { PlannedQuery.Clause(items: [$0], negated: false) })
            case .clause(let clause):
                let items = clause.alternatives.map { atom in
                    !clause.negated && Self.isExpandable(atom) ? expandAtom(atom, &expansions) : PlannedQuery.Item(atom)
                }
                clauses.append(PlannedQuery.Clause(items: items, negated: clause.negated))
            }
        }
        var unique: [AbbreviationExpansion] = []
        for expansion in expansions where !unique.contains(expansion) { unique.append(expansion) }
        return PlannedQuery(clauses: clauses, expansions: unique)
    }

    /// What `expand` rewrites: plain words in a row, and every other clause on its own.
    private enum Part {
        case run([SearchQuery.Atom])
        case clause(SearchQuery.Clause)
    }

    private static func parts(of query: SearchQuery) -> [Part] {
        var parts: [Part] = []
        var run: [SearchQuery.Atom] = []
        for clause in query.clauses {
            if !clause.negated, clause.alternatives.count == 1, let only = clause.alternatives.first,
               !only.isPhrase, !only.isPrefix, only.column == nil {
                run.append(only)
                continue
            }
            if !run.isEmpty { parts.append(.run(run)) }
            run.removeAll()
            parts.append(.clause(clause))
        }
        if !run.isEmpty { parts.append(.run(run)) }
        return parts
    }

    /// Whether `expand` rewrites an atom of a clause that is not a run (a phrase, a word under
    /// a column or in an `OR`): prefixes and document numbers stay as they are.
    private static func isExpandable(_ atom: SearchQuery.Atom) -> Bool { !atom.isPrefix && !atom.isDocumentNumber }

    /// The words of a run as one text, analyzed together.
    private static func runText(_ atoms: [SearchQuery.Atom]) -> String { atoms.map(\.text).joined(separator: " ") }

    /// Plain words in a row: a word that is an abbreviation, or words that spell an
    /// expansion, become one atom; the others stay as they are.
    private func expandRun(_ atoms: [SearchQuery.Atom], _ expansions: inout [AbbreviationExpansion]) -> [PlannedQuery.Item] {
        guard !atoms.isEmpty else { return [] }
        let text = Self.runText(atoms)
        let tokens = analyzer.tokens(in: text)
        var boundaries = TokenBoundaries(tokens.count, at: [0])
        var atomStarts: [Int] = []
        var offset = 0
        var tokenIndex = 0
        for atom in atoms {
            atomStarts.append(tokenIndex)
            offset += atom.text.utf8.count + 1
            while tokenIndex < tokens.count, tokens[tokenIndex].start < offset { tokenIndex += 1 }
            boundaries.insert(tokenIndex)
        }
        var output: [PlannedQuery.Item] = []
        for segment in segment(tokens, text: text, boundaries: boundaries) {
            switch segment {
            case .typed(let range):
                for (index, start) in atomStarts.enumerated() where range.contains(start) { output.append(PlannedQuery.Item(atoms[index])) }
            case .matched(let range, let alternatives):
                let typed = Self.substring(text, tokens, range)
                let words = atoms.enumerated().filter { range.contains(atomStarts[$0.offset]) }.map(\.element.text)
                output.append(PlannedQuery.Item(
                    text: typed, kind: .word, column: nil, words: words.count > 1 ? words : [typed],
                    stretches: [PlannedQuery.Stretch(text: typed, expansions: alternatives)]))
                expansions += alternatives.map { AbbreviationExpansion(from: typed, to: $0.label) }
            }
        }
        return output
    }

    /// A quoted phrase, or one word under a column or in an `OR`.
    private func expandAtom(_ atom: SearchQuery.Atom, _ expansions: inout [AbbreviationExpansion]) -> PlannedQuery.Item {
        let tokens = analyzer.tokens(in: atom.text)
        let boundaries = TokenBoundaries(tokens.count, at: atom.isPhrase ? Array(0...tokens.count) : [0, tokens.count])
        let segments = segment(tokens, text: atom.text, boundaries: boundaries)
        guard segments.contains(where: { if case .matched = $0 { true } else { false } }) else { return PlannedQuery.Item(atom) }
        var item = PlannedQuery.Item(atom)
        item.stretches = segments.map { segment in
            switch segment {
            case .typed(let range):
                return PlannedQuery.Stretch(text: Self.substring(atom.text, tokens, range))
            case .matched(let range, let alternatives):
                let typed = Self.substring(atom.text, tokens, range)
                expansions += alternatives.map { AbbreviationExpansion(from: typed, to: $0.label) }
                return PlannedQuery.Stretch(text: typed, expansions: alternatives)
            }
        }
        return item
    }

    /// Splits tokens into typed stretches and matched abbreviations or expansions,
    /// longest match first; matches start and end only at `boundaries`.
    private func segment(_ tokens: [Token], text: String, boundaries: TokenBoundaries) -> [Segment] {
        var segments: [Segment] = []
        var typedStart: Int?
        var index = 0
        while index < tokens.count {
            if boundaries.contains(index), let (length, alternatives) = bestMatch(tokens, at: index, text: text, boundaries: boundaries) {
                if let start = typedStart { segments.append(.typed(start..<index)) }
                typedStart = nil
                segments.append(.matched(index..<(index + length), alternatives))
                index += length
                continue
            }
            if typedStart == nil { typedStart = index }
            index += 1
        }
        if let start = typedStart { segments.append(.typed(start..<tokens.count)) }
        return segments
    }

    private func bestMatch(_ tokens: [Token], at index: Int, text: String, boundaries: TokenBoundaries) -> (Int, [PlannedQuery.Expansion])? {
        let key = Self.folded(tokens[index])
        var best: (Int, [PlannedQuery.Expansion])?
        for entryIndex in abbreviationsByFirst[key] ?? [] {
            let abbreviation = abbreviations[entryIndex]
            let abbrTokens = analyzer.tokens(in: abbreviation.abbr)
            let end = index + abbrTokens.count
            guard end <= tokens.count, boundaries.contains(end),
                  let result = Self.matchAll(tokens[index..<end], abbrTokens),
                  Self.looksLikeAbbreviation(Self.substring(text, tokens, index..<end)),
                  abbrTokens.count > (best?.0 ?? 0) else { continue }
            best = (abbrTokens.count, abbreviation.senses.filter(Self.expandsQueries).map { sense in
                PlannedQuery.Expansion(term: .init(text: sense.expansion, form: .exact), matchesExactly: result.exact, label: sense.expansion)
            })
        }
        var expansionLength = 0
        var expansionAlternatives: [PlannedQuery.Expansion] = []
        for (entryIndex, sense) in expansionsByFirst[key] ?? [] {
            let abbreviation = abbreviations[entryIndex]
            let senseTokens = analyzer.tokens(in: abbreviation.senses[sense].expansion)
            let end = index + senseTokens.count
            guard end <= tokens.count, boundaries.contains(end), senseTokens.count >= expansionLength,
                  let result = Self.matchAll(tokens[index..<end], senseTokens) else { continue }
            if senseTokens.count > expansionLength { expansionAlternatives.removeAll() }
            expansionLength = senseTokens.count
            expansionAlternatives.append(abbreviationAlternative(abbreviation, sense: sense, exact: result.exact))
        }
        if expansionLength > (best?.0 ?? 0) { best = (expansionLength, expansionAlternatives) }
        return best
    }

    /// The abbreviation written in capitals, counted for `sense` only where the document supports it.
    private func abbreviationAlternative(_ abbreviation: Abbreviation, sense: Int, exact: Bool) -> PlannedQuery.Expansion {
        let capitals = Self.capitalsText(abbreviation.abbr, analyzer)
        return PlannedQuery.Expansion(
            term: .init(text: capitals, form: .capitals),
            conditions: PlannedQuery.SenseCondition.conditions(
                forSense: sense, of: abbreviation.senses.map(\.expansion), contexts: contexts.contexts(of: abbreviation), capitals: capitals),
            matchesExactly: exact, label: abbreviation.abbr)
    }

    /// `CĐ` → `cđ`: the words of an abbreviation as its capitals terms hold them.
    static func capitalsText(_ abbr: String, _ analyzer: Analyzer) -> String {
        analyzer.tokens(in: abbr).map(\.exact).joined(separator: " ")
    }

    /// Two-letter abbreviations must be typed in capitals (`CA`, not the word "ca");
    /// longer ones in any case (`lđlđ`).
    private static func looksLikeAbbreviation(_ typed: String) -> Bool {
        typed.filter(\.isLetter).count >= 3 || !typed.contains(where: \.isLowercase)
    }

    private static func substring(_ text: String, _ tokens: [Token], _ range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        return String(decoding: utf8[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }
}
