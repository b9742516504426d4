import TracuuIndex
import TracuuOutput

/// Every request tracuu serve refuses, with its two texts: `english`, the CLI's one-line
/// message that the API answers, and `vietnamese`, what a page shows the office:
/// `since=hôm qua` → "since 'hôm qua' is not a date; use YYYY-MM-DD" and
/// "“hôm qua” ở ô Từ ngày không phải là ngày: hãy chọn ngày trên lịch hoặc gõ năm-tháng-ngày, ví dụ 2017-05-20."
enum WebProblem: Sendable, Equatable {
    case badDate(field: String?, value: String)
    case badWholeNumber(field: String, range: ClosedRange<Int>)
    case badNumber(field: String)
    case minAboveMax
    case badSort(field: String, choices: [String])
    case badAbbreviationSource
    case queryTooLong
    case noQuery
    case nothingToSearch
    case searchFailed
    case indexUnavailable(IndexError)
    case indexUnreadable
    case notADocumentID(String)
    case unknownDocument(Int64)
    case notAReference(String)
    case unknownReference(String)
    case noReferenceOfKind(String)
    case unknownAbbreviation(String)
    case noSuchAddress
    case getOnly
    case unreadableRequest

    var english: String {
        switch self {
        case .badDate(let field, let value): (field.map { "\($0) " } ?? "") + "'\(value)' is not a date; use YYYY-MM-DD"
        case .badWholeNumber(let field, let range): "\(field) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .badNumber(let field): "\(field) must be a plain number such as 1000000 or 2.5"
        case .minAboveMax: "min is larger than max"
        case .badSort(let field, let choices): "\(field) must be " + Self.either(choices, "or")
        case .badAbbreviationSource: "source must be built-in, learned or user"
        case .queryTooLong: "the query is longer than \(SearchForm.longestQuery) characters"
        case .noQuery: "give a query, e.g. /api/search?q=cong+doan"
        case .nothingToSearch: SearchError.nothingToSearch.description
        case .searchFailed: "the search could not be run"
        case .indexUnavailable(let error): error.description
        case .indexUnreadable: "the index could not be read"
        case .notADocumentID(let text): "no document '\(text.prefix(40))' in the index; documents are addressed by their id"
        case .unknownDocument(let id): "no document \(id) in the index"
        case .notAReference(let text): ReferenceAnswer.notANumberMessage(text)
        case .unknownReference(let number): "no indexed document is or cites \(number)"
        case .noReferenceOfKind(let name): "no indexed document cites a \(name)"
        case .unknownAbbreviation(let abbreviation): "\(abbreviation) is not a known abbreviation"
        case .noSuchAddress: "no such address; see README, \"Web\""
        case .getOnly: "this address answers GET requests only"
        case .unreadableRequest: "the request could not be read"
        }
    }

    var vietnamese: String {
        switch self {
        case .badDate(let field, let value):
            "“\(value)”" + (field.map { " ở \(Self.field($0))" } ?? "")
                + " không phải là ngày: hãy chọn ngày trên lịch hoặc gõ năm-tháng-ngày, ví dụ 2017-05-20."
        case .badWholeNumber(let field, let range):
            Self.capitalized(Self.field(field)) + " cần một số nguyên từ \(VietnameseLabels.number(range.lowerBound)) đến \(VietnameseLabels.number(range.upperBound))."
        case .badNumber(let field): Self.capitalized(Self.field(field)) + " cần một con số, ví dụ 1000000 hoặc 2.5 (không có dấu chấm ngăn nghìn)."
        case .minAboveMax: "Ô Từ giá trị đang lớn hơn ô Đến giá trị; hãy đổi lại cho đúng thứ tự."
        case .badSort(let field, let choices):
            Self.capitalized(Self.field(field)) + " chỉ nhận " + Self.either(choices.map { "“\($0)”" }, "hoặc") + "."
        case .badAbbreviationSource: "Nguồn chữ viết tắt chỉ có thể là có sẵn, học từ văn bản hoặc của bạn."
        case .queryTooLong: "Câu tìm dài quá \(VietnameseLabels.number(SearchForm.longestQuery)) ký tự; hãy rút gọn lại."
        case .noQuery: "Hãy gõ từ cần tìm."
        case .nothingToSearch: "Câu tìm không có từ nào để tìm (chỉ có dấu câu, toán tử hoặc từ bị loại trừ)."
        case .searchFailed: "Không chạy được lần tìm này; hãy thử lại hoặc đổi cách gõ."
        case .indexUnavailable(let error): Self.vietnamese(error)
        case .indexUnreadable: "Không đọc được chỉ mục; hãy thử lại sau."
        case .notADocumentID(let text): "Không có văn bản “\(text.prefix(40))”: mỗi văn bản được gọi bằng mã số của nó, ví dụ /doc/42."
        case .unknownDocument(let id): "Không có văn bản số \(id) trong chỉ mục."
        case .notAReference(let text): "“\(text)” không phải số hiệu văn bản; hãy viết như 02-NQ/TW, 113/NQ-CP, 100/2015/NĐ-CP hoặc “chỉ thị 05”."
        case .unknownReference(let number): "Chưa văn bản nào trong chỉ mục là hoặc dẫn \(number)."
        case .noReferenceOfKind(let name): "Chưa văn bản nào trong chỉ mục dẫn một \(name)."
        case .unknownAbbreviation(let abbreviation): "“\(abbreviation)” không phải chữ viết tắt đã biết."
        case .noSuchAddress: "Không có trang này."
        case .getOnly: "Địa chỉ này chỉ dùng để xem, không nhận dữ liệu gửi lên."
        case .unreadableRequest: "Không đọc được yêu cầu này."
        }
    }

    /// The form field a parameter comes from, as the page names it: `since` → "ô Từ ngày".
    private static func field(_ parameter: String) -> String {
        switch parameter {
        case "since": "ô Từ ngày"
        case "until": "ô Đến ngày"
        case "min": "ô Từ giá trị"
        case "max": "ô Đến giá trị"
        case "sort": "ô Xếp theo"
        case "page": "số trang (page)"
        case "limit": "số kết quả (limit)"
        default: "ô \(parameter)"
        }
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static func vietnamese(_ error: IndexError) -> String {
        switch error {
        case .missing(let path): "Chưa có chỉ mục ở \(path); hãy tạo bằng lệnh tracuu index."
        case .otherVersion(let path, _), .otherSchema(let path, _), .notAnIndex(let path, _):
            "Chỉ mục ở \(path) không đọc được bằng bản tracuu này; hãy chạy tracuu index --rebuild rồi tải lại trang."
        case .foreignFile(let path, _): "\(path) không phải chỉ mục của tracuu."
        case .cannotWrite(let path, _): "Không ghi được chỉ mục ở \(path)."
        case .busy: "Một lệnh tracuu index khác đang ghi chỉ mục; hãy chờ xong rồi tải lại trang."
        }
    }

    /// "value, date or rank".
    private static func either(_ choices: [String], _ or: String) -> String {
        choices.count < 2 ? choices.joined() : choices.dropLast().joined(separator: ", ") + " \(or) " + choices.last!
    }
}
