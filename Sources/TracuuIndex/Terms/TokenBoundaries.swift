/// The token indexes (0 through the token count) where an expansion may start or end:
/// `Set<Int>` semantics over a flag per index, for the few tokens of a query (a search's
/// first `Set<Int>` would cost a scan of the runtime's conformance records).
struct TokenBoundaries {
    private var flags: [Bool]

    init(_ tokenCount: Int, at indexes: [Int]) {
        flags = Array(repeating: false, count: tokenCount + 1)
        for index in indexes { insert(index) }
    }

    mutating func insert(_ index: Int) {
        if index >= 0, index < flags.count { flags[index] = true }
    }

    func contains(_ index: Int) -> Bool {
        index >= 0 && index < flags.count && flags[index]
    }
}
