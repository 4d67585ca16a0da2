/// Where a card is in the scheduler's state machine.
///
/// As in py-fsrs there is no separate "new" state: a new card is `learning` at step 0
/// with no stability yet. The raw values are stored in progress files and printed by
/// `sipdrill replay`, so they are spelled exactly as py-fsrs names its states.
public enum CardState: String, CaseIterable, Codable, Sendable {
    case learning = "Learning"
    case review = "Review"
    case relearning = "Relearning"
}
