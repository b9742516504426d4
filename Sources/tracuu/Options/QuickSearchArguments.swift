/// The plain argument lists of `tracuu search` (`--index FILE --limit 10 --json tai nạn`),
/// read without swift-argument-parser into a `SearchRequest`, so a search starts without its
/// reflection over the command's properties. Only long options, each given once,
/// with a value that cannot be read as an option, and words that do not start with `-`;
/// anything else, and any list that does not validate, is left to ArgumentParser, which
/// reads these lists the same way (`QuickSearchArgumentsTests` checks it on generated lists).
enum QuickSearchArguments {
    private static let valued = ["--index", "--since", "--until", "--kind", "--source", "--limit", "--abbreviations"]
    private static let flags = ["--any", "--count", "--json", "--no-expand"]

    /// The request `arguments` (what follows `search`) make, or nil to use ArgumentParser.
    static func request(_ arguments: [String]) -> SearchRequest? {
        // Values in `valued` order: an array, since a search's first `[String: String]` makes
        // the runtime scan its conformance records.
        var values = [String?](repeating: nil, count: valued.count)
        var setFlags: [String] = []
        var words: [String] = []
        var index = 0
        var onlyWords = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyWords || !argument.hasPrefix("-") {
                words.append(argument)
                continue
            }
            if argument == "--" {
                onlyWords = true
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if flags.contains(name), value == nil {
                guard !setFlags.contains(name) else { return nil }
                setFlags.append(name)
                continue
            }
            guard let slot = valued.firstIndex(of: name), values[slot] == nil else { return nil }
            if value == nil {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[slot] = value
        }
        func value(_ name: String) -> String? { values[valued.firstIndex(of: name)!] }
        var request = SearchRequest(
            index: value("--index"), words: words, since: value("--since"), until: value("--until"), kind: value("--kind"),
            source: value("--source"), any: setFlags.contains("--any"), count: setFlags.contains("--count"),
            json: setFlags.contains("--json"), noExpand: setFlags.contains("--no-expand"), abbreviationsFile: value("--abbreviations"))
        if let limit = value("--limit") {
            guard let number = Int(limit) else { return nil }
            request.limit = number
        }
        guard (try? request.validate()) != nil else { return nil }
        return request
    }
}
