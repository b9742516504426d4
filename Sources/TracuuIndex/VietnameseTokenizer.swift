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
        if isQuery, UInt8(bitPattern: text[0]) == IndexTerm.exactOnlyMarker {
            exactOnly = true
            text += 1
            count -= 1
            offset = 1
        }
        let isDocument = tokenization.contains(.document)
        let colocated = FTS5TokenFlags.colocated.rawValue
        var code = SQLITE_OK
        analyzer.analyze(text, count: count) { token in
            let start = CInt(token.start) + offset
            let end = CInt(token.end) + offset
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
                code = emitFoldedQueryTerm(token.exact, context: context, start: start, end: end, tokenCallback)
            }
            return code == SQLITE_OK
        }
        return code
    }

    /// An unaccented query word also matches the folded forms of accented words.
    private func emitFoldedQueryTerm(
        _ exact: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, start: CInt, end: CInt,
        _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        if queryTerm.count < exact.count + 1 { queryTerm = [UInt8](repeating: 0, count: exact.count + 1) }
        queryTerm[0] = IndexTerm.foldedMarker
        for index in 0..<exact.count { queryTerm[index + 1] = exact[index] }
        return queryTerm.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tokenCallback(context, FTS5TokenFlags.colocated.rawValue, $0.baseAddress, CInt(exact.count + 1), start, end)
            }
        }
    }
}
