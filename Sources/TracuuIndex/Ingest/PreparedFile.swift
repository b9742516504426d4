import VietText

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

/// A document and the analysis of its title, lead and body.
struct PreparedDocument {
    var document: Document
    var texts: [AnalyzedText]
    /// Accented forms its analysis worker had not met before (see `AccentedForms`).
    var accentedForms: [AccentedForm]
    /// Content hash of the document's title, lead and body.
    var hash: String
    /// What the annotators found, to store once the document has its id.
    var annotations: [StoreAnnotation]
}
