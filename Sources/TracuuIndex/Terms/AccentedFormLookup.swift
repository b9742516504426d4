import Foundation

/// The query tokenizer's view of `AccentedForms`: the accented forms of an unaccented
/// query word (`tai` → tài, tái, tại, tải), or the accented beginnings of an unaccented
/// prefix (`hoa*` → hoà*, hoá*, hoạ*…). Answers are cached until the database changes.
final class AccentedFormLookup {
    private let connection: OpaquePointer?
    /// Keyed by String, whose Hashable conformance a search has resolved already (a first
    /// `[UInt8]` key costs a scan of the runtime's conformance records).
    private var cache: [String: [[UInt8]]] = [:]
    private var prefixCache: [String: [[UInt8]]] = [:]
    private var dataVersion: UInt32 = 0

    init(connection: OpaquePointer?) {
        self.connection = connection
    }

    /// The accented forms whose unaccented spelling is `word`.
    func forms(of word: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        refreshIfChanged()
        let key = String(decoding: word, as: UTF8.self)
        if let known = cache[key] { return known }
        let forms = select("SELECT exact FROM \(AccentedForms.table) WHERE folded = ?1", Array(word))
        cache[key] = forms
        return forms
    }

    /// The distinct accented beginnings, as many letters long as `prefix`, of forms whose
    /// unaccented spelling starts with `prefix`.
    func prefixes(of prefix: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        refreshIfChanged()
        let cacheKey = String(decoding: prefix, as: UTF8.self)
        if let known = prefixCache[cacheKey] { return known }
        let key = Array(prefix)
        var upper = key
        while let last = upper.last, last == 0xFF { upper.removeLast() }
        var beginnings: [[UInt8]] = []
        if !upper.isEmpty {
            upper[upper.count - 1] += 1
            let letters = String(decoding: key, as: UTF8.self).unicodeScalars.count
            var seen = Set<[UInt8]>()
            for form in select("SELECT exact FROM \(AccentedForms.table) WHERE folded >= ?1 AND folded < ?2", key, upper) {
                let beginning = Array(String(String(decoding: form, as: UTF8.self).unicodeScalars.prefix(letters)).utf8)
                if beginning != key, seen.insert(beginning).inserted { beginnings.append(beginning) }
            }
        }
        prefixCache[cacheKey] = beginnings
        return beginnings
    }

    /// Drops the cache when any connection has changed the database since it was filled.
    private func refreshIfChanged() {
        guard let version = RawStatement.dataVersion(of: connection) else {
            cache.removeAll()
            prefixCache.removeAll()
            return
        }
        if version != dataVersion {
            dataVersion = version
            cache.removeAll()
            prefixCache.removeAll()
        }
    }

    /// The first column of every row, or nothing when the table is missing or unreadable.
    private func select(_ sql: String, _ arguments: [UInt8]...) -> [[UInt8]] {
        guard let statement = RawStatement(sql: sql, connection: connection) else { return [] }
        for (index, argument) in arguments.enumerated() { statement.bind(utf8: argument, at: Int32(index + 1)) }
        return statement.firstColumnBytes()
    }
}
