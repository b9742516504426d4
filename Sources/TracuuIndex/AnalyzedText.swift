import Foundation
import VietText

/// The exact-form tokens of one text, computed before its row is inserted
/// (on the indexing pipeline's analysis thread) so the FTS5 tokenizer only
/// replays them. Holds the text to prove a replay is for the same bytes.
final class AnalyzedText: @unchecked Sendable {
    let text: String
    /// Concatenated exact forms.
    private(set) var terms: [UInt8] = []
    /// Per token: start, end, term offset, term length (negative when the word is written in capitals).
    private(set) var records: [Int32] = []

    init(_ text: String, analyzer: Analyzer, newVariant: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
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
                    if !token.folded.isEmpty { newVariant(token.exact, token.folded) }
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

    /// Calls `body(term, length, start, end, writtenInCapitals)` per token; stops on a non-zero result and returns it.
    func replay(_ body: (UnsafePointer<UInt8>, Int32, Int32, Int32, Bool) -> Int32) -> Int32 {
        terms.withUnsafeBufferPointer { terms in
            let base = terms.baseAddress ?? UnsafePointer(bitPattern: 1)!
            var index = 0
            while index < records.count {
                let length = records[index + 3]
                let code = body(base + Int(records[index + 2]), abs(length), records[index], records[index + 1], length < 0)
                if code != 0 { return code }
                index += 4
            }
            return 0
        }
    }
}
