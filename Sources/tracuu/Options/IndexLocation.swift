import ArgumentParser
import Foundation
import TracuuIndex
import TracuuOutput

/// `--index FILE` shared by every subcommand; `$TRACUU_INDEX` otherwise,
/// else `index/tracuu.sqlite`, which is built from `corpus/` on first use.
struct IndexLocation: ParsableArguments {
    static let defaultPath = "index/tracuu.sqlite"
    static let defaultCorpus = "corpus"
    static let optionHelp = ArgumentHelp("The index database.", valueName: "file")

    @Option(name: .customLong("index"), help: optionHelp)
    var explicitPath: String?

    init() {}

    var path: String { Self.path(explicitPath) }

    /// The built-in default, which tracuu may build and rebuild on its own.
    var isDefault: Bool { path == Self.defaultPath }

    static func path(_ explicitPath: String?) -> String {
        explicitPath ?? Terminal.variable("TRACUU_INDEX").flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
    }

    /// Opens the index for one command's reading (`IndexDatabase(readingOnceAt:)`); the default
    /// one is built (or rebuilt for a new tokenizer version) from `corpus/` when needed, with a line on stderr.
    func open() throws -> IndexDatabase {
        try Self.open(explicitPath)
    }

    /// `open()` without building the option itself (the ArgumentParser name specification a
    /// search has no use for): for `SearchRequest`, which reads its arguments directly.
    static func open(_ explicitPath: String?) throws -> IndexDatabase {
        let path = path(explicitPath)
        let isDefault = path == defaultPath
        do {
            return try IndexDatabase(readingOnceAt: path)
        } catch let error as IndexError {
            guard isDefault else { throw CLIError(error) }
            switch error {
            case .missing:
                Terminal.diagnostic("tracuu: no index yet; building \(path) from \(defaultCorpus)/ …")
            case .otherVersion:
                Terminal.diagnostic("tracuu: the index was built by another version; rebuilding \(path) from \(defaultCorpus)/ …")
            default:
                throw CLIError(error)
            }
            guard FileManager.default.fileExists(atPath: defaultCorpus) else {
                throw CLIError("no index at \(path) and no \(defaultCorpus)/ folder here to build it from; run `tracuu index PATH`")
            }
            do {
                // Missing: no --rebuild, so that if a `tracuu index` is building it right now,
                // this waits for it and then only checks the files, instead of building it again.
                var rebuild = true
                if case .missing = error { rebuild = false }
                _ = try IndexLifecycle.update(
                    path: path, roots: [defaultCorpus], rebuild: rebuild, warn: { Terminal.diagnostic("tracuu: warning: " + Terminal.oneLine($0)) },
                    onWait: { Terminal.diagnostic("tracuu: another `tracuu index` is writing \(path); waiting for it…") })
                return try IndexDatabase(readingOnceAt: path)
            } catch {
                throw CLIError(error)
            }
        }
    }
}
