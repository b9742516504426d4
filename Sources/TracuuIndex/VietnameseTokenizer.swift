import GRDB
import GRDBSQLite
import VietText

/// The FTS5 tokenizer `tracuu`: the shared `Analyzer` over the bytes FTS5
/// hands it, emitting each word's exact form and, colocated, its folded form
/// marked with `IndexTerm.foldedMarker`, so an unaccented query word can match
/// both while an accented one matches only itself.
///
/// Document `Hòa` → `hoà` + `\u{1}hoa`; query `hoa` → `hoa` or `\u{1}hoa`; query `hòa` → `hoà`.
final class VietnameseTokenizer: FTS5CustomTokenizer {
    static let name = "tracuu"

    private let analyzer = Analyzer()
    private var queryTerm = [UInt8](repeating: 0, count: 64)

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard var text = pText, nText > 0 else { return SQLITE_OK }
        var count = Int(nText)
        var offset: CInt = 0
        let isQuery = tokenization.contains(.query)
        var exactOnly = false
        var capitalsOnly = false
        if isQuery, UInt8(bitPattern: text[0]) == IndexTerm.exactOnlyMarker || UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker {
            exactOnly = true
            capitalsOnly = UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker
            text += 1
            count -= 1
            offset = 1
        }
        let isDocument = tokenization.contains(.document)
        let colocated = FTS5TokenFlags.colocated.rawValue
        var code = SQLITE_OK
        let source = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        analyzer.analyze(text, count: count) { token in
            let start = CInt(token.start) + offset
            let end = CInt(token.end) + offset
            if capitalsOnly {
                code = emitMarked(token.exact, marker: IndexTerm.capitalsMarker, flags: 0, context: context, start: start, end: end, tokenCallback)
                return code == SQLITE_OK
            }
            code = token.exact.withMemoryRebound(to: CChar.self) {
                tokenCallback(context, 0, $0.baseAddress, CInt($0.count), start, end)
            }
            guard code == SQLITE_OK else { return false }
            if isDocument, !token.folded.isEmpty {
                let marked = token.foldedWithLeadingSlot
                marked[0] = IndexTerm.foldedMarker
                code = marked.withMemoryRebound(to: CChar.self) {
                    tokenCallback(context, colocated, $0.baseAddress, CInt($0.count), start, end)
                }
            } else if isQuery, !exactOnly, token.folded.isEmpty {
                code = emitMarked(token.exact, marker: IndexTerm.foldedMarker, flags: colocated, context: context, start: start, end: end, tokenCallback)
            }
            if isDocument, code == SQLITE_OK, CapitalizedWord.isWrittenInCapitals(source + token.start, count: token.end - token.start) {
                code = emitMarked(token.exact, marker: IndexTerm.capitalsMarker, flags: colocated, context: context, start: start, end: end, tokenCallback)
            }
            return code == SQLITE_OK
        }
        return code
    }

    /// The exact form behind a marker byte: an unaccented query word's folded
    /// alternative, or the capitals term of a document word or abbreviation query.
    private func emitMarked(
        _ exact: UnsafeBufferPointer<UInt8>, marker: UInt8, flags: CInt, context: UnsafeMutableRawPointer?, start: CInt, end: CInt,
        _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        if queryTerm.count < exact.count + 1 { queryTerm = [UInt8](repeating: 0, count: exact.count + 1) }
        queryTerm[0] = marker
        for index in 0..<exact.count { queryTerm[index + 1] = exact[index] }
        return queryTerm.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tokenCallback(context, flags, $0.baseAddress, CInt(exact.count + 1), start, end)
            }
        }
    }
}
