import TracuuIndex

/// The figures `tracuu figures` lists, as `/figures` and `/api/figures` ask for them:
/// `?q=gia+xang&unit=đồng&min=1000&sort=value&limit=50`, with the CLI's checks.
struct FigureForm: Sendable {
    var query: String?
    var options: FigureOptions

    init(_ form: FormParameters, limit defaultLimit: Int = 50) throws {
        let search = try SearchForm(form)
        query = search.query
        guard let sort = FigureOptions.Sort(rawValue: form["sort"] ?? "rank") else { throw WebError(.badRequest, .badSort(field: "sort", choices: ["value", "date", "rank"])) }
        let min = try form.number("min")
        let max = try form.number("max")
        if let min, let max, min > max { throw WebError(.badRequest, .minAboveMax) }
        options = FigureOptions(
            since: search.since, until: search.until, kind: search.kind, source: search.source, unit: form["unit"], min: min, max: max,
            sort: sort, limit: try form.integer("limit", default: defaultLimit, range: 0...1_000_000), anyWord: search.any)
    }

    func results(_ database: IndexDatabase) throws -> FigureResults {
        try FigureFinder(database: database).figures(matching: query, options: options)
    }
}
