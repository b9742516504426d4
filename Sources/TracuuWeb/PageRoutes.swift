import Hummingbird
import TracuuIndex
import TracuuOutput
import VietText

/// The pages: search (`/`), one document (`/doc/ID`), references (`/refs`, `/refs/NUMBER`),
/// figures (`/figures`, with CSV and Markdown downloads) and abbreviations (`/abbr`), rendered
/// on the server from the same catalogs and printers as the CLI.
struct PageRoutes: Sendable {
    let index: IndexAccess
    let userAbbreviations: [Abbreviation]
    let indexName: String

    static let pageSize = 10

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in await page { try await search(FormParameters(query: request.uri.query)) } }
        router.get("/doc/:id") { request, context in
            await page { try await document(context.parameters.get("id") ?? "", FormParameters(query: request.uri.query)) }
        }
        router.get("/refs") { request, _ in await page { try await references(FormParameters(query: request.uri.query)) } }
        router.get("/refs/**") { _, context in await page { try await reference(ReferencePath.number(context.parameters.getCatchAll())) } }
        router.get("/figures") { request, _ in await page { try await figures(FormParameters(query: request.uri.query)) } }
        router.get("/figures.csv") { request, _ in await download(FormParameters(query: request.uri.query), csv: true) }
        router.get("/figures.md") { request, _ in await download(FormParameters(query: request.uri.query), csv: false) }
        router.get("/abbr") { request, _ in await page { try await abbreviations(FormParameters(query: request.uri.query)) } }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let asset = SiteAssets.files[name] else { throw HTTPError(.notFound) }
            var response = WebResponse.body(asset.body, type: asset.type, status: .ok)
            response.headers[.cacheControl] = "max-age=3600"
            return response
        }
    }

    private func page(_ body: () async throws -> String) async -> Response {
        do {
            return WebResponse.html(try await body())
        } catch {
            let error = WebError(error)
            return WebResponse.html(PageRenderer.shared.error(error, indexName: indexName), status: error.status)
        }
    }

    private func render(_ template: String, title: String, section: PageRenderer.Section, _ values: [String: Any]) -> String {
        var values = values
        values["indexName"] = indexName
        return PageRenderer.shared.render(template, title: title, section: section, values)
    }

    // MARK: - Search

    func search(_ form: FormParameters) async throws -> String {
        var values: [String: Any] = [:]
        let search: SearchForm
        do {
            search = try SearchForm(form)
        } catch let error as WebError {
            values["problem"] = error.vietnamese
            values["q"] = form["q"] ?? ""
            values["kinds"] = kinds(form["kind"])
            return render("search", title: "Tìm kiếm", section: .search, values)
        }
        values["q"] = search.query ?? ""
        values["since"] = search.since ?? ""
        values["until"] = search.until ?? ""
        values["source"] = search.source ?? ""
        values["any"] = search.any
        values["kinds"] = kinds(search.kind)
        guard let query = search.query else { return render("search", title: "Tìm kiếm", section: .search, values) }
        let options = search.options(limit: search.page * Self.pageSize, pageSize: Self.pageSize, userAbbreviations: userAbbreviations)
        let results: SearchResults
        do {
            results = try await index.read { database in try Searcher(database: database).search(query, options: options) }
        } catch let error as SearchError {
            values["problem"] = WebError(error).vietnamese
            return render("search", title: query, section: .search, values)
        }
        let searched = results.showsSuggestion ? results.suggestion ?? query : results.keystrokeReading ?? query
        // A document opened from here is marked by the same search: same filters, same `any`.
        let filters = search.filterFields
        let shown = Array(results.hits.dropFirst((search.page - 1) * Self.pageSize))
        values["searched"] = true
        values["keystrokes"] = results.keystrokeReading
        if let suggestion = results.suggestion {
            values["suggestion"] = suggestion
            values[results.showsSuggestion ? "suggestionShown" : "suggestionOffered"] = true
            values["suggestionLink"] = FormLink.make("/", [("q", suggestion)])
        }
        values["reading"] = results.reading
        if let other = results.otherReading {
            values["otherReading"] = other
            values["otherReadingLink"] = FormLink.make("/", [("q", other)])
        }
        values["hasExpansions"] = !results.expansions.isEmpty
        values["expansions"] = results.expansions.map { ["from": $0.from, "to": $0.to] }
        values["relaxed"] = results.relaxed && !search.any
        values["countText"] = results.total == 0 ? "Không tìm thấy văn bản nào."
            : "Tìm thấy \(VietnameseLabels.number(results.total)) văn bản" + (results.relaxed && !search.any ? " có một phần các từ." : ".")
        values["hasHits"] = !shown.isEmpty
        values["firstRank"] = (search.page - 1) * Self.pageSize + 1
        values["hits"] = shown.map { hit -> [String: Any] in
            [
                "link": FormLink.make("/doc/\(hit.id)", [("q", searched)] + filters), "title": hit.title, "date": hit.date ?? "không ghi ngày",
                "kindName": VietnameseLabels.kind(hit.kind), "path": hit.path, "snippet": MarkedText.segments(hit.snippet),
            ]
        }
        let pageCount = min(100, (results.total + Self.pageSize - 1) / Self.pageSize)
        values["page"] = search.page
        if pageCount > 1 { values["pageCount"] = pageCount }
        func link(_ page: Int) -> String {
            FormLink.make("/", [("q", query)] + filters + [("page", String(page))])
        }
        if search.page > 1 { values["previous"] = link(search.page - 1) }
        if search.page < pageCount { values["next"] = link(search.page + 1) }
        if results.total == 0 {
            if !results.unmatchedWords.isEmpty {
                values["whyEmpty"] = "Không văn bản nào có " + results.unmatchedWords.map { "“\($0)”" }.joined(separator: ", ") + "."
            } else if search.since != nil || search.until != nil || search.kind != nil || search.source != nil {
                values["whyEmpty"] = "Không văn bản nào khớp với các điều kiện lọc (ngày, loại, nguồn)."
                    + (results.undatedLeftOut > 0 ? " \(results.undatedLeftOut) văn bản khớp nhưng không ghi ngày nên bị bỏ qua." : "")
            } else {
                values["whyEmpty"] = "Không văn bản nào có đủ các từ này cùng nhau (hoặc mọi văn bản đều bị loại trừ)."
            }
        } else if shown.isEmpty {
            values["whyEmpty"] = "Trang này không còn kết quả."
        }
        return render("search", title: query, section: .search, values)
    }

    private func kinds(_ chosen: String?) -> [[String: Any]] {
        VietnameseLabels.kinds.map { ["value": $0.value, "label": $0.label, "selected": $0.value == (chosen ?? "")] }
    }

    // MARK: - Document

    func document(_ text: String, _ form: FormParameters) async throws -> String {
        let id = try DocumentID.parse(text)
        // The search the document was found by, whose filters and `any` decide what it matched.
        let search = try SearchForm(form)
        let query = search.query
        let chosen = search.options(limit: Self.pageSize, userAbbreviations: userAbbreviations)
        return try await index.read { database in
            guard let stored = try database.document(id: id) else { throw WebError(.notFound, .unknownDocument(id)) }
            let doc = stored.document
            var values: [String: Any] = [:]
            let marked = try query.flatMap { try DocumentHighlighter(database: database).highlight($0, documentID: id, options: chosen) }
                .map { PhraseHighlights.keep([$0.title, $0.lead, $0.body]) }
            let title = marked?[0] ?? HighlightedText(text: doc.title, highlights: [])
            let lead = marked?[1] ?? HighlightedText(text: doc.lead, highlights: [])
            let body = marked?[2] ?? HighlightedText(text: doc.body, highlights: [])
            values["titleText"] = MarkedText.segments(title)
            if !lead.text.isEmpty { values["leadText"] = MarkedText.segments(lead) }
            values["paragraphs"] = MarkedText.paragraphs(body)
            if let query {
                values["back"] = FormLink.make("/", [("q", query)] + search.filterFields)
                values["backText"] = "Kết quả tìm “\(query)”"
                if marked == nil { values["queryNote"] = "Văn bản này không chứa các từ “\(query)”." }
            } else {
                values["back"] = "/"
                values["backText"] = "Trang tìm kiếm"
            }
            var facts: [[String: Any]] = [
                ["name": "Ngày", "value": doc.date ?? "không ghi ngày"], ["name": "Loại", "value": VietnameseLabels.kind(doc.kind)],
            ]
            if let number = doc.number { facts.append(["name": "Số hiệu", "value": number, "link": ReferencePath.address(number)]) }
            if let source = doc.source { facts.append(["name": "Nguồn", "value": source]) }
            if let url = doc.url {
                let web = url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")
                facts.append(web ? ["name": "Địa chỉ gốc", "value": url, "link": url] : ["name": "Địa chỉ gốc", "value": url])
            }
            facts.append(["name": "Tệp", "value": doc.path])
            facts.append(["name": "Mã trong chỉ mục", "value": String(id), "link": "/api/doc/\(id)"])
            values["facts"] = facts
            var figureOptions = FigureOptions(sort: .rank, limit: 200)
            figureOptions.document = id
            let figures = try FigureFinder(database: database).figures(matching: nil, options: figureOptions)
            values["hasFigures"] = !figures.hits.isEmpty
            values["figureCount"] = figures.total
            values["figures"] = figures.hits.sorted { $0.position < $1.position }.map { hit -> [String: Any] in
                ["value": FigurePrinter.display(hit), "unit": hit.unit ?? "", "direction": FigurePrinter.vietnamese(hit.direction),
                 "quote": MarkedText.figure(hit.context, hit.highlight)]
            }
            let catalog = ReferenceCatalog(database: database)
            let made = try catalog.links(ofDocument: id)
            values["hasMade"] = !made.isEmpty
            values["madeCount"] = made.count
            values["made"] = made.map { ["target": $0.target, "link": ReferencePath.address($0.target), "relation": VietnameseLabels.relation($0.relation),
                                         "scope": $0.scope ?? ""] }
            if let number = doc.number, case .found(let found) = try ReferenceAnswer.lookup(number, in: catalog) {
                let own = found.first { $0.document?.id == id } ?? found.first
                let citations = own?.citations ?? []
                values["hasReceived"] = !citations.isEmpty
                values["receivedCount"] = citations.count
                values["received"] = citations.prefix(20).map { citation -> [String: Any] in
                    ["relation": VietnameseLabels.relation(citation.relation), "link": "/doc/\(citation.documentID)", "title": citation.title,
                     "date": citation.date ?? "", "context": MarkedText.segments(citation.context)]
                }
                if citations.count > 20 { values["receivedMore"] = ReferencePath.address(number) }
            }
            return render("document", title: doc.title, section: .search, values)
        }
    }

    // MARK: - References

    func references(_ form: FormParameters) async throws -> String {
        var listing = try ReferenceListing(form)
        let limit = listing.limit
        listing.limit = 0
        let all = try await index.read { [listing] database in try listing.summaries(database) }
        let shown = limit == 0 && form["limit"] == nil ? Array(all.prefix(300)) : limit > 0 ? Array(all.prefix(limit)) : all
        func sortLink(_ order: String) -> String {
            FormLink.make("/refs", [("sort", order), ("type", listing.type), ("issuer", listing.issuer), ("weak", listing.weak ? "1" : nil)])
        }
        var values: [String: Any] = [
            "type": listing.type ?? "", "issuer": listing.issuer ?? "", "weak": listing.weak, "sort": listing.order.rawValue,
            "sortID": sortLink("id"), "sortDate": sortLink("date"), "sortCount": sortLink("count"),
            "byID": listing.order == .id, "byDate": listing.order == .date, "byCount": listing.order == .count,
            "hasReferences": !shown.isEmpty, "total": VietnameseLabels.number(all.count),
            "countText": all.isEmpty ? "Không có số hiệu nào." : "\(VietnameseLabels.number(all.count)) văn bản được dẫn"
                + (shown.count < all.count ? ", hiện \(VietnameseLabels.number(shown.count)) đầu tiên." : "."),
        ]
        values["references"] = shown.map { reference -> [String: Any] in
            ["id": reference.id, "link": ReferencePath.address(reference.id), "typeName": reference.typeName,
             "issuer": reference.issuerName ?? reference.issuer ?? "", "date": reference.date ?? reference.term.map { "khóa " + $0 } ?? "",
             "documents": reference.documents, "mentions": reference.mentions, "indexed": reference.citedDocumentID != nil]
        }
        if shown.count < all.count {
            values["more"] = FormLink.make("/refs", [("sort", listing.order.rawValue), ("type", listing.type), ("issuer", listing.issuer),
                                                     ("weak", listing.weak ? "1" : nil), ("limit", "0"), ("all", "1")])
        }
        return render("references", title: "Văn bản được dẫn", section: .references, values)
    }

    func reference(_ number: String) async throws -> String {
        try await index.read { database in
            let catalog = ReferenceCatalog(database: database)
            var values: [String: Any] = [:]
            switch try ReferenceAnswer.lookup(number, in: catalog) {
            case .notANumber:
                throw WebError(.badRequest, .notAReference(number))
            case .candidates(let candidates, let name):
                guard !candidates.isEmpty else { throw WebError(.notFound, .noReferenceOfKind(name)) }
                values["candidates"] = [
                    "name": name, "count": candidates.count,
                    "items": candidates.map { ["id": $0.id, "link": ReferencePath.address($0.id), "issuer": $0.issuerName ?? $0.issuer ?? "",
                                               "date": $0.date ?? "", "documents": $0.documents] as [String: Any] },
                ] as [String: Any]
                return render("reference", title: name, section: .references, values)
            case .found(let found):
                guard let first = found.first else { throw WebError(.notFound, .unknownReference(number)) }
                values["lookups"] = found.map(lookupValues)
                return render("reference", title: "\(first.reference.typeName) \(first.reference.id)", section: .references, values)
            }
        }
    }

    private func lookupValues(_ found: ReferenceLookup) -> [String: Any] {
        let reference = found.reference
        var facts: [[String: Any]] = []
        if let date = reference.date { facts.append(["name": "Ngày ban hành", "value": date]) }
        if let term = reference.term { facts.append(["name": "Khóa", "value": term + " (không rõ ngày)"]) }
        if let issuer = reference.issuerName ?? reference.issuer { facts.append(["name": "Cơ quan ban hành", "value": issuer]) }
        if let subject = reference.subject { facts.append(["name": "Về", "value": subject]) }
        if let document = found.document {
            facts.append(["name": "Trong chỉ mục", "value": document.document.title, "link": "/doc/\(document.id)"])
        } else {
            facts.append(["name": "Trong chỉ mục", "value": "chưa có văn bản này"])
        }
        for relation in DocumentRelation.allCases where relation.isTyped {
            let targets = found.links.filter { $0.relation == relation }
            for target in targets {
                facts.append(["name": VietnameseLabels.relation(relation).capitalizedFirst, "value": target.target + (target.scope.map { " (\($0))" } ?? ""),
                              "link": ReferencePath.address(target.target)])
            }
        }
        facts.append(["name": "Được dẫn", "value": "\(reference.documents) văn bản, \(reference.mentions) lần nhắc"])
        let timeline = ReferenceTimeline(dates: found.mentionDates)
        var values: [String: Any] = [
            "heading": "\(reference.typeName) \(reference.id)", "facts": facts, "unitName": timeline.unit == .year ? "năm" : "tháng",
        ]
        if let chart = TimelineChart.values(timeline) { values["chart"] = chart }
        if timeline.undated > 0 { values["undated"] = timeline.undated }
        var groups: [[String: Any]] = []
        for relation in [DocumentRelation.amends, .replaces, .repeals, .guides, .consolidates, .basedOn, .cites] {
            let citations = found.citations.filter { $0.relation == relation }
            guard !citations.isEmpty else { continue }
            groups.append([
                "name": VietnameseLabels.passive(relation), "count": citations.count,
                "citations": citations.map { citation -> [String: Any] in
                    var item: [String: Any] = ["link": "/doc/\(citation.documentID)", "title": citation.title, "date": citation.date ?? "",
                                               "context": MarkedText.segments(citation.context)]
                    if let scope = citation.scope { item["scope"] = scope }
                    return item
                },
            ])
        }
        values["groups"] = groups
        return values
    }

    // MARK: - Figures

    func figures(_ form: FormParameters) async throws -> String {
        var values: [String: Any] = [
            "q": form["q"] ?? "", "unit": form["unit"] ?? "", "min": form["min"] ?? "", "max": form["max"] ?? "",
            "since": form["since"] ?? "", "until": form["until"] ?? "",
            "sorts": [("rank", "Phù hợp nhất"), ("value", "Giá trị lớn nhất"), ("date", "Mới nhất")].map {
                ["value": $0.0, "label": $0.1, "selected": $0.0 == (form["sort"] ?? "rank")] as [String: Any]
            },
        ]
        let request: FigureForm
        do {
            request = try FigureForm(form, limit: 100)
        } catch let error as WebError {
            values["problem"] = error.vietnamese
            return render("figures", title: "Số liệu", section: .figures, values)
        }
        let results: FigureResults
        do {
            results = try await index.read { database in try request.results(database) }
        } catch let error as SearchError {
            values["problem"] = WebError(error).vietnamese
            return render("figures", title: "Số liệu", section: .figures, values)
        }
        values["hasFigures"] = !results.hits.isEmpty
        values["countText"] = results.total == 0 ? "Không có số liệu nào."
            : "\(VietnameseLabels.number(results.total)) số liệu" + (results.hits.count < results.total ? ", hiện \(results.hits.count) đầu tiên (tệp tải về có đủ)." : ".")
        let fields: [(String, String?)] = ["q", "unit", "min", "max", "sort", "since", "until", "kind", "source", "any"].map { ($0, form[$0]) } + [("limit", "0")]
        values["csv"] = FormLink.make("/figures.csv", fields)
        values["markdown"] = FormLink.make("/figures.md", fields)
        values["figures"] = results.hits.map { hit -> [String: Any] in
            ["value": FigurePrinter.display(hit), "unit": hit.unit ?? "", "qualifier": FigurePrinter.vietnamese(hit.qualifier),
             "direction": FigurePrinter.vietnamese(hit.direction), "quote": MarkedText.figure(hit.context, hit.highlight),
             "link": "/doc/\(hit.documentID)", "title": hit.title, "date": hit.date ?? ""]
        }
        return render("figures", title: form["q"].map { "Số liệu: \($0)" } ?? "Số liệu", section: .figures, values)
    }

    private func download(_ form: FormParameters, csv: Bool) async -> Response {
        do {
            let request = try FigureForm(form, limit: 0)
            let results = try await index.read { database in try request.results(database) }
            let printer = FigurePrinter(colored: false)
            return csv
                ? WebResponse.download(printer.csv(results), type: "text/csv; charset=utf-8", filename: "so-lieu.csv")
                : WebResponse.download(printer.markdown(results), type: "text/markdown; charset=utf-8", filename: "so-lieu.md")
        } catch {
            let error = WebError(error)
            return WebResponse.html(PageRenderer.shared.error(error, indexName: indexName), status: error.status)
        }
    }

    // MARK: - Abbreviations

    func abbreviations(_ form: FormParameters) async throws -> String {
        let abbreviation = form["abbr"]
        let source = form["source"].flatMap(AbbreviationSense.Source.init(rawValue:))
        var values: [String: Any] = [
            "abbr": abbreviation ?? "",
            "sources": [("", "Tất cả"), ("built-in", "Có sẵn"), ("learned", "Học từ văn bản"), ("user", "Của bạn")].map {
                ["value": $0.0, "label": $0.1, "selected": $0.0 == (source?.rawValue ?? "")] as [String: Any]
            },
        ]
        let user = userAbbreviations
        let listing: AbbreviationListing
        do {
            listing = try await index.read { database in try AbbreviationListing(database: database, abbreviation: abbreviation, source: source, user: user) }
        } catch let unknown as AbbreviationListing.Unknown {
            values["problem"] = WebProblem.unknownAbbreviation(unknown.abbreviation).vietnamese
            return render("abbreviations", title: "Chữ viết tắt", section: .abbreviations, values)
        }
        var rows: [[String: Any]] = []
        for entry in listing.abbreviations {
            for (index, sense) in entry.senses.enumerated() {
                rows.append([
                    "first": index == 0, "abbr": entry.abbr, "link": FormLink.make("/abbr", [("abbr", entry.abbr)]), "expansion": sense.expansion,
                    "source": VietnameseLabels.source(sense.source), "documents": sense.documents, "defining": sense.definingDocuments,
                    "searchLink": FormLink.make("/", [("q", index == 0 ? entry.abbr : "\"\(sense.expansion)\"")]),
                ])
            }
        }
        values["rows"] = rows
        values["hasEntries"] = !rows.isEmpty
        values["countText"] = "\(VietnameseLabels.number(listing.abbreviations.count)) chữ viết tắt, \(VietnameseLabels.number(rows.count)) nghĩa."
        let examples = listing.abbreviations.first?.examples ?? []
        values["hasExamples"] = !examples.isEmpty
        values["examples"] = examples.map { ["path": $0.path, "sentence": $0.sentence] }
        return render("abbreviations", title: abbreviation.map { "Chữ viết tắt \($0)" } ?? "Chữ viết tắt", section: .abbreviations, values)
    }
}

private extension String {
    /// "sửa đổi" → "Sửa đổi".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
