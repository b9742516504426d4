import Foundation
import GRDB
import GRDBSQLite
import VietText

/// The FTS5 tokenizer `tracuu`: the shared `Analyzer` over the bytes FTS5
/// hands it. A document word is indexed by its exact form, plus a marked
/// capitals term when it is written in capitals (`CĐ`), so an abbreviation
/// can be told from the ordinary word. The terms are replayed from the
/// indexer's analysis when it has one (`TokenReplay`).
///
/// An unaccented query word matches its exact form or, colocated, each accented
/// form the index has for it (`AccentedForms`); an accented one only its exact form.
/// Document `Hòa` → `hoà`; query `hoa` → `hoa` or `hoà`, `hóa`, `họa`…; query `hòa` → `hoà`.
final class VietnameseTokenizer: FTS5CustomTokenizer {
    static let name = "tracuu"

    private let analyzer = Analyzer()
    @exclusivity(unchecked) private var markedTerm = [UInt8](repeating: 0, count: 64)
    private let accentedForms: AccentedFormLookup

    init(db: Database, arguments: [String]) throws {
        accentedForms = AccentedFormLookup(connection: db.sqliteConnection)
    }

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard var text = pText, nText > 0 else { return SQLITE_OK }
        var count = Int(nText)
        let isDocument = tokenization.contains(.document)
        let colocated = FTS5TokenFlags.colocated.rawValue
        if isDocument, let analyzed = TokenReplay.shared.take(text, count: count) {
            return analyzed.replay { word in
                var code = emit(word.exact, flags: 0, context: context, start: word.start, end: word.end, tokenCallback)
                if code == SQLITE_OK, word.writtenInCapitals {
                    code = emitMarked(word.exact, marker: IndexTerm.capitalsMarker, flags: colocated, context: context,
                                      start: word.start, end: word.end, tokenCallback)
                }
                return code
            }
        }
        if tokenization == .aux {
            // Snippets and highlights read only where each token is: its words' byte ranges.
            var code = SQLITE_OK
            analyzer.segments(text, count: count) { start, end in
                code = tokenCallback(context, 0, text + start, CInt(end - start), CInt(start), CInt(end))
                return code == SQLITE_OK
            }
            return code
        }
        var offset: CInt = 0
        let isQuery = tokenization.contains(.query)
        var matchAccentedForms = isQuery
        let isPrefix = tokenization.contains(.prefix)
        var capitalsOnly = false
        if isQuery, UInt8(bitPattern: text[0]) == IndexTerm.exactOnlyMarker || UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker {
            capitalsOnly = UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker
            matchAccentedForms = false
            text += 1
            count -= 1
            offset = 1
        }
        let source = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var code = SQLITE_OK
        analyzer.analyze(text, count: count) { token in
            let start = CInt(token.start) + offset
            let end = CInt(token.end) + offset
            if capitalsOnly {
                code = emitMarked(token.exact, marker: IndexTerm.capitalsMarker, flags: 0, context: context, start: start, end: end, tokenCallback)
                return code == SQLITE_OK
            }
            code = emit(token.exact, flags: 0, context: context, start: start, end: end, tokenCallback)
            if code == SQLITE_OK, matchAccentedForms, token.folded.isEmpty {
                let forms = isPrefix ? accentedForms.prefixes(of: token.exact) : accentedForms.forms(of: token.exact)
                for form in forms where code == SQLITE_OK {
                    code = form.withUnsafeBufferPointer { emit($0, flags: colocated, context: context, start: start, end: end, tokenCallback) }
                }
            }
            if code == SQLITE_OK, isDocument, CapitalizedWord.isWrittenInCapitals(source + token.start, count: token.end - token.start) {
                code = emitMarked(token.exact, marker: IndexTerm.capitalsMarker, flags: colocated, context: context, start: start, end: end, tokenCallback)
            }
            return code == SQLITE_OK
        }
        return code
    }

    @inline(__always)
    private func emit(
        _ term: UnsafeBufferPointer<UInt8>, flags: CInt, context: UnsafeMutableRawPointer?, start: CInt, end: CInt,
        _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        term.withMemoryRebound(to: CChar.self) { tokenCallback(context, flags, $0.baseAddress, CInt($0.count), start, end) }
    }

    /// A term behind a marker byte: the capitals term of a document word or of an abbreviation query.
    private func emitMarked(
        _ exact: UnsafeBufferPointer<UInt8>, marker: UInt8, flags: CInt, context: UnsafeMutableRawPointer?, start: CInt, end: CInt,
        _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        if markedTerm.count < exact.count + 1 { markedTerm = [UInt8](repeating: 0, count: exact.count + 1) }
        return markedTerm.withUnsafeMutableBufferPointer { buffer in
            buffer[0] = marker
            if let source = exact.baseAddress { (buffer.baseAddress! + 1).update(from: source, count: exact.count) }
            return emit(UnsafeBufferPointer(rebasing: buffer[0..<(exact.count + 1)]), flags: flags, context: context, start: start, end: end, tokenCallback)
        }
    }
}
