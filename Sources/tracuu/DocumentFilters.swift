import ArgumentParser
import TracuuIndex

/// `--since`, `--until`, `--kind`, `--source`: which documents a search or a
/// figures listing looks at.
struct DocumentFilters: ParsableArguments {
    @Option(help: ArgumentHelp("Only documents dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only documents of this kind (article, resolution, decree, …).", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Only documents from this source.", valueName: "source"))
    var source: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, DocumentDate.normalize(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date; use YYYY-MM-DD")
            }
        }
    }
}
