/// A set of byte strings that allocates only when it grows: inserting a term
/// already present costs a hash and a compare, no allocation. Used to notice
/// the first time a run meets an accented word.
struct ByteStringSet {
    private var arena: [UInt8] = []
    /// Per slot: offset into `arena` + 1 (0 = empty), length, hash.
    private var offsets: [Int] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private(set) var count = 0

    init(capacity: Int = 1 << 14) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        offsets = [Int](repeating: 0, count: slots)
        lengths = [Int32](repeating: 0, count: slots)
        hashes = [UInt64](repeating: 0, count: slots)
        arena.reserveCapacity(capacity * 8)
    }

    /// Inserts the bytes; true when they were not in the set.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (offsets.count - 1)
        while offsets[slot] != 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == bytes.count, equals(slot, bytes) { return false }
            slot = (slot + 1) & (offsets.count - 1)
        }
        offsets[slot] = arena.count + 1
        lengths[slot] = Int32(bytes.count)
        hashes[slot] = hash
        arena.append(contentsOf: bytes)
        count += 1
        if count * 2 > offsets.count { grow() }
        return true
    }

    private func equals(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[slot] - 1
        for index in 0..<bytes.count where arena[start + index] != bytes[index] { return false }
        return true
    }

    private mutating func grow() {
        let oldOffsets = offsets, oldLengths = lengths, oldHashes = hashes
        let slots = offsets.count * 2
        offsets = [Int](repeating: 0, count: slots)
        lengths = [Int32](repeating: 0, count: slots)
        hashes = [UInt64](repeating: 0, count: slots)
        for old in 0..<oldOffsets.count where oldOffsets[old] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[old]) & (slots - 1)
            while offsets[slot] != 0 { slot = (slot + 1) & (slots - 1) }
            offsets[slot] = oldOffsets[old]
            lengths[slot] = oldLengths[old]
            hashes[slot] = oldHashes[old]
        }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
