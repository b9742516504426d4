/// `tracuu serve` printed no address: a test failure, with what it said.
struct ServerDidNotStart: Error, CustomStringConvertible {
    var stderr: String
    var description: String { "tracuu serve did not start: \(stderr)" }
}
