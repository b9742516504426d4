extension StringProtocol {
    /// Without leading and trailing spaces, tabs and no-break spaces (header lines, figure sentences).
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\u{A0}" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\u{A0}" { slice = slice.dropLast() }
        return String(slice)
    }

    /// Without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
