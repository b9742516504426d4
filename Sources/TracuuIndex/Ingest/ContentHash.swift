/// A 64-bit hash of bytes, printed as 16 hex digits: enough to tell whether a file
/// changed between two index runs (not a defence against crafted collisions). Reads
/// eight bytes per step; fed in pieces, it gives the hash of their concatenation.
public struct ContentHash {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325
    /// Bytes waiting for a full eight-byte word, first byte lowest.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var length: UInt64 = 0

    public init() {}

    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        length &+= UInt64(count)
        var index = 0
        while pendingCount > 0, pendingCount < 8, index < count {
            pending |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * pendingCount)
            pendingCount += 1
            index += 1
        }
        if pendingCount == 8 {
            state = Self.mix(state, pending)
            pending = 0
            pendingCount = 0
        }
        var hash = state
        while index + 8 <= count {
            hash = Self.mix(hash, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        state = hash
        while index < count {
            pending |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * pendingCount)
            pendingCount += 1
            index += 1
        }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    public var hex: String {
        var hash = Self.mix(Self.mix(state, pending), length)
        hash ^= hash >> 32
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.hex
    }

    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { of($0) }
    }

    public static func of(_ text: String) -> String {
        var hash = ContentHash()
        hash.update(text)
        return hash.hex
    }
}
