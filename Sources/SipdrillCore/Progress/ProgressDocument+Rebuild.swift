import Foundation

extension ProgressDocument {
    /// Recomputes every card's state from the review log under the current settings — what a
    /// change of desired retention, steps or parameters needs. Suspension is kept; cards with
    /// no reviews keep their stored state.
    public mutating func rebuildCards() throws(ProgressError) {
        var byCard: [String: [ReviewLogEntry]] = [:]
        for review in try log.entries() {
            byCard[review.card, default: []].append(ReviewLogEntry(rating: review.rating, at: review.at))
        }
        let scheduler = Scheduler(settings: settings.scheduler)
        for (id, reviews) in byCard {
            let card = scheduler.rebuild(reviews, newCardDue: reviews[0].at, fuzzSeed: Fuzz.seed(cardID: id))
            cards[id] = CardRecord(card: card, suspended: cards[id]?.suspended ?? false)
        }
    }
}
