import Foundation
import GRDB
import GRDBSQLite
import VietText

/// The FTS5 tokenizer `tracuu`. Documents are indexed by each word's exact
/// form (one term per word, as plain FTS5), plus a colocated capitals term
/// (`\u{3}cđ`) for a word written in capitals, so abbreviations can be told
/// from ordinary words; the terms are replayed from the indexer's analysis
/// when it has one. Queries look up folding at search time: an unaccented
/// query word also matches, as colocated synonyms, every exact form in
/// `term_variants` that folds to it; an accented word matches itself.
///
/// Document `Hòa` → `hoà`; query `hoa` → `hoa` or `hoà`, `hòa`→`hoà`, `hóa`→`hoá`...; query `hòa` → `hoà`.
final class VietnameseTokenizer: FTS5CustomTokenizer {
    static let name = "tracuu"
    /// Most variants one query word or prefix expands to.
    static let variantLimit = 200

    private let analyzer = Analyzer()
    private var markedTerm = [UInt8](repeating: 0, count: 64)
    private let connection: OpaquePointer?
    private var exactLookup: OpaquePointer?
    private var prefixLookup: OpaquePointer?

    init(db: Database, arguments: [String]) throws {
        connection = db.sqliteConnection
    }

    deinit {
        sqlite3_finalize(exactLookup)
        sqlite3_finalize(prefixLookup)
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
            return analyzed.replay { term, length, start, end, capitals in
                var code = term.withMemoryRebound(to: CChar.self, capacity: Int(length)) {
                    tokenCallback(context, 0, $0, length, start, end)
                }
                if code == SQLITE_OK, capitals {
                    code = emitMarked(UnsafeBufferPointer(start: term, count: Int(length)), marker: IndexTerm.capitalsMarker,
                                      flags: colocated, context: context, start: start, end: end, tokenCallback)
                }
                return code
            }
        }
        var offset: CInt = 0
        var expand = tokenization.contains(.query)
        var capitalsOnly = false
        if expand, UInt8(bitPattern: text[0]) == IndexTerm.exactOnlyMarker || UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker {
            capitalsOnly = UInt8(bitPattern: text[0]) == IndexTerm.capitalsMarker
            expand = false
            text += 1
            count -= 1
            offset = 1
        }
        let prefix = tokenization.contains(.prefix)
        let source = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var code = SQLITE_OK
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
            if code == SQLITE_OK, expand, token.folded.isEmpty {
                code = emitVariants(of: token.exact, prefix: prefix, context: context, start: start, end: end, tokenCallback)
            }
            if code == SQLITE_OK, isDocument, CapitalizedWord.isWrittenInCapitals(source + token.start, count: token.end - token.start) {
                code = emitMarked(token.exact, marker: IndexTerm.capitalsMarker, flags: colocated, context: context, start: start, end: end, tokenCallback)
            }
            return code == SQLITE_OK
        }
        return code
    }

    /// A term behind a marker byte: the capitals term of a document word or of an abbreviation query.
    private func emitMarked(
        _ exact: UnsafeBufferPointer<UInt8>, marker: UInt8, flags: CInt, context: UnsafeMutableRawPointer?, start: CInt, end: CInt,
        _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        if markedTerm.count < exact.count + 1 { markedTerm = [UInt8](repeating: 0, count: exact.count + 1) }
        markedTerm[0] = marker
        for index in 0..<exact.count { markedTerm[index + 1] = exact[index] }
        return markedTerm.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tokenCallback(context, flags, $0.baseAddress, CInt(exact.count + 1), start, end)
            }
        }
    }

    /// Emits, colocated, the exact forms that fold to an unaccented query word
    /// (or, for a prefix, the accented prefixes that fold to it).
    private func emitVariants(
        of word: UnsafeBufferPointer<UInt8>, prefix: Bool, context: UnsafeMutableRawPointer?,
        start: CInt, end: CInt, _ tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let variants = prefix ? prefixVariants(of: word) : exactVariants(of: word)
        let colocated = FTS5TokenFlags.colocated.rawValue
        for variant in variants {
            var variant = variant
            let code = variant.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) {
                    tokenCallback(context, colocated, $0.baseAddress, CInt($0.count), start, end)
                }
            }
            if code != SQLITE_OK { return code }
        }
        return SQLITE_OK
    }

    private func exactVariants(of word: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let statement = prepared(&exactLookup, "SELECT exact FROM term_variants WHERE folded = ?1 LIMIT \(Self.variantLimit)") else {
            return []
        }
        return rows(statement, binding: word, upperBound: false)
    }

    private func prefixVariants(of word: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let statement = prepared(&prefixLookup, "SELECT exact FROM term_variants WHERE folded >= ?1 AND folded < ?2") else {
            return []
        }
        let letters = String(decoding: word, as: UTF8.self).unicodeScalars.count
        var prefixes: [String] = []
        var seen: Set<String> = []
        for exact in rows(statement, binding: word, upperBound: true) {
            let prefix = String(String.UnicodeScalarView(exact.unicodeScalars.prefix(letters)))
            if prefix.utf8.elementsEqual(word) { continue }
            if seen.insert(prefix).inserted {
                prefixes.append(prefix)
                if prefixes.count >= Self.variantLimit { break }
            }
        }
        return prefixes
    }

    private func prepared(_ statement: inout OpaquePointer?, _ sql: String) -> OpaquePointer? {
        if statement == nil, let connection {
            if sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) != SQLITE_OK {
                sqlite3_finalize(statement)
                statement = nil
            }
        }
        return statement
    }

    private func rows(_ statement: OpaquePointer, binding word: UnsafeBufferPointer<UInt8>, upperBound: Bool) -> [String] {
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        word.withMemoryRebound(to: CChar.self) { bytes in
            _ = sqlite3_bind_text(statement, 1, bytes.baseAddress, CInt(bytes.count), transient)
            if upperBound {
                var bound = Array(bytes)
                bound.append(CChar(bitPattern: 0xFF))
                _ = sqlite3_bind_text(statement, 2, bound, CInt(bound.count), transient)
            }
        }
        var results: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            if let text = sqlite3_column_text(statement, 0) {
                results.append(String(cString: text))
            }
        }
        return results
    }
}
