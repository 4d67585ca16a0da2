import Foundation

/// The review log with the state each card was in just before each review, rebuilt by
/// replaying every card's reviews through the scheduler (with the card's own fuzz seed, as
/// study sessions and `rebuildCards` do). The log alone does not say whether a review was a
/// learning step or a real test of memory; true retention needs exactly that.
struct ReviewTimeline: Sendable {
    struct Step: Sendable {
        let review: ReviewRecord
        /// The card before this review; nil for its first review.
        let before: SchedulerCard?
    }

    /// Every review, in the log's order.
    let steps: [Step]

    init(entries: [ReviewRecord], settings: SchedulerSettings) {
        let scheduler = Scheduler(settings: settings)
        var byCard: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() { byCard[entry.card, default: []].append(index) }
        var before = [SchedulerCard?](repeating: nil, count: entries.count)
        for (id, indices) in byCard {
            // A log is in time order; sort anyway (stable) so a hand-merged one replays right.
            let ordered = indices.sorted { a, b in
                entries[a].at != entries[b].at ? entries[a].at < entries[b].at : a < b
            }
            let seed = Fuzz.seed(cardID: id)
            var card: SchedulerCard?
            for index in ordered {
                before[index] = card
                let current = card ?? .new(due: entries[index].at)
                card = scheduler.review(current, rating: entries[index].rating, at: entries[index].at,
                                        fuzzSeed: seed).card
            }
        }
        steps = entries.indices.map { Step(review: entries[$0], before: before[$0]) }
    }
}
