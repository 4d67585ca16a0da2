/// Why a card could not be turned into a question (its content changed under stored progress).
public enum QuestionMakerError: Error, Equatable, Sendable {
    /// The deck has no entry (or class) for the card.
    case unknownSubject(CardID)
    /// The entry exists but no longer yields this kind of card (it became historical, lost its
    /// scenarios or its MUST headers).
    case notQuizzable(CardID)
}
