import TracuuIndex
import VietText

/// A search as the page's form or `/api/search` asks for it, with `tracuu search`'s options
/// and checks: `?q=cong+doan&since=2017-01-01&kind=article&any=1&limit=20`.
struct SearchForm: Sendable {
    var query: String?
    var since: String?
    var until: String?
    var kind: String?
    var source: String?
    var any: Bool
    var limit: Int
    /// 1-based page of `limit` results (pages only).
    var page: Int

    static let longestQuery = 2000

    init(_ form: FormParameters, limit defaultLimit: Int = 10) throws {
        query = form["q"]
        since = form["since"]
        until = form["until"]
        kind = form["kind"]
        source = form["source"]
        any = form.flag("any")
        limit = try form.integer("limit", default: defaultLimit, range: 0...10_000)
        page = try form.integer("page", default: 1, range: 1...100)
        for (name, value) in [("since", since), ("until", until)] {
            if let value, DocumentDate.normalize(value) == nil {
                throw WebError(.badRequest, .badDate(field: name, value: value))
            }
        }
        if let query, query.count > Self.longestQuery {
            throw WebError(.badRequest, .queryTooLong)
        }
    }

    /// The filters and `any` as a link's fields, for a link that repeats this search (the next
    /// page, a document found, the way back from it).
    var filterFields: [(String, String?)] {
        [("since", since), ("until", until), ("kind", kind), ("source", source), ("any", any ? "1" : nil)]
    }

    /// The options of `tracuu search` with these filters, `count` results (0: all), of which a
    /// page shows `pageSize`.
    func options(limit count: Int, pageSize: Int? = nil, userAbbreviations: [Abbreviation]) -> SearchOptions {
        var options = SearchOptions(since: since, until: until, kind: kind, source: source, limit: count, anyWord: any)
        options.pageSize = pageSize
        options.userAbbreviations = userAbbreviations
        return options
    }
}
