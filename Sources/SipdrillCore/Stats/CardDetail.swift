import Foundation

/// One card of a code as `card CODE` shows it: its memory state now and its history.
public struct CardDetail: Codable, Equatable, Sendable {
    /// Card id, `sip-486:phrase`.
    public var card: String
    public var kind: CardKind
    public var code: Int
    /// `New`, `Learning`, `Review` or `Relearning`.
    public var state: String
    public var stage: MasteryStage
    public var suspended: Bool
    /// Stability S in days; nil before the first review.
    public var stability: Double?
    /// Difficulty D in 1…10; nil before the first review.
    public var difficulty: Double?
    /// Probability of recall at the report's moment (fractional days); nil for new cards.
    public var retrievability: Double?
    /// The interval the last review scheduled, in days (Review cards only).
    public var intervalDays: Double?
    /// Nil for a card never reviewed.
    @OptionalUTCTime public var due: Date?
    @OptionalUTCTime public var lastReview: Date?
    public var reps: Int
    public var lapses: Int
    public var isLeech: Bool
    /// Every review of the card, oldest first.
    public var history: [CardReview]

    public init(card: String, kind: CardKind, code: Int, state: String, stage: MasteryStage, suspended: Bool,
                stability: Double?, difficulty: Double?, retrievability: Double?, intervalDays: Double?,
                due: Date?, lastReview: Date?, reps: Int, lapses: Int, isLeech: Bool, history: [CardReview]) {
        self.card = card
        self.kind = kind
        self.code = code
        self.state = state
        self.stage = stage
        self.suspended = suspended
        self.stability = stability
        self.difficulty = difficulty
        self.retrievability = retrievability
        self.intervalDays = intervalDays
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.isLeech = isLeech
        self.history = history
    }

    enum CodingKeys: String, CodingKey {
        case card, kind, code, state, stage, suspended, stability, difficulty, retrievability
        case intervalDays = "interval_days", due, lastReview = "last_review", reps, lapses
        case isLeech = "leech", history
    }
}

/// One review in a card's history, with the state the card was in when it was asked.
public struct CardReview: Codable, Equatable, Sendable {
    @UTCTime public var at: Date
    public var rating: Rating
    public var grade: String
    public var ms: Int
    public var given: String?
    /// `New`, `Learning`, `Review` or `Relearning` just before this review.
    public var stateBefore: String

    public init(at: Date, rating: Rating, grade: String, ms: Int, given: String?, stateBefore: String) {
        self.at = at
        self.rating = rating
        self.grade = grade
        self.ms = ms
        self.given = given
        self.stateBefore = stateBefore
    }

    enum CodingKeys: String, CodingKey { case at, rating, grade, ms, given, stateBefore = "state_before" }
}
