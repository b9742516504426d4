/// The kinds of file tracuu reads, told by the file name's extension, and the words a
/// person understands for the ones it does not read ("Excel workbook (.xlsx): not a text document").
public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
    case text, jsonLines, webPage, pdf, word, legacyWord

    /// The format of a file named `name`; nil for a file tracuu does not read.
    public init?(fileName name: String) {
        switch Self.fileExtension(name) {
        case "txt", "md", "markdown", "text": self = .text
        case "jsonl": self = .jsonLines
        case "html", "htm", "xhtml", "shtml": self = .webPage
        case "pdf": self = .pdf
        case "docx": self = .word
        case "doc": self = .legacyWord
        default: return nil
        }
    }

    /// How the index summary counts documents of this format.
    public var summaryName: String {
        switch self {
        case .text: "text"
        case .jsonLines: "JSON lines"
        case .webPage: "web page"
        case .pdf: "PDF"
        case .word: "Word"
        case .legacyWord: "Word 97-2003"
        }
    }

    /// What files of other extensions are, for the line that says why they are skipped.
    static let otherKinds: [(extensions: Set<String>, name: String)] = [
        (["xlsx", "xlsm", "xls"], "Excel workbook"), (["ods"], "OpenDocument spreadsheet"), (["csv", "tsv"], "table"),
        (["pptx", "ppt"], "PowerPoint presentation"), (["odp"], "OpenDocument presentation"),
        (["jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "svg", "heic", "ico"], "image"),
        (["mp3", "wav", "m4a", "ogg", "mp4", "mov", "avi", "mkv", "webm"], "audio or video"),
        (["js", "css", "json", "xml", "map", "woff", "woff2", "ttf", "otf", "eot"], "web resource"),
        (["exe", "dll", "so", "dylib", "bin", "o", "a", "apk", "deb", "msi", "app"], "program"),
        (["sqlite", "sqlite3", "db"], "database"), (["epub", "mobi"], "e-book"),
    ]
    /// Documents in a format tracuu could read once converted.
    static let convertible: [String: String] = [
        "odt": "OpenDocument text", "rtf": "RTF document", "pages": "Pages document", "wpd": "WordPerfect document",
    ]
    static let archives: Set<String> = ["zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar"]

    /// Why a file that is no document tracuu reads is skipped, or nil for one it reads:
    /// "Excel workbook (.xlsx): not a text document".
    public static func skipReason(fileName name: String) -> String? {
        guard DocumentFormat(fileName: name) == nil else { return nil }
        let ext = fileExtension(name)
        if ext.isEmpty { return "no file extension: not read (name it .txt to index it as text)" }
        if let kind = otherKinds.first(where: { $0.extensions.contains(ext) }) {
            return "\(kind.name.prefix(1).uppercased() + kind.name.dropFirst()) (.\(ext)): not a text document"
        }
        if let kind = convertible[ext] { return "\(kind) (.\(ext)): not read; save it as .docx or .pdf to index it" }
        if archives.contains(ext) { return "archive (.\(ext)): not read; unpack it to index what it holds" }
        return ".\(ext) file: not a kind tracuu reads (.txt, .md, .jsonl, .html, .pdf, .docx, .doc)"
    }

    /// The lower-cased extension of the last path component (`a/B.TXT` → `txt`), empty when none.
    static func fileExtension(_ name: String) -> String {
        let utf8 = name.utf8
        let slash = UInt8(ascii: "/")
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex
        guard let dot = utf8[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start else { return "" }
        return name[utf8.index(after: dot)..<end].lowercased()
    }
}
