/// An analysis worker's side of `SyllablePairs`: counts the adjacent words of the texts it is
/// given (two words separated by spaces only, with or without diacritics: "thanh tra" must be
/// counted to outweigh "thanh trà"), for the whole run; the writer adds up the workers' counts once they are done. Used by one
/// thread at a time: its worker, then the writer after that worker has finished.
final class SyllablePairCounter: @unchecked Sendable {
    /// Two exact forms with a space between (or one alone), as UTF-8. A pair of up to 24 bytes (nearly all:
    /// `tham nhũng` is 11) is held in the key itself, so the dictionary compares it where it
    /// probes and no pair allocates; a longer one also keeps its bytes in an array.
    struct Pair: Hashable {
        private typealias Inline = (UInt64, UInt64, UInt64)
        private static let inlineBytes = MemoryLayout<Inline>.size
        /// The first 24 bytes, zero after the pair's end.
        private var head: Inline = (0, 0, 0)
        private let count: Int
        /// All the bytes of a pair longer than 24.
        private let long: [UInt8]?

        init(bytes: [UInt8]) {
            self = bytes.withUnsafeBufferPointer { Pair($0, nil) }
        }

        /// `first`, a space and `second`, or `first` alone when `second` is nil.
        init(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?) {
            count = first.count + (second.map { $0.count + 1 } ?? 0)
            if count <= Self.inlineBytes {
                long = nil
                withUnsafeMutableBytes(of: &head) { head in
                    head.copyMemory(from: UnsafeRawBufferPointer(first))
                    guard let second else { return }
                    head[first.count] = 0x20
                    UnsafeMutableRawBufferPointer(rebasing: head[(first.count + 1)...]).copyMemory(from: UnsafeRawBufferPointer(second))
                }
            } else {
                var bytes = Array(first)
                if let second {
                    bytes.append(0x20)
                    bytes.append(contentsOf: second)
                }
                withUnsafeMutableBytes(of: &head) { head in
                    bytes.withUnsafeBytes { head.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0.prefix(Self.inlineBytes))) }
                }
                long = bytes
            }
        }

        var bytes: [UInt8] {
            if let long { return long }
            return withUnsafeBytes(of: head) { Array($0.prefix(count)) }
        }

        /// One word for the hasher: the three parts and the length mixed by multiplying.
        func hash(into hasher: inout Hasher) {
            hasher.combine((head.0 &* 0x9E37_79B9_7F4A_7C15) ^ (head.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ (head.2 &* 0x94D0_49BB_1331_11EB) ^ UInt64(count))
        }

        static func == (left: Pair, right: Pair) -> Bool {
            left.count == right.count && left.head == right.head && (left.count <= inlineBytes || left.long == right.long)
        }
    }

    private(set) var counts: [Pair: Int32] = Dictionary(minimumCapacity: 1 << 15)

    func count(_ text: AnalyzedText) {
        // Worked on as a local (swapped out and back), not as a property checked for exclusive access at each use.
        var counts: [Pair: Int32] = [:]
        swap(&counts, &self.counts)
        defer { swap(&counts, &self.counts) }
        var string = text.text
        string.withUTF8 { bytes in
            var previousEnd = -1
            var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            _ = text.replay { word in
                let start = Int(word.start)
                if previousEnd >= 0, bytes[previousEnd..<start].allSatisfy({ $0 == 0x20 }) {
                    counts[Pair(previous, word.exact), default: 0] += 1
                }
                previous = word.exact
                previousEnd = Int(word.end)
                return 0
            }
        }
    }
}
