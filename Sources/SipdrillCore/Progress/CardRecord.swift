import Foundation

/// One card's stored state: its scheduler state plus whether the learner suspended it.
public struct CardRecord: Equatable, Sendable {
    public var card: SchedulerCard
    public var suspended: Bool

    public init(card: SchedulerCard, suspended: Bool = false) {
        self.card = card
        self.suspended = suspended
    }
}

extension CardRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case state, step, stability, difficulty, due, reps, lapses, suspended
        case lastReview = "last_review", leech
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        card = SchedulerCard(
            state: try c.decode(CardState.self, forKey: .state),
            step: try c.decodeIfPresent(Int.self, forKey: .step),
            stability: try c.decodeIfPresent(Double.self, forKey: .stability),
            difficulty: try c.decodeIfPresent(Double.self, forKey: .difficulty),
            due: try c.decode(Date.self, forKey: .due),
            lastReview: try c.decodeIfPresent(Date.self, forKey: .lastReview),
            reps: try c.decodeIfPresent(Int.self, forKey: .reps) ?? 0,
            lapses: try c.decodeIfPresent(Int.self, forKey: .lapses) ?? 0,
            isLeech: try c.decodeIfPresent(Bool.self, forKey: .leech) ?? false)
        suspended = try c.decodeIfPresent(Bool.self, forKey: .suspended) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(card.state, forKey: .state)
        try c.encode(card.step, forKey: .step)          // null in Review, as in replay output
        try c.encodeIfPresent(card.stability, forKey: .stability)
        try c.encodeIfPresent(card.difficulty, forKey: .difficulty)
        try c.encode(card.due, forKey: .due)
        try c.encodeIfPresent(card.lastReview, forKey: .lastReview)
        try c.encode(card.reps, forKey: .reps)
        try c.encode(card.lapses, forKey: .lapses)
        if card.isLeech { try c.encode(true, forKey: .leech) }
        if suspended { try c.encode(true, forKey: .suspended) }
    }
}
