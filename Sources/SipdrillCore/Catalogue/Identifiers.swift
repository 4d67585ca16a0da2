/// A deck's identity (`sip`, `http`): part of every entry's and card's identity.
public struct DeckID: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: DeckID, b: DeckID) -> Bool { a.rawValue < b.rawValue }

    public static let sip = DeckID("sip")

    /// Deck ids are lowercase ASCII letters and digits, so they are safe in card ids and file names.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
    }
}

/// An entry's stable identity (`sip-486`): never changes when the entry's text is edited.
public struct EntryID: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: EntryID, b: EntryID) -> Bool { a.rawValue < b.rawValue }

    /// The id an entry for `code` in `deck` must have.
    public static func expected(deck: DeckID, code: Int) -> EntryID { EntryID("\(deck.rawValue)-\(code)") }
}
