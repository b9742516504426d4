import VietText

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
