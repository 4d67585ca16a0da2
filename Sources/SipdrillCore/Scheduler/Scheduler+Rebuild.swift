import Foundation

extension Scheduler {
    /// A card rebuilt from its whole review log under these settings, as if they had
    /// always applied (py-fsrs `reschedule_card`). `log` must be in time order.
    ///
    /// This is what the progress store runs for every card when settings change, so it
    /// allocates nothing per review.
    public func rebuild(_ log: [ReviewLogEntry], newCardDue: Date, fuzzSeed: UInt64?) -> SchedulerCard {
        var card = SchedulerCard.new(due: newCardDue)
        for entry in log {
            card = review(card, rating: entry.rating, at: entry.at, fuzzSeed: fuzzSeed).card
        }
        return card
    }

    /// Replays `log` onto `start`, handing every intermediate card to `each` (index, card).
    public func rebuild(
        _ log: [ReviewLogEntry], from start: SchedulerCard, fuzzSeed: UInt64?,
        each: (Int, SchedulerCard) -> Void
    ) -> SchedulerCard {
        var card = start
        for (index, entry) in log.enumerated() {
            card = review(card, rating: entry.rating, at: entry.at, fuzzSeed: fuzzSeed).card
            each(index, card)
        }
        return card
    }

    /// A card rebuilt from its review log under `settings` (see the instance method).
    public static func rebuild(
        _ log: [ReviewLogEntry], settings: SchedulerSettings, newCardDue: Date, fuzzSeed: UInt64?
    ) -> SchedulerCard {
        Scheduler(settings: settings).rebuild(log, newCardDue: newCardDue, fuzzSeed: fuzzSeed)
    }
}
