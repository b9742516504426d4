import Foundation

/// The index term of each word an analysis worker met lately, by the word's bytes: a
/// Vietnamese text is a few thousand syllables written over and over (`Công`, `đoàn`,
/// `người`), so nearly every word was analyzed before, and a hit costs a hash and one
/// comparison instead of normalizing the word, testing its capitals and noting its
/// accented form. Direct-mapped: a slot holds the last word hashed to it.
final class IndexTermCache {
    /// A word's first 16 bytes (zero-padded, little-endian) and length: what the hash and
    /// the comparison read.
    struct Key {
        let head: UInt64
        let middle: UInt64
        let count: Int

        /// `readable` is how many bytes may be read from `word` (the rest of its text): words
        /// with 16 of them load two machine words instead of copying byte by byte.
        @inline(__always)
        init(_ word: UnsafePointer<UInt8>, count: Int, readable: Int) {
            self.count = count
            if readable >= 16 {
                let raw = UnsafeRawPointer(word)
                head = raw.loadUnaligned(as: UInt64.self) & Self.mask(count)
                middle = count > 8 ? raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & Self.mask(count - 8) : 0
            } else {
                var head: UInt64 = 0
                var middle: UInt64 = 0
                memcpy(&head, word, min(count, 8))
                if count > 8 { memcpy(&middle, word + 8, min(count - 8, 8)) }
                self.head = head
                self.middle = middle
            }
        }

        /// The low `bytes` bytes of a word.
        @inline(__always)
        static func mask(_ bytes: Int) -> UInt64 {
            bytes >= 8 ? ~0 : (1 << UInt64(bytes * 8)) &- 1
        }
    }

    /// One cached word, valid until the next lookup stores over it.
    struct Slot {
        /// Layout: raw length (0 = empty), exact length (`sameAsWord` when the exact form is the
        /// word's own bytes), capitals flag, the word's bytes, then the exact form's when different.
        fileprivate let base: UnsafeMutablePointer<UInt8>

        /// Whether the slot holds this word.
        @inline(__always)
        func holds(_ key: Key, _ word: UnsafePointer<UInt8>) -> Bool {
            guard Int(base[0]) == key.count else { return false }
            let stored = UnsafeRawPointer(base + IndexTermCache.header)
            guard stored.loadUnaligned(as: UInt64.self) & Key.mask(key.count) == key.head else { return false }
            guard key.count > 8 else { return true }
            guard stored.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & Key.mask(key.count - 8) == key.middle else { return false }
            return key.count <= 16 || memcmp(stored + 16, word + 16, key.count - 16) == 0
        }

        /// The cached exact form; nil when it is the word's own bytes.
        var exact: UnsafeBufferPointer<UInt8>? {
            base[1] == IndexTermCache.sameAsWord
                ? nil : UnsafeBufferPointer(start: base + IndexTermCache.header + Int(base[0]), count: Int(base[1]))
        }

        var writtenInCapitals: Bool { base[2] != 0 }

        /// Stores a word's analysis (`exact` nil: the word's own bytes) when it fits,
        /// emptying the slot otherwise.
        func store(_ word: UnsafePointer<UInt8>, count: Int, exact: UnsafeBufferPointer<UInt8>?, writtenInCapitals: Bool) {
            guard IndexTermCache.header + count + (exact?.count ?? 0) <= IndexTermCache.slotBytes else {
                base[0] = 0
                return
            }
            base[0] = UInt8(count)
            base[1] = exact.map { UInt8($0.count) } ?? IndexTermCache.sameAsWord
            base[2] = writtenInCapitals ? 1 : 0
            (base + IndexTermCache.header).update(from: word, count: count)
            if let exact { (base + IndexTermCache.header + count).update(from: exact.baseAddress!, count: exact.count) }
        }
    }

    fileprivate static let header = 3
    /// Room for a word and its exact form of 22 bytes each (`nghiêng` is 8).
    fileprivate static let slotBytes = 48
    fileprivate static let sameAsWord: UInt8 = 0xFF
    private let slotBits: Int
    private let slots: UnsafeMutablePointer<UInt8>

    /// `slotBits` 14: 16,384 slots, 768 KB.
    init(slotBits: Int = 14) {
        self.slotBits = slotBits
        let bytes = (1 << slotBits) * Self.slotBytes
        slots = .allocate(capacity: bytes)
        slots.initialize(repeating: 0, count: bytes)
    }

    deinit { slots.deallocate() }

    /// The slot a word hashes to; nil when the word is too long to be cached.
    @inline(__always)
    func slot(for key: Key) -> Slot? {
        guard key.count > 0, Self.header + key.count <= Self.slotBytes else { return nil }
        let hash = (key.head &* 0x9E37_79B9_7F4A_7C15) ^ (key.middle &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.count)
        let index = Int(truncatingIfNeeded: (hash &* 0xFF51_AFD7_ED55_8CCD) >> UInt64(64 - slotBits))
        return Slot(base: slots + index * Self.slotBytes)
    }
}
