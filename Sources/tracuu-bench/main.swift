import Foundation
import TracuuIndex
import VietText

// Measures the analysis pipeline alone, single thread, on a folder of documents:
// ICU word breaks alone, the full analyzer, document parsing and figure extraction
// (over the parsed documents), in MB/s of text.
// Usage: tracuu-bench FOLDER [repeat]

func main() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: tracuu-bench FOLDER [repeat]\n".utf8))
        exit(2)
    }
    let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
    let files = CorpusScanner.scan([arguments[1]], warn: { _ in })
    var texts: [[CChar]] = []
    var totalBytes = 0
    for file in files {
        guard let data = FileManager.default.contents(atPath: file.path) else { continue }
        var bytes = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            bytes.withUnsafeMutableBytes { $0.copyMemory(from: raw) }
        }
        totalBytes += bytes.count
        texts.append(bytes)
    }
    let megabytes = Double(totalBytes) / 1_048_576

    func measure(_ name: String, _ body: () -> Int) {
        var best = Double.infinity
        var count = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            count = body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "%-28@ %8.2f s  %8.1f MB/s  %10d units", name as NSString, best, megabytes / best, count))
    }

    print(String(format: "%d files, %.1f MB, best of %d runs, one thread", texts.count, megabytes, repeats))
    let segmenter = WordSegmenter()
    measure("ICU word breaks alone") {
        var words = 0
        for text in texts {
            text.withUnsafeBufferPointer { buffer in
                segmenter.forEachWord(in: buffer.baseAddress!, count: buffer.count) { _, _ in words += 1; return true }
            }
        }
        return words
    }
    measure("fast Latin segmentation") {
        var covered = 0
        let longest = texts.map(\.count).max() ?? 0
        let boundaries = UnsafeMutablePointer<Int32>.allocate(capacity: LatinWordSegmenter.maximumBoundaries(longest))
        defer { boundaries.deallocate() }
        for text in texts {
            text.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: UInt8.self) { bytes in
                    if LatinWordSegmenter.segment(bytes.baseAddress!, count: bytes.count, writingTo: boundaries) != nil { covered += 1 }
                }
            }
        }
        return covered
    }
    var mismatches = 0
    var fallbacks = 0
    var boundaries: [Int32] = []
    for text in texts {
        var icu: [Int32] = []
        text.withUnsafeBufferPointer { buffer in
            segmenter.forEachWord(in: buffer.baseAddress!, count: buffer.count) { start, end in
                icu.append(Int32(start)); icu.append(Int32(end)); return true
            }
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                if !LatinWordSegmenter.segment(bytes.baseAddress!, count: bytes.count, into: &boundaries) {
                    fallbacks += 1
                } else if boundaries != icu {
                    mismatches += 1
                    if mismatches <= 5 {
                        let first = zip(boundaries, icu).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
                        let at = Int(min(boundaries.count > first ? boundaries[first] : 0, icu.count > first ? icu[first] : 0))
                        let context = String(decoding: bytes[max(0, at - 20)..<min(bytes.count, at + 40)], as: UTF8.self)
                        print("  differs from ICU near byte \(at): \(context.debugDescription)")
                    }
                }
            }
        }
    }
    print("fast segmentation: \(texts.count - fallbacks) of \(texts.count) texts covered, \(mismatches) differ from ICU")
    let analyzer = Analyzer()
    measure("analyzer (breaks + forms)") {
        var folded = 0
        for text in texts {
            text.withUnsafeBufferPointer { buffer in
                analyzer.analyze(buffer.baseAddress!, count: buffer.count) { token in
                    if !token.folded.isEmpty { folded += 1 }
                    return true
                }
            }
        }
        return folded
    }
    measure("document parsing") {
        var documents = 0
        for text in texts {
            let bytes = text.map { UInt8(bitPattern: $0) }
            if let decoded = try? SourceText.decode(bytes) {
                _ = DocumentParser.parse(text: decoded, path: "x.txt")
                documents += 1
            }
        }
        return documents
    }
    var fullTexts: [String] = []
    for text in texts {
        if let decoded = try? SourceText.decode(text.map { UInt8(bitPattern: $0) }) {
            fullTexts.append(DocumentParser.parse(text: decoded, path: "x.txt").document.fullText)
        }
    }
    let extractor = FigureExtractor()
    measure("figure extraction") {
        var figures = 0
        for text in fullTexts { figures += extractor.figures(in: text).count }
        return figures
    }
}

main()
