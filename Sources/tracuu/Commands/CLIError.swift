/// An error already phrased for the user: printed as one line, exit status 2.
struct CLIError: Error {
    var message: String

    init(_ message: String) { self.message = message }
    init(_ error: Error) { self.message = String(describing: error) }
}
