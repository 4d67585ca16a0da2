import Foundation

/// A `Date` that encodes as sipdrill's UTC timestamp text (`2025-03-14T09:00:00Z`), so report
/// JSON reads the same whatever date strategy the caller's encoder uses.
@propertyWrapper
public struct UTCTime: Codable, Equatable, Sendable {
    public var wrappedValue: Date

    public init(wrappedValue: Date) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = UTCTimestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO-8601 time")
        }
        wrappedValue = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(UTCTimestamp.format(wrappedValue))
    }
}

/// ``UTCTime`` for an optional date. A nil date leaves its key out, as synthesized `Codable`
/// does for other optionals (see the container extensions below).
@propertyWrapper
public struct OptionalUTCTime: Codable, Equatable, Sendable {
    public var wrappedValue: Date?

    public init(wrappedValue: Date?) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
        } else {
            wrappedValue = try UTCTime(from: decoder).wrappedValue
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let wrappedValue {
            try UTCTime(wrappedValue: wrappedValue).encode(to: encoder)
        } else {
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}

extension KeyedEncodingContainer {
    /// Leaves a nil timestamp's key out, like `encodeIfPresent` does for plain optionals.
    public mutating func encode(_ value: OptionalUTCTime, forKey key: Key) throws {
        guard let date = value.wrappedValue else { return }
        try encode(UTCTime(wrappedValue: date), forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Lets an optional timestamp key be missing as well as `null`.
    public func decode(_ type: OptionalUTCTime.Type, forKey key: Key) throws -> OptionalUTCTime {
        try decodeIfPresent(type, forKey: key) ?? OptionalUTCTime(wrappedValue: nil)
    }
}
