import GRDB

extension Database {
    /// Whether the main schema has this table: one indexed read of `sqlite_master`, where
    /// GRDB's `tableExists` first loads and caches the whole schema, which a search never needs.
    func hasTable(_ name: String) throws -> Bool {
        try Int.fetchOne(self, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [name]) == 1
    }
}
