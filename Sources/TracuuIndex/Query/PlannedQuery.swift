/// A query as tracuu means it, planned once by `QueryPlanner` for every caller (search,
/// figures): required clauses of items, each item knowing its words, the other ways they
/// may be written (an abbreviation's senses, the abbreviation in capitals) and how each
/// term matches index terms. `FTS5QueryCompiler` alone turns it into FTS5 text.
///
/// `LĐLĐ tham gia` → [`LĐLĐ` or "Liên đoàn Lao động" (exact forms)] AND [`tham`] AND [`gia`].
public struct PlannedQuery: Equatable, Sendable {
    /// How the words of a term match index terms.
    public enum Form: Equatable, Sendable {
        /// As typed: an unaccented word also matches each accented form the index holds
        /// (`hoa` → hoà, hóa, họa…), an accented one its exact form.
        case folded
        /// The exact forms only (`hoa` → hoa).
        case exact
        /// Words written in capitals only: the abbreviation `CA`, not the word "ca".
        case capitals
    }

    /// Words matched together, in order, in one form.
    public struct Term: Equatable, Sendable {
        public var text: String
        public var form: Form
    }

    /// When a document's abbreviation in capitals counts for one sense: the sense phrases the
    /// document must spell out or the words it must write before the abbreviation
    /// (`requiredPhrases`, "Công ty" + `CP`), and those it must not.
    public struct SenseCondition: Equatable, Sendable {
        public var requires: [Term] = []
        public var excludes: [Term] = []
        public var requiredPhrases: [[Term]] = []
        public var excludedPhrases: [[Term]] = []

        /// The one rule for an abbreviation of several senses: an occurrence counts for the sense
        /// its document spells out, else for another sense its context tells (`AbbreviationContexts`:
        /// "Công ty CP" is cổ phần), else for the first sense. "trường CĐ … cao đẳng" counts for
        /// cao đẳng, a `CĐ` in a text spelling out no sense for Công đoàn. Any one condition suffices.
        /// `contexts` holds, per sense, the words that written just before `capitals` tell it.
        static func conditions(forSense sense: Int, of expansions: [String], contexts: [[String]] = [], capitals: String = "") -> [SenseCondition] {
            guard expansions.count > 1 else { return [SenseCondition()] }
            func phrases(_ index: Int) -> [[Term]] {
                (index < contexts.count ? contexts[index] : []).map { [Term(text: $0, form: .exact), Term(text: capitals, form: .capitals)] }
            }
            var conditions = [SenseCondition(requires: [Term(text: expansions[sense], form: .exact)])]
            if sense > 0 {
                conditions += phrases(sense).map { SenseCondition(requiredPhrases: [$0]) }
            } else {
                let others = expansions.indices.dropFirst()
                conditions.append(SenseCondition(
                    excludes: others.map { Term(text: expansions[$0], form: .exact) }, excludedPhrases: others.flatMap(phrases)))
            }
            return conditions
        }
    }

    /// Another way to write typed words: a sense of the abbreviation typed (`LĐLĐ` →
    /// "Liên đoàn Lao động"), or the abbreviation of the words typed (`cong an nhan dan` → `CAND`).
    public struct Expansion: Equatable, Sendable {
        public var term: Term
        /// Where the term counts, any one of them (`SenseCondition.conditions`).
        public var conditions: [SenseCondition] = [SenseCondition()]
        /// Whether the typed words are the very forms the dictionary writes (`LĐLĐ`, not
        /// `LDLD`): it then ranks with the exact matches.
        public var matchesExactly: Bool
        /// What the user is told it matched.
        public var label: String
    }

    /// Consecutive words of an item as typed, with their expansions.
    public struct Stretch: Equatable, Sendable {
        public var text: String
        public var expansions: [Expansion] = []
    }

    /// How an item was typed: a word, a phrase in quotes (`"an ninh"`), a prefix (`hoà*`).
    public enum Kind: Equatable, Sendable {
        case word
        case phrase
        case prefix
    }

