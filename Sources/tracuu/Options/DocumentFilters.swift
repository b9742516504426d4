import ArgumentParser
import TracuuIndex
import TracuuOutput
import VietText

/// `--since`, `--until`, `--kind`, `--source`: which documents a search or a
/// figures listing looks at.
struct DocumentFilters: ParsableArguments {
    static let sinceHelp = ArgumentHelp("Only documents dated on or after this day.", valueName: "YYYY-MM-DD")
    static let untilHelp = ArgumentHelp("Only documents dated on or before this day.", valueName: "YYYY-MM-DD")
    static let kindHelp = ArgumentHelp("Only documents of this kind (article, resolution, decree, …).", valueName: "kind")
    static let sourceHelp = ArgumentHelp("Only documents from this source.", valueName: "source")

    @Option(help: sinceHelp)
    var since: String?

    @Option(help: untilHelp)
    var until: String?

    @Option(help: kindHelp)
    var kind: String?

    @Option(help: sourceHelp)
    var source: String?

    init() {}

    func validate() throws {
        try Self.validate(since: since, until: until)
    }

    /// One line on stderr when a date filter leaves documents out for having no date:
    /// "tracuu: --since/--until leave out 12 matching documents that have no date".
    static func noteUndated(_ count: Int, matching: Bool) {
        guard count > 0 else { return }
        let documents = count == 1 ? "document that has" : "documents that have"
        Terminal.diagnostic("tracuu: --since/--until leave out \(count) \(matching ? "matching " : "")\(documents) no date")
    }

    /// Checks the dates without making the options (the quick search path has no `@Option` to build).
    static func validate(since: String?, until: String?) throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, DocumentDate.normalize(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date; use YYYY-MM-DD")
            }
        }
    }
}
