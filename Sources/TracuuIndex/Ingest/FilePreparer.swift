import Foundation
import VietText

/// The analysis side of indexing, run on its own thread: reads a file,
/// decodes and parses it, analyzes each column and runs the annotators.
/// A file larger than `largeFileBytes` is streamed in parts of about
/// `partBytes`, cut at line ends, each part its own document (`file#2`...),
/// so memory stays flat whatever the file size.
final class FilePreparer {
    static let largeFileBytes = 8 << 20
    static let partBytes = 1 << 20

    private let termAnalyzer = IndexTermAnalyzer()
    let syllablePairs: SyllablePairCounter

    init(syllablePairs: SyllablePairCounter = SyllablePairCounter()) {
        self.syllablePairs = syllablePairs
    }

    /// Prepares a file, handing `emit` one item (or, for a large file, one per part);
    /// false when `emit` says the writer has stopped.
    func prepare(_ file: CorpusFile, knownHash: String?, emit: (PreparedFile) -> Bool) -> Bool {
        let isText = [.text, .jsonLines].contains(DocumentFormat(fileName: file.path) ?? .text)
        if file.size > Self.largeFileBytes, isText, let streamed = prepareLarge(file, knownHash: knownHash, emit: emit) {
            return streamed
        }
        return emit(prepare(file, knownHash: knownHash))
    }

    func prepare(_ file: CorpusFile, knownHash: String?) -> PreparedFile {
        var prepared = PreparedFile(file: file, known: knownHash != nil, outcome: .skipped)
        // A PDF or a .doc is read by its converter from the file: only its hash is made here, in parts.
        let readByPath = [.pdf, .legacyWord].contains(DocumentFormat(fileName: file.path))
        guard let (bytes, hash) = readByPath ? Self.hash(of: file).map({ ([UInt8](), $0) }) : Self.contents(of: file).map({ ($0, ContentHash.of($0)) }) else {
            prepared.warnings.append("\(file.path): cannot read; skipped")
            return prepared
        }
        prepared.bytesRead = readByPath ? Int(file.size) : bytes.count
        if hash == knownHash {
            prepared.outcome = .unchanged
            return prepared
        }
        guard let documents = parse(bytes, path: file.path, warnings: &prepared.warnings) else { return prepared }
        prepared.outcome = .documents(analyze(documents), hash: hash)
        return prepared
    }

