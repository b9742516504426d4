import VietText

/// Rewrites a parsed query so that abbreviations and their expansions find each
/// other, both ways and inside phrases. A word that is a known abbreviation also
/// matches each of its expansions as a phrase (`LĐLĐ` → "Liên đoàn Lao động");
/// words that spell an expansion also match the abbreviation written in capitals
/// (`cong an nhan dan` → `CAND`). For an abbreviation with several senses, a
/// document's occurrence counts for the sense it spells out, else for the first:
/// "trường CĐ … cao đẳng" is no match for `công đoàn`.
struct AbbreviationExpander {

    /// A way to match one stretch of the query.
    private struct Alternative {
        /// An FTS5 string (quoted), or nil for the words as typed.
        var piece: String?
        /// The document conditions under which it counts, any one of them.
        var gates: [Gate] = [Gate()]
        /// Whether it belongs with exact matches of the typed words (see `Searcher`'s tiers).
        var exact: Bool
        var label: String?
    }

    /// Sense phrases a document must spell, and those it must not.
    private struct Gate {
        var requires: [String] = []
        var excludes: [String] = []
    }

    private enum Segment {
        case typed(Range<Int>)
        case matched(Range<Int>, [Alternative])
    }

    /// Expansions a match must reach: the longest phrase a search writes.
    static let maxCombinations = 48

    private let abbreviations: [Abbreviation]
    /// Abbreviations by the folded form of their first word.
    private var abbreviationsByFirst: [String: [Int]] = [:]
    /// Senses of two words or more by the folded form of their first word.
    private var expansionsByFirst: [String: [(entry: Int, sense: Int)]] = [:]
    private let analyzer: Analyzer

    /// Indexes the dictionary by first words only: the few entries a query reaches are
    /// analyzed in full when it reaches them.
    init(dictionary: AbbreviationDictionary, analyzer: Analyzer) {
        self.init(abbreviations: dictionary.abbreviations, analyzer: analyzer)
    }

