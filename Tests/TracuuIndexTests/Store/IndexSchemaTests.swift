import Foundation
import GRDB
@testable import TracuuIndex
import XCTest

/// The schema of an index file: a bulk build ends with the same tables, indexes and triggers
/// as an index created for updates in place; an older schema is migrated, an unknown one
/// says to rebuild.
final class IndexSchemaTests: XCTestCase {
    private func schema(_ database: IndexDatabase) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name
                """)
        }
    }

    func testBulkBuildEndsWithTheSameSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-schema-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let updated = try IndexDatabase.create(path: directory + "/update.sqlite")
        let bulk = try IndexDatabase.create(path: directory + "/bulk.sqlite", bulk: true)
        defer {
            try? updated.close()
            try? bulk.close()
        }
        let indexes = { (schema: [String]) in schema.filter { $0.hasPrefix("index ") }.map { $0.split(separator: " ")[1] } }
        let expected = try schema(updated)
        XCTAssertTrue(indexes(expected).contains("figures_unit_value"))
        XCTAssertTrue(indexes(expected).contains("documents_file"))
        let building = try schema(bulk)
        XCTAssertTrue(indexes(building).contains("documents_file"), "filled in its order as the rows come")
        XCTAssertFalse(indexes(building).contains("figures_unit_value"), "sorted once the rows are in")
        XCTAssertEqual(Set(building).subtracting(expected), [])
        try bulk.finishBulkBuild()
        XCTAssertEqual(try schema(bulk), expected)
    }

    private func schemaVersion(_ path: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") }
    }

    private func setSchemaVersion(_ path: String, _ version: String, dropping snapshot: Bool = false) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.write { db in
            if snapshot {
                for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                    try db.execute(sql: "DROP TRIGGER \(trigger)")
                }
                try db.execute(sql: "DROP TABLE \(AbbreviationSnapshot.entries); DROP TABLE \(AbbreviationSnapshot.keys)")
            }
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [version])
        }
    }

    /// An index of schema 1 (no abbreviation snapshot tables) is read as it is, and migrated
    /// in place when opened for writing: the same tables as a new index, nothing re-indexed.
    func testAnOlderSchemaIsReadAsItIsAndMigratedForWriting() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Công đoàn\nCĐ cơ sở thăm 40 đoàn viên."])
        try corpus.index()
        let current = try schema(try corpus.open())
        XCTAssertEqual(try schemaVersion(corpus.indexPath), String(IndexSchema.version))
        try setSchemaVersion(corpus.indexPath, "1", dropping: true)

        let reader = try IndexDatabase(readingAt: corpus.indexPath)
        XCTAssertEqual(try Searcher(database: reader).search("cong doan").total, 1)
        try reader.close()
        XCTAssertEqual(try schemaVersion(corpus.indexPath), "1", "a read-only open writes nothing")

        let writer = try corpus.open()
        XCTAssertEqual(try schema(writer), current)
        try writer.close()
        XCTAssertEqual(try schemaVersion(corpus.indexPath), String(IndexSchema.version))
        let summary = try corpus.index()
        XCTAssertEqual(summary.added + summary.updated, 0)
        assertFinds(corpus, "CĐ", ["a.txt"])
    }

    /// An index of schema 3 counted no pair of two unaccented words: opened for writing, it
    /// counts its titles and leads again, and `ket luan thanh tra` is read as they write it.
    func testSchemaThreeCountsItsPairsAgain() throws {
        let corpus = try TemporaryCorpus(ReadingTests.inspection)
        try corpus.index()
        let queue = try DatabaseQueue(path: corpus.indexPath)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM \(SyllablePairs.table) WHERE exact NOT GLOB '*[^ -~]*'")
            try db.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        }
        try queue.close()
        let reader = try IndexDatabase(readingAt: corpus.indexPath)
        XCTAssertEqual(try Searcher(database: reader).search("ket luan thanh tra").reading, "kết luận thanh trà", "read as it is")
        try reader.close()
        try corpus.open().close()
        XCTAssertEqual(try schemaVersion(corpus.indexPath), String(IndexSchema.version))
        XCTAssertEqual(try corpus.search("ket luan thanh tra").reading, "kết luận thanh tra")
        let summary = try corpus.index()
        XCTAssertEqual(summary.added + summary.updated, 0)
        XCTAssertEqual(try corpus.search("ket luan thanh tra").reading, "kết luận thanh tra", "counted once")
    }

    /// A schema this tracuu does not know (a newer tracuu wrote it) is neither read nor
    /// written: one line says to rebuild, and the rebuild works.
    func testAnUnknownSchemaSaysToRebuild() throws {
        let corpus = try TemporaryCorpus(["a.txt": "Một\nmột"])
        try corpus.index()
        for found in [String(IndexSchema.version + 1), "0", "hai"] {
            try setSchemaVersion(corpus.indexPath, found)
            for open in [{ try IndexDatabase(readingAt: corpus.indexPath) }, { try corpus.open() }] {
                XCTAssertThrowsError(try open()) { error in
                    XCTAssertEqual(error as? IndexError, .otherSchema(path: corpus.indexPath, found: found))
                    XCTAssertTrue(String(describing: error).contains("tracuu index --rebuild"))
                }
            }
            XCTAssertThrowsError(try corpus.index())
            XCTAssertEqual(try schemaVersion(corpus.indexPath), found, "nothing written")
        }
        XCTAssertEqual(try corpus.index(rebuild: true).documents, 1)
        assertFinds(corpus, "một", ["a.txt"])
    }
}
