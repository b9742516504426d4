import TestSupport
import XCTest
@testable import VietText

/// `FigureExtractor` reads only the clauses that may hold a figure (`FigureStretches`);
/// it must find exactly what reading every lexeme of the text finds.
final class FigureStretchesTests: XCTestCase {
    private static let pieces = [
        "hai", "Hai", "HAI", "ba", "Ba", "bốn", "năm", "Năm", "một", "Một", "mười", "mươi", "lăm", "mốt", "tư", "trăm",
        "chục", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "linh", "lẻ", "hàng", "Hàng", "hơn", "gần", "khoảng", "từ",
        "đến", "tới", "trở", "lên", "xuống", "ít nhất", "không quá", "là", "số", "ngày", "tháng", "thứ", "Điều", "lúc",
        "giờ", "h", "sáng", "người", "đồng", "đ", "VNĐ", "USD", "đô la", "Mỹ", "phần trăm", "%", "suất", "kg", "km",
        "bệnh viện", "đoàn viên", "CĐ", "tỉnh", "thành", "Thành", "phố", "hộ", "đồng chí", "chỉ tiêu", "cấp", "trên",
        "1", "2", "5", "12", "2.000", "1,5", "725,000", "1.234,5", "2022", "0123", "10.10.2020", "3-5", "–", "-", "/",
        ":", "12/3", "8:30", "30m2", "500.000đ", ".", ",", ", ", ". ", "!", "?", ";", "(", ")", "\"", "“", "”", "…",
        "\n", " ", "  ", "\u{A0}", "\t", "\u{2003}", "\u{0301}", "e\u{0301}", "×", "÷", "·", "😀", "Đề", "LĐLĐ", "ƯỚC",
        "chín", "chính", "tám", "tâm", "sáu", "bảy", "bẩy", "bà", "hải", "khai",
        "nửa", "Nửa", "rưỡi", "½", "+", "−", "(-", "2/3", "3, 4", "không", "cao", "thấp", "tăng", "giảm", "thêm", "so",
        "với", "và", "tuổi", "bị thương", "ước", "đạt", "trong vòng", "ông", "tấn/năm", "đồng/1 ký", "thế kỷ", "tiếng",
    ]

    private func randomText(_ generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<(1 + Int(generator.next() % 30)) {
            text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            switch generator.next() % 5 {
            case 0: break
            case 1: text += "\n"
            default: text += " "
            }
        }
        return text
    }

    private func assertSameFigures(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let extractor = FigureExtractor()
        let read = extractor.figures(in: text), whole = extractor.figuresReadingAllText(in: text)
        XCTAssertEqual(read, whole, text.debugDescription, file: file, line: line)
        // `Figure`'s `==` compares strings as Unicode does; the bytes must be the same too.
        XCTAssertEqual(read.map { Array($0.text.utf8) + [0] + Array($0.sentence.utf8) + [0] + Array(($0.unit ?? "").utf8) },
                       whole.map { Array($0.text.utf8) + [0] + Array($0.sentence.utf8) + [0] + Array(($0.unit ?? "").utf8) },
                       text.debugDescription, file: file, line: line)
    }

    func testCuttingMarksAreNeverLookedPast() {
        for text in [
            "CĐ CA tỉnh, thành phố là 21", "CĐ CA tỉnh,thành phố là 21", "CĐ CA tỉnh,\u{A0}thành phố là 21",
            "tỉnh, Thành phố có 21 xã", "Hai: 3 người", "×hai người", "“Hai người”", "(ba bệnh viện)", "x\u{A0}hai người",
            "giá 2.000. Còn 1,5 tỷ đồng.", "năm\u{A0}trăm người", "năm trăm người", "năm, trăm người", "hàng\ttrăm người",
            "tăng 12,5%; giảm 3-5 người!", "từ 3 đến 5 người? Có", "lúc 8 giờ. sáng nay", "4 năm liền. Chờ đợi suốt 4 năm để",
            "số 04. 20 người", "ngày 25\n30 người", "Điều 5, 6 khoản", "3 -\n5 người", "hai", "5", ".", "", "..5 người",
            "giảm 4 vụ (-14,8%)", "tăng 225 đồng/lít và 326 đồng/lít", "tăng 5%, 7 người", "3, 4 tòa nhà", "3. 4 tòa nhà",
            "khoảng một giờ. đồng hồ", "hơn một. tháng", "½ bát", "(½ bát)", "một nửa, số dân", "nửa. triệu người",
            "cao hơn 5 điểm. so với", "không cao. hơn 5%", "trưa 2-6 một vụ", "2/3. số kí", "2 năm. rưỡi",
        ] {
            assertSameFigures(text)
        }
    }

    func testStretchesFindTheFiguresOfTheWholeText() {
        var generator = SplitMix64(seed: 23)
        for _ in 0..<3000 { assertSameFigures(randomText(&generator)) }
    }

    func testAStretchLexesAsInTheWholeText() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<1000 {
            let text = randomText(&generator)
            var utf8 = text
            utf8.withUTF8 { bytes in
                var whole: [FigureLexer.Lexeme] = []
                FigureLexer.lex(bytes, into: &whole)
                FigureStretches.forEach(in: bytes) { stretch, attached in
                    var part: [FigureLexer.Lexeme] = []
                    FigureLexer.lex(bytes, from: stretch.lowerBound, to: stretch.upperBound, attached: attached, appendingTo: &part)
                    let expected = whole.filter { stretch.contains($0.start) }
                    XCTAssertEqual(part.map(Self.describe), expected.map(Self.describe), "\(text.debugDescription) \(stretch)")
                }
            }
        }
    }

    private static func describe(_ lexeme: FigureLexer.Lexeme) -> String {
        "\(lexeme.kind) \(lexeme.start)..<\(lexeme.end) \(lexeme.key) \(lexeme.attached) \(lexeme.capitalized) \(lexeme.acronym)"
    }

    func testClausesWithoutCandidatesAreSkipped() {
        var text = "Không có gì ở đây, và cũng không ở đây. Có 3 người đến; rồi đi."
        var stretches: [String] = []
        text.withUTF8 { bytes in
            FigureStretches.forEach(in: bytes) { stretch, _ in
                stretches.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch]), as: UTF8.self))
            }
        }
        XCTAssertEqual(stretches, [". Có 3 người đến;"])
    }
}
