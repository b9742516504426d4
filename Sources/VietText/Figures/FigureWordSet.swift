/// A small fixed set of word hashes (see `FigureLexer.hash`) with an open-addressing
/// table: `FigureExtractor` asks it about most words of every document, and the
/// hashes are already well mixed, so no second hash is needed.
struct FigureWordSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ keys: [UInt64]) {
        var size = 8
        while size < keys.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys where key != 0 {
            var index = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[index] != 0 && slots[index] != key { index = (index + 1) & (size - 1) }
            slots[index] = key
        }
        self.slots = slots
        mask = size - 1
    }

    func contains(_ key: UInt64) -> Bool {
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            if slot == key { return key != 0 }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
