import Foundation

/// A PDF as a document: its text layer through poppler's `pdftotext` in reading order,
/// page headers, page numbers and signature stamps dropped, wrapped lines and numbers cut
/// at a line end joined; a scan without a text layer read by Tesseract's Vietnamese model
/// (`tesseract-ocr-vie`) page by page when it is installed.
public enum PDFTextReader {
    /// Why a PDF is not read, in words for the warning line.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noPdftotext
        case scannedWithoutOCR
        case unreadable

        public var description: String {
            switch self {
            case .noPdftotext: "PDF: not read, pdftotext is not installed (apt-get install poppler-utils)"
            case .scannedWithoutOCR: "scanned PDF without text (install tesseract-ocr-vie to read it)"
            case .unreadable: "PDF: damaged or password-protected, pdftotext cannot read it"
            }
        }
    }

    /// Letters a page of text has at least; fewer on average means a scan.
    static let lettersPerTextPage = 40

    /// The document in the PDF at `path`, and how many pages it has.
    public static func document(path: String, documentPath: String? = nil) throws(Failure) -> (document: Document, pages: Int) {
        guard let pdftotext = ExternalProgram(named: "pdftotext") else { throw .noPdftotext }
        let result = pdftotext.run(["-enc", "UTF-8", "-eol", "unix", path, "-"])
        guard result.status == 0 else { throw .unreadable }
        var pages = String(decoding: result.output, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true, pages.count > 1 { pages.removeLast() }
        let letters = pages.reduce(0) { $0 + $1.unicodeScalars.filter(\.properties.isAlphabetic).count }
        if letters < lettersPerTextPage * max(pages.count, 1) {
            guard let recognized = recognize(path: path, pages: pages.count) else { throw .scannedWithoutOCR }
            pages = recognized
        }
        return (document(pages: pages, path: documentPath ?? path), pages.count)
    }

    /// A document from the text of each page.
    public static func document(pages: [String], path: String) -> Document {
        let lines = pages.flatMap { $0.split(separator: "\n").map { ICUNormalizer.nfc(String($0)) } }
        let gazetteHeader = lines.first { $0.hasPrefix("CÔNG BÁO") }
        let content = WrappedLines.join(lines.filter { !ResolutionHeader.isGazetteNoise($0) })
        // The gazette's page header stays first, so the document reads as gazette text; the parser drops it.
        return DocumentParser.parse(lines: (gazetteHeader.map { [$0] } ?? []) + content, fields: [:], path: path)
    }

    /// The pages of a scan read by Tesseract, one page image at a time; nil without Tesseract's Vietnamese model.
    static func recognize(path: String, pages: Int) -> [String]? {
        guard let tesseract = ExternalProgram(named: "tesseract"), let pdftoppm = ExternalProgram(named: "pdftoppm"),
              String(decoding: tesseract.run(["--list-langs"]).output, as: UTF8.self).split(separator: "\n").contains("vie") else { return nil }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-ocr-\(getpid())-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: directory) }
        var text: [String] = []
        for page in 1...max(pages, 1) {
            let image = directory.appendingPathComponent("page").path
            guard pdftoppm.run(["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, image]).status == 0 else { return nil }
            let read = tesseract.run([image + ".png", "stdout", "-l", "vie"])
            guard read.status == 0 else { return nil }
            text.append(String(decoding: read.output, as: UTF8.self))
            try? FileManager.default.removeItem(atPath: image + ".png")
        }
        return text
    }
}
