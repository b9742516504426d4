import Foundation
import VietText

/// The index terms of one text, computed before its row is inserted (on the
/// indexing pipeline's analysis workers, by `IndexTermAnalyzer`) so the FTS5
/// tokenizer only replays them: per word its exact form and whether it is
/// written in capitals. Holds the text to prove a replay is for the same bytes.
final class AnalyzedText: Sendable {
    let text: String
    /// The exact forms that differ from their word's bytes (`Công` → `công`), concatenated.
    let terms: [UInt8]
    /// Per token: start, end, offset of its exact form in `terms` (-1: the word's own bytes),
    /// exact length (negative when the word is written in capitals).
    let records: [Int32]

    init(_ text: String, terms: [UInt8], records: [Int32]) {
        self.text = text
        self.terms = terms
        self.records = records
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
        var text = text
        return text.withUTF8 { utf8 in
            terms.withUnsafeBufferPointer { terms in
                records.withUnsafeBufferPointer { records in
                    guard var record = records.baseAddress else { return 0 }
                    let textBase = utf8.baseAddress ?? UnsafePointer(bitPattern: 1)!
                    let termsBase = terms.baseAddress ?? UnsafePointer(bitPattern: 1)!
                    let last = record + records.count
                    while record < last {
                        let start = record[0]
                        let offset = Int(record[2])
                        let length = record[3]
                        let word = Word(
                            exact: UnsafeBufferPointer(start: offset < 0 ? textBase + Int(start) : termsBase + offset, count: Int(length.magnitude)),
                            start: start, end: record[1], writtenInCapitals: length < 0)
                        let code = body(word)
                        if code != 0 { return code }
                        record += 4
                    }
                    return 0
                }
            }
        }
    }
}
