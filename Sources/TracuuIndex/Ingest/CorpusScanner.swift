import Foundation
import VietText

/// Finds the files tracuu reads (see `DocumentFormat`) under the given paths, recursively,
/// following symlinks but never around a loop; reports what it cannot read.
public enum CorpusScanner {

    /// The files to read under `roots`; every other file is named to `skip` with the reason
    /// ("Excel workbook (.xlsx): not a text document"), a saved page's folder of images and
    /// scripts once for all its files.
    public static func scan(_ roots: [String], warn: (String) -> Void, skip: (String) -> Void = { _ in }) -> [CorpusFile] {
        var files: [CorpusFile] = []
        var visitedDirectories: Set<[UInt64]> = []
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                warn("\(root): \(String(cString: strerror(errno)))")
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(root, into: &files, visited: &visitedDirectories, warn: warn, skip: skip)
            } else {
                files.append(CorpusFile(path: root, size: Int64(info.st_size), mtime: mtime(info)))
            }
        }
        return files
    }

    /// `corpus/`, `./corpus/` and `corpus` name the same root, so one folder is never indexed under two names.
    public static func normalizeRoot(_ root: String) -> String {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        while root.count > 2, root.hasPrefix("./") { root.removeFirst(2) }
        return root
    }

    /// A tracuu index in the folder being indexed, or the lock, journal or build beside one: not a document, and not worth a word.
    static func isIndexFile(_ path: String) -> Bool {
        if IndexSignature.recognizes(path: path) { return true }
        if let range = path.range(of: ".rebuild-", options: .backwards), path[range.upperBound...].allSatisfy(\.isNumber) { return true }
        for suffix in [".lock", "-wal", "-shm", "-journal"] where path.hasSuffix(suffix) {
            let base = String(path.dropLast(suffix.count))
            // A first build's lock comes before its index: the index is still being written aside.
            return IndexSignature.recognizes(path: base) || suffix == ".lock" && !FileManager.default.fileExists(atPath: base)
        }
        return false
    }

    /// `trang_files` beside `trang.html` (what a browser's "save page" writes): the page's name.
    static func savedPage(ownedBy folder: String, among entries: [String]) -> String? {
        guard folder.hasSuffix("_files") else { return nil }
        let stem = folder.dropLast(6)
        return ["html", "htm"].lazy.map { "\(stem).\($0)" }.first(where: entries.contains)
    }

    static func mtime(_ info: stat) -> Double {
        Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }

    private static func walk(
        _ directory: String, into files: inout [CorpusFile], visited: inout Set<[UInt64]>, warn: (String) -> Void, skip: (String) -> Void
    ) {
        var info = stat()
        guard stat(directory, &info) == 0 else { return }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            warn("\(directory): directory already visited (symlink loop?); skipped")
            return
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            warn("\(directory): cannot read directory; skipped")
            return
        }
        let prefix = directory == "/" ? "/" : directory + "/"
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                var link = stat()
                if lstat(path, &link) == 0 { warn("\(path): broken or looping symlink; skipped") }
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                if let page = savedPage(ownedBy: name, among: entries) {
                    skip("\(path): images and scripts of the saved web page \(page); skipped")
                    continue
                }
                walk(path, into: &files, visited: &visited, warn: warn, skip: skip)
            case S_IFREG:
                if DocumentFormat(fileName: name) != nil {
                    files.append(CorpusFile(path: path, size: Int64(entry.st_size), mtime: mtime(entry)))
                } else if isIndexFile(path) {
                    continue
                } else if let reason = DocumentFormat.skipReason(fileName: name) {
                    skip("\(path): \(reason); skipped")
                }
            default:
                continue
            }
        }
    }
}
