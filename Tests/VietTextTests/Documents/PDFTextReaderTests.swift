import Foundation
import TestSupport
import VietText
import XCTest

/// Gazette PDFs read through pdftotext against the publisher's text of the same documents;
/// a scan read by Tesseract; the messages without pdftotext or without the Vietnamese OCR model.
/// `scripts/gazette-accuracy.py` measures all 50 documents through the binary.
final class PDFTextReaderTests: XCTestCase {
    private static let pdfs = RepositoryPaths.shared.appendingPathComponent("corpus-samples/gazette-pdf/cong_doan")
    private static let texts = RepositoryPaths.shared.appendingPathComponent("corpus-samples/gazette/cong_doan")

    private func requirePDFs() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.pdfs.path), "../shared/corpus-samples/gazette-pdf is absent")
        try XCTSkipIf(ExternalProgram(named: "pdftotext") == nil, "pdftotext is not installed (apt-get install poppler-utils)")
    }

    private func words(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in ICUNormalizer.nfc(text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) { counts[String(word), default: 0] += 1 }
        return counts
    }

    func testGazettePDFsReadAsTheirTextVersions() throws {
        try requirePDFs()
        for name in ["thong-tu-so-01-2024-tt-bldtbxh-41332", "quyet-dinh-so-135-qd-bldtbxh-41357", "van-ban-hop-nhat-so-1166-vbhn-bldtbxh-41572"] {
            let pdf = try PDFTextReader.document(path: Self.pdfs.appendingPathComponent(name + ".pdf").path).document
            let text = try SourceText.decode([UInt8](Data(contentsOf: Self.texts.appendingPathComponent(name + ".txt"))))
            let publisher = DocumentParser.parse(text: text, path: name + ".txt").document
            XCTAssertEqual(pdf.number, publisher.number, name)
            XCTAssertEqual(pdf.kind, publisher.kind, name)
            XCTAssertNotNil(pdf.number, name)
            let stored = words(pdf.fullText)
            let expected = words(publisher.fullText)
            let found = expected.reduce(0) { $0 + min($1.value, stored[$1.key] ?? 0) }
            XCTAssertGreaterThanOrEqual(Double(found) / Double(expected.values.reduce(0, +)), 0.97, name)
            for noise in ["CÔNG BÁO", "Người ký:", "Thời gian ký:"] { XCTAssertFalse(pdf.fullText.contains(noise), "\(name): \(noise)") }
        }
    }

    func testNumbersCutAtALineEndReadWhole() throws {
        try requirePDFs()
        let pdf = try PDFTextReader.document(path: Self.pdfs.appendingPathComponent("thong-tu-so-12-2024-tt-bldtbxh-43233.pdf").path).document
        XCTAssertTrue(pdf.body.contains("Điều 13 Thông tư số 27/2016/TT-BLĐTBXH"), "pdftotext cuts it after TT-")
        XCTAssertFalse(pdf.body.contains("TT- "))
    }

    /// One gazette page rendered to a JPEG and wrapped in a PDF with no text layer.
    private func scan(in directory: URL) throws -> String {
        let pdftoppm = try XCTUnwrap(ExternalProgram(named: "pdftoppm"))
        let image = directory.appendingPathComponent("page").path
        let source = Self.pdfs.appendingPathComponent("thong-tu-so-01-2024-tt-bldtbxh-41332.pdf").path
        XCTAssertEqual(pdftoppm.run(["-r", "200", "-jpeg", "-singlefile", "-f", "2", "-l", "2", source, image]).status, 0)
        let jpeg = [UInt8](try Data(contentsOf: URL(fileURLWithPath: image + ".jpg")))
        var index = 2
        var size = (width: 0, height: 0, components: 3)
        while index + 9 < jpeg.count {
            let marker = jpeg[index + 1]
            let length = Int(jpeg[index + 2]) << 8 | Int(jpeg[index + 3])
            if [0xC0, 0xC1, 0xC2].contains(marker) {
                size = (Int(jpeg[index + 7]) << 8 | Int(jpeg[index + 8]), Int(jpeg[index + 5]) << 8 | Int(jpeg[index + 6]), Int(jpeg[index + 9]))
                break
            }
            index += 2 + length
        }
        let (width, height) = (size.width * 72 / 200, size.height * 72 / 200)
        let content = "q \(width) 0 0 \(height) 0 0 cm /Im0 Do Q"
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8), Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".utf8),
            Array("<< /Type /XObject /Subtype /Image /Width \(size.width) /Height \(size.height) /ColorSpace /\(size.components == 1 ? "DeviceGray" : "DeviceRGB") /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>\nstream\n".utf8) + jpeg + Array("\nendstream".utf8),
            Array("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream".utf8),
        ]
        var pdf = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (number, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(number + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8) }
        pdf += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        let path = directory.appendingPathComponent("scan.pdf").path
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    /// Runs `body` with `PATH` holding only links to `programs`.
    private func withPrograms(_ programs: [String], in directory: URL, _ body: () throws -> Void) throws {
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for program in programs {
            let target = try XCTUnwrap(ExternalProgram(named: program), program).path
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent(program).path, withDestinationPath: target)
        }
        let saved = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", bin.path, 1)
        defer { setenv("PATH", saved, 1) }
        try body()
    }

    func testAScanIsReadByTesseractsVietnameseModel() throws {
        try requirePDFs()
        guard let tesseract = ExternalProgram(named: "tesseract") else { throw XCTSkip("tesseract-ocr-vie is not installed") }
        try XCTSkipUnless(String(decoding: tesseract.run(["--list-langs"]).output, as: UTF8.self).contains("vie"), "tesseract-ocr-vie is not installed")
        let path = try scan(in: try temporaryDirectory())
        let document = try PDFTextReader.document(path: path).document
        XCTAssertTrue(document.fullText.contains("Yêu cầu đối với chương trình đào tạo"), document.fullText.prefix(400).description)
        XCTAssertTrue(document.fullText.contains("Chương trình đào tạo phải đáp ứng quy định về khối lượng kiến thức tối thiểu"), "wrapped lines joined")
    }

    func testAScanWithoutOCRAndAPDFWithoutPdftotextAreNamedWithTheInstallHint() throws {
        try requirePDFs()
        let directory = try temporaryDirectory()
        let path = try scan(in: directory)
        try withPrograms(["pdftotext"], in: directory) {
            XCTAssertThrowsError(try PDFTextReader.document(path: path)) { error in
                XCTAssertEqual(String(describing: error), "scanned PDF without text (install tesseract-ocr-vie to read it)")
            }
        }
        try withPrograms([], in: directory.appendingPathComponent("none")) {
            XCTAssertThrowsError(try PDFTextReader.document(path: Self.pdfs.appendingPathComponent("quyet-dinh-so-135-qd-bldtbxh-41357.pdf").path)) { error in
                XCTAssertEqual(String(describing: error), "PDF: not read, pdftotext is not installed (apt-get install poppler-utils)")
            }
        }
    }
}
