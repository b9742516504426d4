import Hummingbird
import TracuuIndex
import TracuuOutput
import VietText

/// `/api/...`: the JSON of the matching `tracuu ... --json` command, made by the same encoders.
/// `/api/search?q=cong+doan&limit=5` answers what `tracuu search --json --limit 5 "cong doan"` prints.
struct APIRoutes: Sendable {
    let index: IndexAccess
    let userAbbreviations: [Abbreviation]

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/search") { request, _ in await answer { try await search(FormParameters(query: request.uri.query)) } }
        router.get("/api/doc/:id") { request, context in await answer { try await document(context.parameters.get("id") ?? "") } }
        router.get("/api/refs") { request, _ in await answer { try await references(FormParameters(query: request.uri.query)) } }
        router.get("/api/refs/**") { request, context in
            await answer { try await reference(ReferencePath.number(context.parameters.getCatchAll()), FormParameters(query: request.uri.query)) }
        }
        router.get("/api/figures") { request, _ in await answer { try await figures(FormParameters(query: request.uri.query)) } }
        router.get("/api/abbr") { request, _ in await answer { try await abbreviations(FormParameters(query: request.uri.query)) } }
    }

    private func answer(_ body: () async throws -> String) async -> Response {
        do {
            return WebResponse.json(try await body())
        } catch {
            return WebResponse.errorJSON(WebError(error))
        }
    }

    func search(_ form: FormParameters) async throws -> String {
        let search = try SearchForm(form)
        guard let query = search.query else { throw WebError(.badRequest, .noQuery) }
        var options = search.options(limit: search.limit, userAbbreviations: userAbbreviations)
        options.expandAbbreviations = form["expand"] != "0"
        if !options.expandAbbreviations { options.userAbbreviations = [] }
        let chosen = options
        return try await index.read { database in
            try JSONOutput.search(Searcher(database: database).search(query, options: chosen))
        }
    }

    func document(_ id: String) async throws -> String {
        let id = try DocumentID.parse(id)
        return try await index.read { database in
            guard let stored = try database.document(id: id) else { throw WebError(.notFound, .unknownDocument(id)) }
            return try JSONOutput.encode(DocumentJSON(stored, links: ReferenceCatalog(database: database).links(ofDocument: id)))
        }
    }

    func references(_ form: FormParameters) async throws -> String {
        let listing = try ReferenceListing(form)
        return try await index.read { database in try JSONOutput.encode(ReferenceJSON.List(listing.summaries(database))) }
    }

    func reference(_ number: String, _ form: FormParameters) async throws -> String {
        let limit = try form.integer("limit", default: 0, range: 0...100_000)
        let timeline = form.flag("timeline")
        return try await index.read { database in
            switch try ReferenceAnswer.lookup(number, in: ReferenceCatalog(database: database), limit: limit) {
            case .found(let found):
                guard !found.isEmpty else { throw WebError(.notFound, .unknownReference(number)) }
                return try JSONOutput.encode(ReferenceJSON.Lookup(found, timeline: timeline))
            case .candidates(let candidates, let name):
                guard !candidates.isEmpty else { throw WebError(.notFound, .noReferenceOfKind(name)) }
                return try JSONOutput.encode(ReferenceJSON.Candidates(candidates))
            case .notANumber:
                throw WebError(.badRequest, .notAReference(number))
            }
        }
    }

    func figures(_ form: FormParameters) async throws -> String {
        let request = try FigureForm(form)
        return try await index.read { database in try FigurePrinter(colored: false).json(request.results(database)) }
    }

    func abbreviations(_ form: FormParameters) async throws -> String {
        let abbreviation = form["abbr"]
        var source: AbbreviationSense.Source?
        if let name = form["source"] {
            guard let known = AbbreviationSense.Source(rawValue: name) else { throw WebError(.badRequest, .badAbbreviationSource) }
            source = known
        }
        let user = userAbbreviations
        let chosen = source
        return try await index.read { database in
            do {
                return try JSONOutput.encode(AbbreviationListing(database: database, abbreviation: abbreviation, source: chosen, user: user))
            } catch let unknown as AbbreviationListing.Unknown {
                throw WebError(.notFound, .unknownAbbreviation(unknown.abbreviation))
            }
        }
    }
}
