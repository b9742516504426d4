import Foundation

/// Where the tests find the project's own files and the shared data beside it.
public enum RepositoryPaths {
    /// The package's root folder (the one holding `Package.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled sample corpus, `corpus/`.
    public static let corpus = root.appendingPathComponent("corpus")
    /// `../shared`, the data beside the project; tests that need it skip when it is absent.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
}
