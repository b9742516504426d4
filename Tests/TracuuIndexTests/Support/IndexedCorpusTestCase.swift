import XCTest

/// A test case whose tests share one indexed `TemporaryCorpus` of the class's `documents`,
/// built before its first test and removed after its last.
class IndexedCorpusTestCase: XCTestCase {
    /// The files of the shared corpus, by name.
    class var documents: [String: String] { [:] }

    nonisolated(unsafe) private static var corpora: [ObjectIdentifier: TemporaryCorpus] = [:]

    override class func setUp() {
        super.setUp()
        let corpus = try! TemporaryCorpus(documents)
        try! corpus.index()
        corpora[ObjectIdentifier(self)] = corpus
    }

    override class func tearDown() {
        corpora[ObjectIdentifier(self)] = nil
        super.tearDown()
    }

    /// The class's shared corpus, indexed.
    class var corpus: TemporaryCorpus { corpora[ObjectIdentifier(self)]! }

    var corpus: TemporaryCorpus { Self.corpus }
}
