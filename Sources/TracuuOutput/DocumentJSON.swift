import TracuuIndex

/// `tracuu show --json`: one stored document with its metadata and the relations it states.
public struct DocumentJSON: Encodable {
    var id: Int64
    var path: String
    var title: String
    @JSONNullable var date: String?
    var kind: String
    @JSONNullable var number: String?
    @JSONNullable var source: String?
    @JSONNullable var url: String?
    var lead: String
    var body: String
    var hash: String
    var relations: [ReferenceJSON.Link]

    public init(_ stored: StoredDocument, links: [DocumentLink]) {
        let doc = stored.document
        id = stored.id
        path = doc.path
        title = doc.title
        date = doc.date
        kind = doc.kind
        number = doc.number
        source = doc.source
        url = doc.url
        lead = doc.lead
        body = doc.body
        hash = stored.hash
        relations = links.map(ReferenceJSON.Link.init)
    }
}
