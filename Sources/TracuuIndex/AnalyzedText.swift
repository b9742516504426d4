import Foundation
import VietText

/// The index terms of one text, computed before its row is inserted (on the
/// indexing pipeline's analysis workers) so the FTS5 tokenizer only replays
/// them: per word its exact form and whether it is written in capitals. The
/// accented forms met go to `forms`. Holds the text to prove a replay is for
/// the same bytes.
final class AnalyzedText: @unchecked Sendable {
    let text: String
    /// Concatenated exact forms.
    private(set) var terms: [UInt8] = []
    /// Per token: start, end, term offset, exact length (negative when the word is
    /// written in capitals).
    private(set) var records: [Int32] = []

    init(_ text: String, analyzer: Analyzer, forms: AccentedFormCollector? = nil) {
        var text = text
        self.text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
            terms.reserveCapacity(utf8.count)
            records.reserveCapacity(utf8.count / 2)
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { pointer in
                analyzer.analyze(pointer, count: utf8.count) { token in
                    let capitals = CapitalizedWord.isWrittenInCapitals(base + token.start, count: token.end - token.start)
                    records.append(Int32(token.start))
                    records.append(Int32(token.end))
                    records.append(Int32(terms.count))
                    records.append(capitals ? -Int32(token.exact.count) : Int32(token.exact.count))
                    terms.append(contentsOf: token.exact)
                    if !token.folded.isEmpty { forms?.note(exact: token.exact, folded: token.folded) }
                    return true
                }
            }
        }
    }

    /// Whether `bytes` are exactly this text's UTF-8.
    func matches(_ bytes: UnsafePointer<CChar>, count: Int) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == count else { return false }
            guard let base = utf8.baseAddress else { return count == 0 }
            return memcmp(base, bytes, count) == 0
        }
    }

    /// One replayed word: its exact form and where it stands.
    struct Word {
        let exact: UnsafeBufferPointer<UInt8>
        let start: Int32
        let end: Int32
        let writtenInCapitals: Bool
    }

    /// Calls `body` per word; stops on a non-zero result and returns it.
    func replay(_ body: (Word) -> Int32) -> Int32 {
        terms.withUnsafeBufferPointer { terms in
            let base = terms.baseAddress ?? UnsafePointer(bitPattern: 1)!
            var index = 0
            while index < records.count {
                let offset = Int(records[index + 2])
                let exactLength = Int(abs(records[index + 3]))
                let word = Word(
                    exact: UnsafeBufferPointer(start: base + offset, count: exactLength),
                    start: records[index], end: records[index + 1], writtenInCapitals: records[index + 3] < 0)
                let code = body(word)
                if code != 0 { return code }
                index += 4
            }
            return 0
        }
    }
}
