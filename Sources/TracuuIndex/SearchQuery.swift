import VietText

/// A user's query as tracuu reads it: words (all required), "quoted phrases",
/// `OR` between two items, `-word` or `-"phrase"` to exclude, `word*` for a
/// prefix, `title:word` (also `lead:`, `body:`) for one field. Anything else
/// is text: it never reaches FTS5 as syntax.
///
/// `công đoàn -"cao đẳng" title:CAND OR CATP hoà*`
public struct SearchQuery: Equatable, Sendable {
    /// One searchable item: the text handed to the analyzer and how to match it.
    public struct Atom: Equatable, Sendable {
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var column: String?
        /// A ready FTS5 expression standing for the atom (abbreviation expansion), and its exact-tier form.
        public var expression: String? = nil
        public var exactExpression: String? = nil
    }

    /// Items joined by `OR`; a clause is required, or excluded when negated.
    public struct Clause: Equatable, Sendable {
        public var alternatives: [Atom]
        public var negated: Bool
    }

    public static let columns: Set<String> = ["title", "lead", "body"]

    public var clauses: [Clause]

    /// Parses any string; never fails. Items without a single word are dropped.
    public init(_ input: String, analyzer: Analyzer) {
        let atoms = Self.lex(input)
        var clauses: [Clause] = []
        var pendingOr = false
        for item in atoms {
            switch item {
            case .or:
                pendingOr = !clauses.isEmpty && !(clauses.last!.negated)
            case .atom(var atom, let negated):
                guard !analyzer.tokens(in: atom.text).isEmpty else { continue }
                if atom.isPrefix, analyzer.tokens(in: atom.text).count > 1 { atom.isPrefix = false }
                if pendingOr, !negated {
                    clauses[clauses.count - 1].alternatives.append(atom)
                } else {
                    clauses.append(Clause(alternatives: [atom], negated: negated))
                }
                pendingOr = false
            }
        }
        self.clauses = clauses
    }

    private enum Lexeme {
        case or
        case atom(Atom, negated: Bool)
    }

    private static func lex(_ input: String) -> [Lexeme] {
        let cleaned = String(input.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control || scalar.value == 0xE000 || scalar.value == 0xE001 ? " " : Character(scalar)
        })
        var lexemes: [Lexeme] = []
        var rest = Substring(cleaned)
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            guard let first = rest.first else { break }
            var negated = false
            var column: String?
            if first == "-", rest.count > 1, let next = rest.dropFirst().first, !next.isWhitespace {
                negated = true
                rest = rest.dropFirst()
            }
            if let colon = rest.prefix(while: { !$0.isWhitespace && $0 != "\"" }).firstIndex(of: ":") {
                let name = rest[..<colon].lowercased()
                let after = rest[rest.index(after: colon)...]
                if columns.contains(name), let next = after.first, !next.isWhitespace {
                    column = name
                    rest = after
                }
            }
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: "\"") ?? body.endIndex
                let text = String(body[..<close])
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
                lexemes.append(.atom(Atom(text: text, isPhrase: true, isPrefix: false, column: column), negated: negated))
                continue
            }
            let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? rest.endIndex
            var word = String(rest[..<end])
            rest = rest[end...]
            if word == "OR", !negated, column == nil {
                lexemes.append(.or)
                continue
            }
            var prefix = false
            if word.hasSuffix("*") {
                word = String(word.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
                prefix = !word.isEmpty
            }
            lexemes.append(.atom(Atom(text: word, isPhrase: false, isPrefix: prefix, column: column), negated: negated))
        }
        return lexemes
    }

    /// Every positive atom, for the relaxed any-word search and for highlighting.
    public var positiveAtoms: [Atom] { clauses.filter { !$0.negated }.flatMap(\.alternatives) }

    public var isEmpty: Bool { clauses.allSatisfy(\.negated) }
}
