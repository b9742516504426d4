import Foundation
import VietText

/// An analysis worker's side of `AnalyzedText`: the shared `Analyzer` behind a cache of
/// the words met (`IndexTermCache`), writing each text's records into reused buffers and
/// noting accented forms in `accentedForms`. One per thread.
final class IndexTermAnalyzer {
    let accentedForms = AccentedFormCollector()
    private let analyzer = Analyzer()
    private let cache: IndexTermCache
    private let records = ScratchBuffer<Int32>()
    private let terms = ScratchBuffer<UInt8>()

    init(cacheSlotBits: Int = 14) {
        cache = IndexTermCache(slotBits: cacheSlotBits)
    }

    /// The index terms of one text.
    func analyze(_ text: String) -> AnalyzedText {
        var text = text
        records.removeAll()
        terms.removeAll()
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
            let textCount = utf8.count
            base.withMemoryRebound(to: CChar.self, capacity: textCount) { pointer in
                analyzer.segments(pointer, count: textCount) { start, end in
                    let word = base + start
                    let count = end - start
                    if count == 1, let prefix = AdministrativePrefix.forms(base, start: start, end: end, count: textCount) {
                        record(start, end, exact: prefix.exact, wordCount: count, capitals: false)
                        accentedForms.note(exact: prefix.exact, folded: prefix.folded)
                        return true
                    }
                    let key = IndexTermCache.Key(word, count: count, readable: textCount - start)
                    let slot = cache.slot(for: key)
                    if let slot, slot.holds(key, word) {
                        record(start, end, exact: slot.exact, wordCount: count, capitals: slot.writtenInCapitals)
                        return true
                    }
                    let (exact, folded) = analyzer.forms(ofWord: word, count: count)
                    let capitals = CapitalizedWord.isWrittenInCapitals(word, count: count)
                    let same = exact.count == count && memcmp(exact.baseAddress!, word, count) == 0
                    record(start, end, exact: same ? nil : exact, wordCount: count, capitals: capitals)
                    if !folded.isEmpty { accentedForms.note(exact: exact, folded: folded) }
                    slot?.store(word, count: count, exact: same ? nil : exact, writtenInCapitals: capitals)
                    return true
                }
            }
        }
        return AnalyzedText(text, terms: terms.array, records: records.array)
    }

    @inline(__always)
    private func record(_ start: Int, _ end: Int, exact: UnsafeBufferPointer<UInt8>?, wordCount: Int, capitals: Bool) {
        let length = Int32(exact?.count ?? wordCount)
        let offset: Int32
        if let exact {
            offset = Int32(terms.count)
            terms.append(exact)
        } else {
            offset = -1
        }
        records.append(Int32(start), Int32(end), offset, capitals ? -length : length)
    }
}
