import Foundation
import VietText

/// The analysis side of indexing, run on its own thread: reads a file,
/// decodes and parses it, analyzes each column and notes accented words
/// met for the first time in this run (for the `term_variants` table).
final class FilePreparer {
    private let analyzer = Analyzer()
    private var seenAccented = ByteStringSet()

    func prepare(_ file: CorpusFile, knownHash: String?) -> PreparedFile {
        var prepared = PreparedFile(file: file, known: knownHash != nil, outcome: .skipped)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            prepared.warnings.append("\(file.path): cannot read; skipped")
            return prepared
        }
        prepared.bytesRead = data.count
        let bytes = [UInt8](data)
        let hash = ContentHash.of(bytes)
        if hash == knownHash {
            prepared.outcome = .unchanged
            return prepared
        }
        guard let documents = parse(bytes, path: file.path, warnings: &prepared.warnings) else { return prepared }
        var variants: [(String, String)] = []
        let analyzed = documents.map { document in
            PreparedDocument(document: document, texts: [document.title, document.lead, document.body].map { text in
                AnalyzedText(text, analyzer: analyzer) { exact, folded in
                    if seenAccented.insert(exact) {
                        variants.append((String(decoding: folded, as: UTF8.self), String(decoding: exact, as: UTF8.self)))
                    }
                }
            })
        }
        prepared.variants = variants
        prepared.outcome = .documents(analyzed, hash: hash)
        return prepared
    }

    /// The documents in a file's bytes, or nil (with a warning) when it cannot be read as text.
    private func parse(_ bytes: [UInt8], path: String, warnings: inout [String]) -> [Document]? {
        let text: String
        do {
            text = try SourceText.decode(bytes)
        } catch {
            warnings.append("\(path): \(error); skipped")
            return nil
        }
        if path.lowercased().hasSuffix(".jsonl") {
            let parsed = DocumentParser.parseJSONLines(text: text, path: path)
            for error in parsed.errors { warnings.append("\(path):\(error.line): \(error.reason); line skipped") }
            return parsed.documents
        }
        let parsed = DocumentParser.parse(text: text, path: path)
        if let warning = parsed.warning { warnings.append("\(path): \(warning)") }
        return [parsed.document]
    }
}
