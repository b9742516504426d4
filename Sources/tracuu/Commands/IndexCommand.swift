import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput
import VietText

/// `tracuu index [PATH...]`: builds or updates the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index documents, or bring the index up to date.",
        discussion: """
            Reads .txt and .md files (optional front matter: title, date, source, url,
            kind, number), .jsonl files (one document a line), saved web pages (.html:
            the article alone), PDF (with poppler-utils; scans with tesseract-ocr-vie) and
            Word files (.docx; .doc with antiword), recursively. Other files are named
            with the reason they are skipped. A second run indexes only new and changed
            files and drops deleted ones. tracuu never writes over a file it did not make.

            Examples:
              tracuu index                      index corpus/ into index/tracuu.sqlite
              tracuu index ~/bao-cao --index /tmp/bc.sqlite
              tracuu index "Nghị quyết 02-NQ-TW.pdf" trang-da-luu.html
              tracuu index --rebuild            start over (the old index stays usable until done)
            """)

    @OptionGroup var location: IndexLocation

    @Argument(help: ArgumentHelp("Files or folders to index.", valueName: "path"))
    var paths: [String] = [IndexLocation.defaultCorpus]

    @Flag(help: "Build the index from scratch.")
    var rebuild = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let bar = Terminal.stderrIsTerminal ? ProgressBar() : nil
        var warnings = 0
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw CLIError("\(path): no such file or folder; nothing indexed")
        }
        let summary: IndexSummary
        do {
            summary = try IndexLifecycle.update(
                path: location.path, roots: paths, rebuild: rebuild,
                warn: { message in
                    warnings += 1
                    bar?.finish()
                    Terminal.diagnostic("tracuu: warning: " + Terminal.oneLine(message))
                },
                progress: bar.map { bar in { bar.update($0) } },
                onWait: { Terminal.diagnostic("tracuu: another `tracuu index` is writing \(location.path); waiting for it…") })
        } catch let error as IndexError {
            bar?.finish()
            if case .otherVersion = error, location.isDefault {
                return try IndexCommand(location: location, paths: paths, rebuild: true, json: json).run()
            }
            throw CLIError(error)
        }
        bar?.finish()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n")
        } else {
            Terminal.write(String(
                format: "%d added, %d updated, %d removed, %d unchanged, %d skipped; %d documents in %@ (%.1f s, %.1f MB read)%@\n",
                summary.added, summary.updated, summary.removed, summary.unchanged, summary.skipped, summary.documents,
                location.path, summary.seconds, Double(summary.bytesRead) / 1_048_576,
                summary.warnings.isEmpty ? "" : "; \(summary.warnings.count) warnings"))
            // A run of text alone keeps its one summary line; other kinds are counted on a second.
            if summary.types.keys.contains(where: { $0 != DocumentFormat.text.summaryName && $0 != DocumentFormat.jsonLines.summaryName }) {
                let kinds = summary.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                Terminal.write("indexed: " + kinds.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "\n")
            }
        }
        if summary.documents == 0, !summary.warnings.isEmpty {
            throw CLIError("nothing could be indexed (\(summary.warnings.count) warnings above)")
        }
    }
}

extension IndexCommand {
    init(location: IndexLocation, paths: [String], rebuild: Bool, json: Bool) {
        self.init()
        self.location = location
        self.paths = paths
        self.rebuild = rebuild
        self.json = json
    }
}