    /// The content hash of a file read in parts of `partBytes`; nil when it cannot be read.
    static func hash(of file: CorpusFile) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        var hash = ContentHash()
        do {
            while let chunk = try handle.read(upToCount: partBytes), !chunk.isEmpty {
                chunk.withUnsafeBytes { hash.update($0) }
            }
        } catch {
            return nil
        }
        return hash.hex
    }

    /// A whole file's bytes, read straight into the array; nil when it cannot be read.
    static func contents(of file: CorpusFile) -> [UInt8]? {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        // The size from the scan is a guess (the file may have changed since): a part that
        // comes back full means there is more.
        var partSize = max(Int(file.size), 0) + 1
        while true {
            var failed = false
            let part = [UInt8](unsafeUninitializedCapacity: partSize) { buffer, count in
                while count < partSize {
                    let got = read(descriptor, buffer.baseAddress! + count, partSize - count)
                    if got < 0, errno == EINTR { continue }
                    if got <= 0 {
                        failed = got < 0
                        break
                    }
                    count += got
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            if part.count < partSize { return bytes }
            partSize = max(partSize, Self.partBytes)
        }
    }

    private func analyze(_ documents: [Document]) -> [PreparedDocument] {
        documents.map { document in
            var hash = ContentHash()
            hash.update(document.title)
            hash.update("\n")
            hash.update(document.lead)
            hash.update("\n")
            hash.update(document.body)
            let texts = [document.title, document.lead, document.body].map(termAnalyzer.analyze)
            // Titles and leads say what a text is about in few words: enough to tell which
            // reading of an unaccented query news means, for a small part of the work.
            syllablePairs.count(texts[0])
            syllablePairs.count(texts[1])
            let fullText = document.fullText
            return PreparedDocument(
                document: document,
                texts: texts,
                accentedForms: termAnalyzer.accentedForms.take(),
                hash: hash.hex,
                annotations: DocumentAnnotators.all.compactMap { $0.annotate(document, fullText: fullText) })
        }
    }

    /// The documents in a file's bytes, or nil (with a warning) when it cannot be read as text.
    private func parse(_ bytes: [UInt8], path: String, warnings: inout [String]) -> [Document]? {
        do {
            if let documents = try FormatReader.documents(bytes, path: path) { return documents }
        } catch {
            warnings.append("\(path): \(error); skipped")
            return nil
        }
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

    /// Streams a large UTF-8 file in parts; nil when it must be read whole (UTF-16, unreadable).
    private func prepareLarge(_ file: CorpusFile, knownHash: String?, emit: (PreparedFile) -> Bool) -> Bool? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        var hash = ContentHash()
        var head: [UInt8] = []
        while let chunk = try? handle.read(upToCount: Self.partBytes), !chunk.isEmpty {
            if head.isEmpty { head = [UInt8](chunk.prefix(8192)) }
            chunk.withUnsafeBytes { hash.update($0) }
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return nil }
        let fileHash = hash.hex
        if fileHash == knownHash {
            var unchanged = PreparedFile(file: file, known: true, outcome: .unchanged)
            unchanged.bytesRead = Int(file.size)
            return emit(unchanged)
        }
        if let kind = SourceText.binaryKind(head) {
            var skipped = PreparedFile(file: file, known: knownHash != nil, outcome: .skipped)
            skipped.warnings.append("\(file.path): binary file (\(kind)), not text; skipped")
            return emit(skipped)
        }
        guard (try? handle.seek(toOffset: 0)) != nil else { return nil }
        let isJSONLines = file.path.lowercased().hasSuffix(".jsonl")
        var carry: [UInt8] = []
        var part = 0
        var line = 1
        var first: Document?
        var atEnd = false
        while !atEnd {
            let chunk = (try? handle.read(upToCount: Self.partBytes)) ?? nil
            atEnd = chunk == nil || chunk!.isEmpty
            if let chunk { carry.append(contentsOf: chunk) }
            guard !carry.isEmpty else { break }
            let cut = atEnd ? carry.count : Self.cutPoint(carry)
            guard cut > 0 else { continue }
            let bytes = Array(carry[..<cut])
            carry.removeFirst(cut)
            part += 1
            var prepared = PreparedFile(file: file, known: knownHash != nil, outcome: .skipped)
            prepared.isFirstPart = part == 1
            prepared.isLastPart = atEnd && carry.isEmpty
            prepared.bytesRead = bytes.count
            var documents: [Document] = []
            do {
                let text = try SourceText.decode(bytes)
                if isJSONLines {
                    let parsed = DocumentParser.parseJSONLines(text: text, path: file.path, firstLine: line)
                    for error in parsed.errors { prepared.warnings.append("\(file.path):\(error.line): \(error.reason); line skipped") }
                    documents = parsed.documents
                    line += bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                } else if let first {
                    documents = [DocumentParser.parsePart(text: text, path: file.path, part: part, first: first)]
                } else {
                    let parsed = DocumentParser.parse(text: text, path: file.path)
                    if let warning = parsed.warning { prepared.warnings.append("\(file.path): \(warning)") }
                    first = parsed.document
                    documents = [parsed.document]
                }
            } catch {
                prepared.warnings.append("\(file.path) (part \(part)): \(error); part skipped")
            }
            prepared.outcome = .documents(analyze(documents), hash: fileHash)
            if !emit(prepared) { return false }
        }
        return true
    }

    /// Where to end a part: after the last line break, else after the last space,
    /// else before a UTF-8 lead byte; never inside a character.
    static func cutPoint(_ bytes: [UInt8]) -> Int {
        guard bytes.count >= partBytes else { return 0 }
        if let newline = bytes.lastIndex(of: 0x0A) { return newline + 1 }
        if let space = bytes.lastIndex(of: 0x20) { return space + 1 }
        var index = bytes.count - 1
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
