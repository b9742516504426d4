/// One accented form of a word and its unaccented spelling: `tại` (`tai`).
struct AccentedForm: Hashable, Sendable {
    var folded: String
    var exact: String
}
