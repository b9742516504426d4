import TracuuIndex
import VietText

/// `tracuu abbr [ABBR] --json`: every abbreviation (or one, with example sentences) with its
/// senses, where each comes from and how many documents use it (CĐ → Công đoàn, built-in, 12).
public struct AbbreviationListing: Encodable, Sendable {
    public var abbreviations: [Entry]

    /// One abbreviation with its senses (and example sentences when one was asked for).
    public struct Entry: Encodable, Sendable {
        public var abbr: String
        public var senses: [Sense]
        public var examples: [Example]?
    }

    /// One sense: its expansion, where it comes from, the documents using and defining it.
    public struct Sense: Encodable, Sendable {
        public var expansion: String
        public var source: String
        public var documents: Int
        public var learned: Bool
        public var definingDocuments: Int
        public var definedIn: [String]

        enum CodingKeys: String, CodingKey {
            case expansion, source, documents, learned
            case definingDocuments = "defining_documents"
            case definedIn = "defined_in"
        }
    }

    /// A sentence using the abbreviation, with its document's path.
    public struct Example: Encodable, Sendable {
        public var path: String
        public var sentence: String
    }

    /// Thrown for an abbreviation the dictionary does not hold.
    public struct Unknown: Error {
        public var abbreviation: String
    }

    /// The listing as `tracuu abbr` makes it; `source` keeps only senses from there
    /// (`.learned`: those some document defines).
    public init(database: IndexDatabase, abbreviation: String?, source: AbbreviationSense.Source?, user: [Abbreviation]) throws {
        let catalog = AbbreviationCatalog(database: database)
        let dictionary = try catalog.dictionary(user: user)
        let chosen: [Abbreviation]
        if let abbreviation {
            guard let found = dictionary.lookup(abbreviation) else { throw Unknown(abbreviation: abbreviation) }
            chosen = [found]
        } else {
            chosen = dictionary.abbreviations
        }
        var usage = try catalog.usage(of: chosen)
        if let source {
            for index in usage.indices {
                usage[index].senses.removeAll { source == .learned ? $0.definingDocuments == 0 : $0.source != source }
            }
            usage.removeAll { $0.senses.isEmpty }
        }
        let examples = abbreviation == nil || usage.isEmpty ? nil : try catalog.examples(of: chosen[0])
        abbreviations = usage.map { item in
            Entry(abbr: item.abbr,
                  senses: item.senses.map {
                      Sense(expansion: $0.expansion, source: $0.source.rawValue, documents: $0.documents,
                            learned: $0.definingDocuments > 0, definingDocuments: $0.definingDocuments, definedIn: $0.definedIn)
                  },
                  examples: examples?.map { Example(path: $0.path, sentence: $0.sentence) })
        }
    }
}
