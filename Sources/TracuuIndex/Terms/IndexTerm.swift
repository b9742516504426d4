/// How analyzed words are stored as FTS5 terms, and the version of that
/// contract: an index written under another version must be rebuilt.
public enum IndexTerm {
    /// Bumped whenever the analyzer, the term layout or the tables change what is stored
    /// (6: one term per word, accented forms listed in `AccentedForms` instead of a folded term;
    /// 7: references store how each document cites them, which needs every document read again;
    /// 8: figures carry their sign, direction and folded unit, read again from every document;
    /// 9: dotted words give their parts, "Q.1" is quận 1, TPHCM is TP HCM;
    /// 10: figures read again: a group counted again, names and headings, halves, decimal commas;
    /// 11: figures read again: second facts with the same value, names and codes as units, lists, ages in months;
    /// 12: a document holding a character NFC changes on its own, Å written as U+212B, Greek oxia, read in NFC).
    public static let tokenizerVersion = "12"
    /// Leads a query string whose words must match their exact forms only.
    static let exactOnlyMarker: UInt8 = 0x02
    /// Leads the extra term stored for a word written in capitals (`CĐ` → `\u{3}cđ`),
    /// and a query string whose words must match such terms: abbreviations, not the word "ca".
    static let capitalsMarker: UInt8 = 0x03
}
