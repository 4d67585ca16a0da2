import Foundation

/// A card's scheduling state: the FSRS memory state plus what the app counts on top.
///
/// Field for field this is py-fsrs's `Card` (state, step, stability, difficulty, due,
/// last review) plus the Anki-style counters py-fsrs leaves to apps (reps, lapses, leech).
public struct SchedulerCard: Equatable, Codable, Sendable {
    /// Learning, Review or Relearning.
    public var state: CardState
    /// Index into the current (re)learning step list; `nil` in Review.
    public var step: Int?
    /// Memory stability S in days; `nil` until the first review.
    public var stability: Double?
    /// Difficulty D in [1, 10]; `nil` until the first review.
    public var difficulty: Double?
    /// When the card should next be reviewed.
    public var due: Date
    /// When the card was last reviewed; `nil` for a new card.
    public var lastReview: Date?
    /// How many reviews the card has had (every rating counts).
    public var reps: Int
    /// How many times the card was forgotten from Review (rated Again while in Review).
    public var lapses: Int
    /// Whether the card has reached the leech threshold at some point.
    public var isLeech: Bool

    /// Creates a card with every field given.
    public init(
        state: CardState, step: Int?, stability: Double?, difficulty: Double?,
        due: Date, lastReview: Date?, reps: Int = 0, lapses: Int = 0, isLeech: Bool = false
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.isLeech = isLeech
    }

    /// A never-reviewed card, due at `due` (usually when it was introduced).
    public static func new(due: Date) -> SchedulerCard {
        SchedulerCard(state: .learning, step: 0, stability: nil, difficulty: nil,
                      due: due, lastReview: nil)
    }

    /// Whether the card has never been reviewed (FSRS has no memory state for it yet).
    public var isNew: Bool { stability == nil || difficulty == nil }
}
