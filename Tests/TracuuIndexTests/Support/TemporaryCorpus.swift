import TestSupport
import Foundation
@testable import TracuuIndex
import VietText
import XCTest

/// A corpus folder and an index file in a fresh temporary directory, removed
/// when the test ends: write files, index them as `tracuu index` does, search.
final class TemporaryCorpus {
    let directory: String
    let corpus: String
    let indexPath: String
    private(set) var warnings: [String] = []

    init(_ files: [String: String] = [:]) throws {
        directory = NSTemporaryDirectory() + "tracuu-test-" + UUID().uuidString
        corpus = directory + "/corpus"
        indexPath = directory + "/index/tracuu.sqlite"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The repository's own `corpus/` folder with the seed articles.
    static let seedCorpus = RepositoryPaths.corpus.path

    static func seed(_ name: String) throws -> String {
        try String(contentsOfFile: seedCorpus + "/" + name, encoding: .utf8)
    }

    func write(_ name: String, _ text: String) throws {
        try writeBytes(name, Array(text.utf8))
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        let path = corpus + "/" + name
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: corpus + "/" + name)
    }

    func path(_ name: String) -> String { corpus + "/" + name }

    @discardableResult
    func index(rebuild: Bool = false) throws -> IndexSummary {
        try IndexLifecycle.update(path: indexPath, roots: [corpus], rebuild: rebuild, warn: { [weak self] in self?.warnings.append($0) })
    }

    func open() throws -> IndexDatabase { try IndexDatabase(path: indexPath) }

    func search(_ query: String, _ options: SearchOptions = SearchOptions(limit: 0), countOnly: Bool = false) throws -> SearchResults {
        let database = try open()
        defer { try? database.close() }
        return try Searcher(database: database).search(query, options: options, countOnly: countOnly)
    }

    /// File names (relative to the corpus, `#id` kept for JSONL) of the hits, best first.
    func names(_ query: String, _ options: SearchOptions = SearchOptions(limit: 0)) throws -> [String] {
        try search(query, options).hits.map { String($0.path.dropFirst(corpus.count + 1)) }
    }

    func stored(_ name: String) throws -> Document? {
        let database = try open()
        defer { try? database.close() }
        return try database.document(pathOrID: path(name))?.document
    }
}

/// Asserts the set of documents a query finds.
func assertFinds(
    _ corpus: TemporaryCorpus, _ query: String, _ expected: Set<String>,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(Set(try corpus.names(query)), expected, "query \(query.debugDescription)", file: file, line: line)
}
