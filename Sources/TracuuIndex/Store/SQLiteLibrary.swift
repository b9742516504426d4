import CSQLiteLibrary

/// The settings of the process's SQLite library, made once before its first connection
/// opens (`IndexDatabase.configuration`): multi-thread mode, since GRDB hands each
/// connection to one thread at a time, so SQLite's per-connection mutex, taken by every
/// bind, step and reset, guards nothing; and no memory statistics, which take a global
/// mutex at every allocation and free.
enum SQLiteLibrary {
    /// False when SQLite was already initialized (a connection opened by other code first):
    /// its defaults then stay, which only costs time.
    static let isConfigured: Bool = tracuu_sqlite_configure() == 0
}
