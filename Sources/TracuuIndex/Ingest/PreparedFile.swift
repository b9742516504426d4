/// One file read, parsed and analyzed by the indexing pipeline's analysis
/// thread, ready for the writer: its documents with their column texts
/// pre-tokenized, and its warnings.
struct PreparedFile: @unchecked Sendable {
    enum Outcome {
        /// Same content as indexed; only size and time need refreshing.
        case unchanged
        /// Could not be read as text.
        case skipped
        case documents([PreparedDocument], hash: String)
    }

    var file: CorpusFile
    var known: Bool
    var outcome: Outcome
    /// A large file comes in parts: the first replaces the file's old documents,
    /// the last records the file as indexed.
    var isFirstPart = true
    var isLastPart = true
    var bytesRead = 0
    var warnings: [String] = []
}
