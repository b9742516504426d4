import TestSupport
import Foundation
import TracuuIndex
import VietText
import XCTest

/// For random documents: every word finds its document however it is typed
/// (as written, upper case, NFD, without any diacritic).
final class MatchingPropertyTests: XCTestCase {
    private static let words = [
        "Công", "đoàn", "hòa", "hoà", "thủy", "thuỷ", "giữa", "quyết", "ngoài", "khuỷu", "tỷ", "kĩ", "quý", "Việt",
        "một", "hội", "người", "Nghị", "QUYẾT", "Đảng", "ước", "tuy", "y", "2.000", "12,5", "CĐ", "\u{00D0}oàn",
        "giặt", "thuật", "bậc", "ệ", "ngoặc", "khuya", "nguyễn", "quốc", "gìn", "Hưng", "Yên", "Điện", "Biên",
    ]

    /// `Đoàn` → `Doan`: what a user types without diacritics.
    private static func unaccented(_ word: String) -> String {
        word.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .replacingOccurrences(of: "\u{00D0}", with: "D")
            .folding(options: .diacriticInsensitive, locale: nil)
    }

    func testEveryWordFindsItsDocumentHoweverTyped() throws {
        var generator = SplitMix64(seed: 42)
        var files: [String: String] = [:]
        var contents: [String: [String]] = [:]
        for index in 0..<25 {
            let chosen = (0..<6).map { _ in Self.words[Int(generator.next() % UInt64(Self.words.count))] }
            let name = "doc\(index).txt"
            files[name] = "Tin số \(index)\n" + chosen.joined(separator: " ") + "."
            contents[name] = chosen
        }
        let corpus = try TemporaryCorpus(files)
        try corpus.index()
        let database = try corpus.open()
        defer { try? database.close() }
        let searcher = Searcher(database: database)
        for (name, chosen) in contents.sorted(by: { $0.key < $1.key }) {
            for word in Set(chosen) {
                for typed in [word, word.uppercased(), word.lowercased(), word.decomposedStringWithCanonicalMapping, Self.unaccented(word)] {
                    let paths = try searcher.search(typed, options: SearchOptions(limit: 0)).hits.map { ($0.path as NSString).lastPathComponent }
                    XCTAssertTrue(paths.contains(name), "\(typed.debugDescription) (from \(word)) should find \(name)")
                }
                // An accented word finds only documents holding that very word.
                let analyzer = Analyzer()
                guard let token = analyzer.tokens(in: word).first, token.hasDiacritics else { continue }
                for hit in try searcher.search(word, options: SearchOptions(limit: 0)).hits {
                    let other = contents[(hit.path as NSString).lastPathComponent] ?? []
                    let forms = Set(other.flatMap { analyzer.tokens(in: $0).map(\.exact) })
                    XCTAssertTrue(forms.contains(token.exact), "\(word) found \(hit.path) holding \(other)")
                }
            }
        }
    }
}
