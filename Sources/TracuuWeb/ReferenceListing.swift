import TracuuIndex

/// The reference list `tracuu refs` prints, as `/refs` and `/api/refs` ask for it:
/// `?sort=date&type=NQ&issuer=TW&weak=1&limit=20`.
struct ReferenceListing: Sendable {
    var order: ReferenceOrder
    var type: String?
    var issuer: String?
    var weak: Bool
    var limit: Int

    init(_ form: FormParameters) throws {
        guard let order = ReferenceOrder(rawValue: form["sort"] ?? "count") else { throw WebError(.badRequest, .badSort(field: "sort", choices: ["count", "date", "id"])) }
        self.order = order
        type = form["type"]
        issuer = form["issuer"]
        weak = form.flag("weak")
        limit = try form.integer("limit", default: 0, range: 0...1_000_000)
    }

    func summaries(_ database: IndexDatabase) throws -> [ReferenceSummary] {
        let references = try ReferenceCatalog(database: database).summaries(order: order, type: type, issuer: issuer, includeWeak: weak)
        return limit > 0 ? Array(references.prefix(limit)) : references
    }
}
