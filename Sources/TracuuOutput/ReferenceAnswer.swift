import TracuuIndex
import VietText

/// What `tracuu refs NUMBER` finds for a number in any spelling: the cited documents bearing it
/// (02/NQ-TW → 02-NQ/TW), the short list when a type and a bare number name several
/// ("chỉ thị 05"), or nothing when the text is no document number.
public enum ReferenceAnswer {
    case found([ReferenceLookup])
    case candidates([ReferenceSummary], name: String)
    case notANumber

    /// `limit` > 0 keeps that many citations of each cited document.
    public static func lookup(_ text: String, in catalog: ReferenceCatalog, limit: Int = 0) throws -> ReferenceAnswer {
        var found: [ReferenceLookup]
        switch DocumentNumberQuery.parse(text) {
        case .number(let id)?:
            found = try catalog.lookup(id) ?? []
        case .typeAndNumber(let type, let number)?:
            let candidates = try catalog.candidates(type: type, number: number)
            guard candidates.count == 1 else { return .candidates(candidates, name: "\(type.name) \(number)") }
            found = try catalog.lookup(candidates[0].id) ?? []
        case nil:
            guard let weak = try catalog.lookup(text) else { return .notANumber }
            found = weak
        }
        if limit > 0 { for index in found.indices { found[index].citations = Array(found[index].citations.prefix(limit)) } }
        return .found(found)
    }

    /// The one-line message for `.notANumber`.
    public static func notANumberMessage(_ text: String) -> String {
        "'\(text)' is not a document number; write it like 02-NQ/TW, 113/NQ-CP, 100/2015/NĐ-CP or \"chỉ thị 05\""
    }
}
