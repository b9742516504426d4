/// Who issues a numbered document, as its symbol writes it after the type:
/// canonical spelling and whether it numbers Party style (`02-NQ/TW`) or State style (`113/NQ-CP`).
///
/// `tw`, `TƯ` → TW (Party); `ttg` → TTg; `BLDTBXH` → BLĐTBXH (State).
public enum ReferenceIssuer {
    static let known: [String] = [
        "TW", "TU", "HU", "ĐU", "ĐUK", "BCT", "BBT", "BTCTW", "BTGTW", "BDVTW", "BNCTW", "UBKTTW", "ĐUCATW", "ĐUQSTW",
        "ĐUKCCQTW", "TLĐ", "TWĐTN", "HLHPNVN", "MTTQVN",
        "CP", "TTg", "VPCP", "QH", "UBTVQH", "BCA", "BQP", "BLĐTBXH", "BTC", "BNV", "BYT", "BGDĐT", "BXD", "BTP", "BCT",
        "BKHĐT", "BKHCN", "BNNPTNT", "BNNMT", "BTNMT", "BGTVT", "BTTTT", "BVHTTDL", "BNG", "BDTTG", "UBDT", "NHNN",
        "UBND", "HĐND", "BHXH", "BHXHVN", "TANDTC", "VKSNDTC", "KTNN", "TTCP", "BCĐ", "TCHQ", "TCT", "LPQT", "VPQH",
        "HĐTP", "HĐTĐKT", "BTTUBTƯMTTQVN",
    ]

    /// Party and mass-organization issuers, whose documents are numbered `NUMBER-TYPE/ISSUER`.
    static let party: Set<String> = [
        "TW", "TU", "HU", "ĐU", "ĐUK", "BBT", "BTCTW", "BTGTW", "BDVTW", "BNCTW", "UBKTTW", "ĐUCATW", "ĐUQSTW",
        "ĐUKCCQTW", "TLĐ", "TWĐTN",
    ]

    private static let byKey: [String: String] = {
        var table: [String: String] = [:]
        for name in known where table[DocumentType.key(of: name)] == nil { table[DocumentType.key(of: name)] = name }
        table["TƯ"] = "TW"
        return table
    }()

    /// One issuer part (`ttg`, `BLDTBXH`, `QH13`) canonically spelled.
    public static func canonical(_ part: String) -> String {
        let key = DocumentType.key(of: part)
        if let name = byKey[key] { return name }
        let letters = key.prefix { !$0.isNumber }
        if letters.count < key.count, let name = byKey[String(letters)] { return name + key.dropFirst(letters.count) }
        return part.uppercased()
    }

    /// Whether `issuer` (canonical) numbers its documents Party style.
    public static func isParty(_ issuer: String) -> Bool {
        let first = issuer.split(separator: "-").first.map(String.init) ?? issuer
        return party.contains(first) || (first.hasSuffix("TW") && first != "TW" && !first.hasPrefix("MT"))
    }
}

extension ReferenceIssuer {
    /// True for Party style, false for State style, nil for an issuer tracuu does not know.
    static func style(_ issuer: String) -> Bool? {
        if isParty(issuer) { return true }
        let first = issuer.split(separator: "-").first.map(String.init) ?? issuer
        return known.contains(first) ? false : nil
    }
}
