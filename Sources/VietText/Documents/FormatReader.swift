/// The reader of each format that is not plain text: a saved web page, a PDF, a Word file.
public enum FormatReader {
    /// Why a file of one of these formats gives no document, in words for the warning line.
    public struct Unreadable: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The documents of the file at `path` (its `bytes` already read), or nil for plain text
    /// and JSON lines, which `DocumentParser` reads once they are decoded.
    public static func documents(_ bytes: [UInt8], path: String) throws(Unreadable) -> [Document]? {
        do {
            switch DocumentFormat(fileName: path) {
            case .webPage:
                guard let document = WebPageReader.document(bytes, path: path) else {
                    throw Unreadable(description: "web page without an article (no text found)")
                }
                return [document]
            case .pdf: return [try PDFTextReader.document(path: path).document]
            case .word: return [try WordDocumentReader.document(bytes, path: path)]
            case .legacyWord: return [try LegacyWordReader.document(path: path)]
            case .text, .jsonLines, nil: return nil
            }
        } catch let error as Unreadable {
            throw error
        } catch {
            throw Unreadable(description: String(describing: error))
        }
    }
}
