import Foundation

/// How tracuu knows a file at the index path is one of its own, so it replaces or
/// rebuilds only those: the SQLite header with tracuu's application id, or (for
/// indexes made before the id, and damaged ones whose first pages survive) the
/// FTS5 table declared with tracuu's tokenizer in the schema on the first pages.
enum IndexSignature {
    /// `PRAGMA application_id` of a tracuu index: "trcu".
    static let applicationID: Int32 = 0x7472_6375
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)
    private static let tokenizerDeclaration = Array("tokenize='\(VietnameseTokenizer.name)'".utf8)
    /// The schema of a tracuu index fits in its first pages.
    private static let scannedBytes = 64 << 10

    /// True when `path` holds a tracuu index, whole or damaged; false for anything else
    /// (a text file, another program's database, an empty file, a folder).
    static func recognizes(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: scannedBytes) else { return false }
        let head = [UInt8](data)
        guard head.starts(with: sqliteHeader) else { return false }
        if head.count >= 72 {
            let id = head[68..<72].reduce(0) { $0 << 8 | Int32($1) }
            if id == applicationID { return true }
        }
        return contains(head, tokenizerDeclaration)
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while let found = bytes[index...].firstIndex(of: needle[0]), found + needle.count <= bytes.count {
            if bytes[found..<found + needle.count].elementsEqual(needle) { return true }
            index = found + 1
        }
        return false
    }
}
