/// A document's number in the index, the only way a request names a document: `/doc/42`.
enum DocumentID {
    static func parse(_ text: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else { throw WebError(.notFound, .notADocumentID(text)) }
        return id
    }
}
