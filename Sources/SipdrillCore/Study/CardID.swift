/// A card's stable identity, `<entry id>:<kind>` (`sip-486:phrase`) or for class cards
/// `<deck>-class-<label>:class` (`sip-class-4xx:class`).
///
/// Progress is keyed on it, so it is derived only from ids and kinds, never from text:
/// editing an entry's prose never resets its cards.
public struct CardID: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The part before the colon: an entry id, or the class pseudo-entry `sip-class-4xx`.
    public let subject: String
    public let kind: CardKind

    /// The card of `kind` for an entry.
    public init(entry: EntryID, kind: CardKind) {
        self.subject = entry.rawValue
        self.kind = kind
    }

    /// The class card for `label` (`4xx`) in `deck`.
    public static func forClass(deck: DeckID, label: String) -> CardID {
        CardID(checkedSubject: "\(deck.rawValue)\(classMarker)\(label)", kind: .class)
    }

    private init(checkedSubject: String, kind: CardKind) {
        self.subject = checkedSubject
        self.kind = kind
    }

    /// Parses `sip-486:phrase`; nil for anything malformed (unknown kind, no deck prefix, a
    /// class card whose subject is not a class, or the other way round).
    public init?(rawValue: String) {
        guard let colon = rawValue.lastIndex(of: ":") else { return nil }
        let subject = String(rawValue[..<colon])
        guard let kind = CardKind(rawValue: String(rawValue[rawValue.index(after: colon)...])),
              let dash = subject.firstIndex(of: "-"),
              DeckID(String(subject[..<dash])).isWellFormed,
              subject.index(after: dash) < subject.endIndex,
              !subject.contains(":")
        else { return nil }
        // A class card and only a class card has a `-class-` subject.
        guard (kind == .class) == subject.contains(Self.classMarker) else { return nil }
        self.init(checkedSubject: subject, kind: kind)
    }

    /// Parses a card id; nil when malformed. Same as `init?(rawValue:)`.
    public static func parse(_ text: String) -> CardID? { CardID(rawValue: text) }

    private static let classMarker = "-class-"

    public var rawValue: String { "\(subject):\(kind.rawValue)" }
    public var description: String { rawValue }

    /// The entry the card belongs to. Siblings share it; a class card's is `sip-class-4xx`,
    /// which no real entry has (entry ids are `<deck>-<code>`).
    public var entryID: EntryID { EntryID(subject) }

    /// The deck, from the id's prefix.
    public var deck: DeckID { DeckID(String(subject.prefix { $0 != "-" })) }

    /// `4xx` for class cards, nil otherwise.
    public var classLabel: String? {
        guard kind == .class, let range = subject.range(of: Self.classMarker) else { return nil }
        return String(subject[range.upperBound...])
    }

    public static func < (a: CardID, b: CardID) -> Bool { a.rawValue < b.rawValue }
}

/// Lets `[CardID: X]` encode as a JSON object keyed by the raw id, not as an array of pairs.
extension CardID: CodingKeyRepresentable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public var codingKey: any CodingKey { Key(stringValue: rawValue) }

    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}
