import Foundation
import GRDB
@testable import TracuuIndex
import XCTest

/// A bulk build creates its secondary indexes at the end; the finished file has the
/// same tables, indexes and triggers as one created for updates in place.
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
        XCTAssertTrue(indexes(try schema(bulk)).allSatisfy { $0.hasPrefix("sqlite_autoindex") }, "no secondary index while building")
        try bulk.finishBulkBuild()
        let expected = try schema(updated)
        XCTAssertTrue(indexes(expected).contains("figures_unit_value"))
        XCTAssertTrue(indexes(expected).contains("documents_file"))
        XCTAssertEqual(try schema(bulk), expected)
    }
}
