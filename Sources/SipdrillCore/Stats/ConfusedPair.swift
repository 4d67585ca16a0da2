/// A mix-up the learner made: asked `expected`, answered `given`, `count` times.
public struct ConfusedPair: Codable, Equatable, Sendable {
    public var deck: DeckID
    public var expected: Int
    public var given: Int
    public var count: Int
    /// The expected code's names, when the deck has it.
    public var expectedName: Bilingual?
    /// The given code's names, when the deck has it (a code of no entry has none).
    public var givenName: Bilingual?

    public init(deck: DeckID, expected: Int, given: Int, count: Int,
                expectedName: Bilingual? = nil, givenName: Bilingual? = nil) {
        self.deck = deck
        self.expected = expected
        self.given = given
        self.count = count
        self.expectedName = expectedName
        self.givenName = givenName
    }

    enum CodingKeys: String, CodingKey {
        case deck, expected, given, count, expectedName = "expected_name", givenName = "given_name"
    }
}

/// A card flagged as a leech: forgotten again and again.
public struct LeechCard: Codable, Equatable, Sendable {
    /// Card id, `sip-486:code`.
    public var card: String
    public var kind: CardKind
    /// The entry's code; nil for class cards.
    public var code: Int?
    /// The class label (`4xx`).
    public var classLabel: String?
    public var name: Bilingual?
    public var lapses: Int
    public var suspended: Bool

    public init(card: String, kind: CardKind, code: Int?, classLabel: String?, name: Bilingual?,
                lapses: Int, suspended: Bool) {
        self.card = card
        self.kind = kind
        self.code = code
        self.classLabel = classLabel
        self.name = name
        self.lapses = lapses
        self.suspended = suspended
    }

    enum CodingKeys: String, CodingKey {
        case card, kind, code, classLabel = "class", name, lapses, suspended
    }
}
