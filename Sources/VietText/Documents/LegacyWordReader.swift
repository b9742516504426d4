/// A Word 97-2003 document (`.doc`) read through `antiword` or `catdoc` when one is installed.
public enum LegacyWordReader {
    /// Why a `.doc` file was not read, in words for the warning line.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noConverter
        case unreadable

        public var description: String {
            switch self {
            case .noConverter: "Word 97-2003 document (.doc): not read; install antiword or catdoc, or save it as .docx"
            case .unreadable: "Word 97-2003 document (.doc) that antiword/catdoc cannot read"
            }
        }
    }

    /// The document in the `.doc` file at `path`, through antiword or catdoc, recorded under
    /// `documentPath` when given, else under `path`.
    public static func document(path: String, documentPath: String? = nil) throws(Failure) -> Document {
        let result: (output: [UInt8], status: Int32)
        if let antiword = ExternalProgram(named: "antiword") {
            let run = antiword.run(["-m", "UTF-8.txt", "-w", "0", path])
            result = ([UInt8](run.output), run.status)
        } else if let catdoc = ExternalProgram(named: "catdoc") {
            let run = catdoc.run(["-d", "utf-8", "-w", path])
            result = ([UInt8](run.output), run.status)
        } else {
            throw .noConverter
        }
        guard result.status == 0 else { throw .unreadable }
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n").map { ICUNormalizer.nfc(String($0)) }
        return DocumentParser.parse(lines: lines, fields: [:], path: documentPath ?? path)
    }
}