    /// One searchable item: a word (or words typed apart that one expansion spans), a phrase
    /// or a prefix, in one field or all of them.
    public struct Item: Equatable, Sendable {
        public var text: String
        public var kind: Kind
        public var column: String?
        /// The words as typed: several when an expansion spans words typed apart
        /// (`cong an nhan dan` → `CAND`), else the text alone.
        public var words: [String]
        /// The item's words in stretches; only abbreviation expansion cuts an item in several.
        public var stretches: [Stretch]
        /// A spelling of a document number (`100/2015/NĐ-CP`): no abbreviation expands in it.
        public var isDocumentNumber = false
        /// The accented forms the index holds for a plain unaccented word (`tai` → tài, tại…).
        public var accentedForms: [String] = []
        /// For words typed apart that an expansion groups, those of each word (`cong an` →
        /// [công, cống…], [an, ăn, án…]): counting spells them out as it does a plain word's.
        var wordForms: [[String]] = []
        /// The forms the query most likely means, one per word, for unaccented words read with
        /// their neighbours (`nhung` in `tham nhung` → nhũng; `cong an` → công, an).
        public var reading: [String]?
        /// In a question (`Searcher.questionLength` items or more), the unaccented spelling of a
        /// plain word typed with diacritics that no document holds (`truyên` → truyen): its
        /// any-word search matches the word by that spelling.
        var unheldFolded: String?

        /// Words typed apart that an expansion spans, as one item (`cong an` → `CA`).
        var isGroupedWords: Bool { kind == .word && column == nil && stretches.count == 1 && hasExpansions }

        /// Spellings of an item that a match may take: the first ones of every combination.
        static let maxSpellings = 48

        /// An item as typed, without expansions.
        public init(_ atom: SearchQuery.Atom) {
            text = atom.text
            kind = atom.isPrefix ? .prefix : atom.isPhrase ? .phrase : .word
            column = atom.column
            words = [atom.text]
            stretches = [Stretch(text: atom.text)]
            isDocumentNumber = atom.isDocumentNumber
        }

        init(text: String, kind: Kind, column: String?, words: [String], stretches: [Stretch]) {
            self.text = text
            self.kind = kind
            self.column = column
            self.words = words
            self.stretches = stretches
        }

        public var hasExpansions: Bool { stretches.contains { !$0.expansions.isEmpty } }

        /// A word in no field and without expansions: consecutive ones are also tried as a phrase.
        var isPlainWord: Bool { kind == .word && column == nil && !hasExpansions }

        /// The ways to write the item: for each stretch, as typed (nil) or one of its expansions;
        /// the words as typed come first, and at most `maxSpellings` are kept.
        var spellings: [[Expansion?]] {
            var spellings: [[Expansion?]] = [[]]
            for stretch in stretches {
                let options: [Expansion?] = [nil] + stretch.expansions
                spellings = spellings.flatMap { prefix in options.map { prefix + [$0] } }
                if spellings.count > Self.maxSpellings { spellings = Array(spellings.prefix(Self.maxSpellings)) }
            }
            return spellings
        }
    }

    /// Items joined by `OR` (those typed, and the spellings the index holds of a document
    /// number typed); a clause is required, or excluded when negated.
    public struct Clause: Equatable, Sendable {
        public var items: [Item]
        public var negated: Bool
    }

    /// Documents ranked above the others, each group scored alone.
    public enum Tier: Equatable, Sendable {
        /// Those matching every word in its exact form (`tai` as typed, not tài or tại).
        case exactForms
        /// Those holding the reading of the unaccented words (`tham nhung` → tham nhũng).
        case reading
    }

    public var clauses: [Clause]
    /// The expansions applied, once each, for the user to see.
    public var expansions: [AbbreviationExpansion] = []
    /// The documents to rank first, or nil when every match ranks together.
    public var firstTier: Tier?
    /// The query's words as read (`tham nhũng`), when the reading differs from what was typed.
    public var reading: String?
    /// Another reading the index writes almost as often (`hải quan` beside `hải quân`), for the
    /// user to choose by typing it; nil when the reading has no close rival.
    public var otherReading: String?

    /// The query as typed, without expansions.
    public init(_ query: SearchQuery) {
        clauses = query.clauses.map { Clause(items: $0.alternatives.map(Item.init), negated: $0.negated) }
    }

    init(clauses: [Clause], expansions: [AbbreviationExpansion]) {
        self.clauses = clauses
        self.expansions = expansions
    }

    /// Every item of a required clause, for the any-word search.
    public var positiveItems: [Item] { clauses.filter { !$0.negated }.flatMap(\.items) }

    /// True when nothing is required: a query of exclusions only finds nothing.
    public var isEmpty: Bool { clauses.allSatisfy(\.negated) }
}
