import Foundation

/// How likely the learner still recalls a card now, from the public FSRS model.
public enum CardRetrievability {
    /// R for `card` at `now`; nil for a card never reviewed.
    ///
    /// Uses fractional days, where the scheduler floors to whole days (py-fsrs): for ranking
    /// due cards, a card last seen 30 hours ago should come before one seen 25 hours ago.
    public static func of(_ card: SchedulerCard, at now: Date, model: FSRS) -> Double? {
        guard let stability = card.stability, card.difficulty != nil, let last = card.lastReview else {
            return nil
        }
        let days = max(0, now.timeIntervalSince(last) / 86_400)
        return model.retrievability(elapsedDays: days, stability: stability)
    }
}
