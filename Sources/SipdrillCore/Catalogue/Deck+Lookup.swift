extension Array where Element == Deck {
    /// The deck a card belongs to, for sessions that mix decks (`--deck all`).
    public func deck(for card: StudyCard) -> Deck? { first { $0.id == card.deck } }
}
