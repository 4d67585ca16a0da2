/// What one review did: the updated card, and whether it just became (or stays) a leech.
public struct ReviewOutcome: Equatable, Sendable {
    /// The card after the review.
    public var card: SchedulerCard
    /// True when this review's lapse reached the leech threshold or another leech point
    /// after it (8, 12, 16, … by default), so the session should tell the learner.
    public var isLeechEvent: Bool

    /// Creates an outcome.
    public init(card: SchedulerCard, isLeechEvent: Bool) {
        self.card = card
        self.isLeechEvent = isLeechEvent
    }
}
