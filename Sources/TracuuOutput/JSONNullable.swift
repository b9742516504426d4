/// An optional that JSON output writes as `null` instead of leaving the key
/// out, so scripts always find every documented key.
@propertyWrapper
public struct JSONNullable<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    /// The value, or `null` when there is none.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
