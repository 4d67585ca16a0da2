/// One quizzable card: an id plus what is needed to find its content in the deck.
public struct StudyCard: Codable, Hashable, Sendable {
    public var id: CardID
    /// The entry's code; nil for class cards.
    public var code: Int?
    /// The class label the card belongs to (`4xx`).
    public var classLabel: String

    public init(id: CardID, code: Int?, classLabel: String) {
        self.id = id
        self.code = code
        self.classLabel = classLabel
    }

    public var kind: CardKind { id.kind }
    public var deck: DeckID { id.deck }
    /// The entry (or class pseudo-entry) the card belongs to: siblings share it.
    public var entryID: EntryID { id.entryID }
}