    /// An expander over entries in dictionary order. Expanding a query gives what the whole
    /// dictionary gives when `abbreviations` holds, in that order, at least every entry filed
    /// under one of the query's `lookupKeys`.
    init(abbreviations: [Abbreviation], analyzer: Analyzer) {
        self.analyzer = analyzer
        self.abbreviations = abbreviations
        for (index, abbreviation) in abbreviations.enumerated() {
            let keys = Self.keys(of: abbreviation, analyzer)
            if let first = keys.abbreviation { abbreviationsByFirst[first, default: []].append(index) }
            for (sense, first) in keys.senses { expansionsByFirst[first, default: []].append((index, sense)) }
        }
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

    func expand(_ query: SearchQuery) -> (query: SearchQuery, expansions: [AbbreviationExpansion]) {
        var expansions: [AbbreviationExpansion] = []
        var clauses: [SearchQuery.Clause] = []
        for part in Self.parts(of: query) {
            switch part {
            case .run(let atoms):
                clauses.append(contentsOf: expandRun(atoms, &expansions).map { SearchQuery.Clause(alternatives: [$0], negated: false) })
            case .clause(let clause):
                var expanded = clause
                if !clause.negated {
                    expanded.alternatives = clause.alternatives.map { Self.isExpandable($0) ? expandAtom($0, &expansions) : $0 }
                }
                clauses.append(expanded)
            }
        }
        var result = query
        result.clauses = clauses
        var unique: [AbbreviationExpansion] = []
        for expansion in expansions where !unique.contains(expansion) { unique.append(expansion) }
        return (result, unique)
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
               !only.isPhrase, !only.isPrefix, only.column == nil, only.expression == nil {
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
    /// a column or in an `OR`): prefixes and atoms already compiled stay as they are.
    private static func isExpandable(_ atom: SearchQuery.Atom) -> Bool { !atom.isPrefix && atom.expression == nil && !atom.isDocumentNumber }

    /// The words of a run as one text, analyzed together.
    private static func runText(_ atoms: [SearchQuery.Atom]) -> String { atoms.map(\.text).joined(separator: " ") }

    /// Plain words in a row: a word that is an abbreviation, or words that spell an
    /// expansion, become one atom; the others stay as they are.
    private func expandRun(_ atoms: [SearchQuery.Atom], _ expansions: inout [AbbreviationExpansion]) -> [SearchQuery.Atom] {
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
        let segments = segment(tokens, text: text, boundaries: boundaries)
        var output: [SearchQuery.Atom] = []
        for segment in segments {
            switch segment {
            case .typed(let range):
                for (index, start) in atomStarts.enumerated() where range.contains(start) { output.append(atoms[index]) }
            case .matched(let range, let alternatives):
                let typed = Self.substring(text, tokens, range)
                let words = atoms.enumerated().filter { range.contains(atomStarts[$0.offset]) }.map(\.element.text)
                func typedExpression(_ exact: Bool) -> String {
                    guard words.count > 1 else { return quote(typed, exact: exact) }
                    return "(\(quote(words.joined(separator: " "), exact: exact)) OR (\(words.map { quote($0, exact: exact) }.joined(separator: " AND "))))"
                }
                var atom = SearchQuery.Atom(text: typed, isPhrase: false, isPrefix: false, column: nil)
                atom.expression = compose([[Alternative(piece: nil, exact: true)] + alternatives], typed: typedExpression(false), exact: false, column: nil)
                atom.exactExpression = compose([[Alternative(piece: nil, exact: true)] + alternatives], typed: typedExpression(true), exact: true, column: nil)
                output.append(atom)
                expansions += alternatives.compactMap { $0.label.map { AbbreviationExpansion(from: typed, to: $0) } }
            }
        }
        return output
    }

    /// A quoted phrase, or one word under a column or in an `OR`.
    private func expandAtom(_ atom: SearchQuery.Atom, _ expansions: inout [AbbreviationExpansion]) -> SearchQuery.Atom {
        let tokens = analyzer.tokens(in: atom.text)
        let boundaries = TokenBoundaries(tokens.count, at: atom.isPhrase ? Array(0...tokens.count) : [0, tokens.count])
        let segments = segment(tokens, text: atom.text, boundaries: boundaries)
        guard segments.contains(where: { if case .matched = $0 { true } else { false } }) else { return atom }
        var choices: [[Alternative]] = []
        for segment in segments {
            switch segment {
            case .typed(let range):
                choices.append([Alternative(piece: quote(Self.substring(atom.text, tokens, range), exact: false), exact: true)])
            case .matched(let range, let alternatives):
                let typed = Self.substring(atom.text, tokens, range)
                choices.append([Alternative(piece: quote(typed, exact: false), exact: true)] + alternatives)
                expansions += alternatives.compactMap { $0.label.map { AbbreviationExpansion(from: typed, to: $0) } }
            }
        }
        var expanded = atom
        expanded.expression = compose(choices, typed: nil, exact: false, column: atom.column)
        expanded.exactExpression = compose(choices, typed: nil, exact: true, column: atom.column)
        return expanded
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

    private func bestMatch(_ tokens: [Token], at index: Int, text: String, boundaries: TokenBoundaries) -> (Int, [Alternative])? {
        let key = Self.folded(tokens[index])
        var best: (Int, [Alternative])?
        for entryIndex in abbreviationsByFirst[key] ?? [] {
            let abbreviation = abbreviations[entryIndex]
            let abbrTokens = analyzer.tokens(in: abbreviation.abbr)
            let end = index + abbrTokens.count
            guard end <= tokens.count, boundaries.contains(end),
                  let result = Self.matchAll(tokens[index..<end], abbrTokens),
                  Self.looksLikeAbbreviation(Self.substring(text, tokens, index..<end)),
                  abbrTokens.count > (best?.0 ?? 0) else { continue }
            best = (abbrTokens.count, abbreviation.senses.map { sense in
                Alternative(piece: quote(sense.expansion, exact: true), exact: result.exact, label: sense.expansion)
            })
        }
        var expansionLength = 0
        var expansionAlternatives: [Alternative] = []
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
    private func abbreviationAlternative(_ abbreviation: Abbreviation, sense: Int, exact: Bool) -> Alternative {
        let capitals = "\"" + String(UnicodeScalar(IndexTerm.capitalsMarker)) + analyzer.tokens(in: abbreviation.abbr).map(\.exact).joined(separator: " ") + "\""
        var alternative = Alternative(piece: capitals, exact: exact, label: abbreviation.abbr)
        let senses = abbreviation.senses
        if senses.count > 1 {
            let own = quote(senses[sense].expansion, exact: true)
            alternative.gates = [Gate(requires: [own])]
            if sense == 0 {
                alternative.gates.append(Gate(excludes: senses.dropFirst().map { quote($0.expansion, exact: true) }))
            }
        }
        return alternative
    }

    /// Two-letter abbreviations must be typed in capitals (`CA`, not the word "ca");
    /// longer ones in any case (`lđlđ`).
    private static func looksLikeAbbreviation(_ typed: String) -> Bool {
        typed.filter(\.isLetter).count >= 3 || !typed.contains(where: \.isLowercase)
    }

    /// One FTS5 expression: every combination of the choices as a phrase, ORed,
    /// each under the sense conditions of the abbreviations it matches.
    private func compose(_ choices: [[Alternative]], typed: String?, exact: Bool, column: String?) -> String {
        var combinations: [[Alternative]] = [[]]
        for options in choices {
            combinations = combinations.flatMap { prefix in options.map { prefix + [$0] } }
            if combinations.count > Self.maxCombinations { combinations = Array(combinations.prefix(Self.maxCombinations)) }
        }
        let columnPrefix = column.map { "\($0) : " } ?? ""
        var terms: [String] = []
        for combination in combinations {
            let generated = combination.filter { $0.label != nil }
            if exact, !generated.allSatisfy(\.exact) { continue }
            if generated.isEmpty, let typed {
                terms.append(typed)
                continue
            }
            let pieces = combination.map { alternative -> String in
                guard let piece = alternative.piece else { return typed ?? "" }
                return exact && alternative.label == nil ? exactPiece(piece) : piece
            }
            let phrase = columnPrefix + pieces.joined(separator: " + ")
            var gates: [Gate] = [Gate()]
            for alternative in generated {
                gates = gates.flatMap { gate in
                    alternative.gates.map { Gate(requires: gate.requires + $0.requires, excludes: gate.excludes + $0.excludes) }
                }
            }
            for gate in gates {
                var term = ([phrase] + gate.requires).joined(separator: " AND ")
                if !gate.requires.isEmpty || !gate.excludes.isEmpty { term = "(\(term))" }
                if !gate.excludes.isEmpty { term = "(\(term) NOT (\(gate.excludes.joined(separator: " OR "))))" }
                terms.append(term)
            }
        }
        return terms.count == 1 ? terms[0] : "(\(terms.joined(separator: " OR ")))"
    }

    private func quote(_ text: String, exact: Bool) -> String {
        FTS5QueryCompiler.quote((exact ? String(UnicodeScalar(IndexTerm.exactOnlyMarker)) : "") + text)
    }

    /// A typed piece, `"text"`, matched by exact forms only.
    private func exactPiece(_ piece: String) -> String {
        "\"" + String(UnicodeScalar(IndexTerm.exactOnlyMarker)) + piece.dropFirst()
    }

    private static func substring(_ text: String, _ tokens: [Token], _ range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        return String(decoding: utf8[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }
}
