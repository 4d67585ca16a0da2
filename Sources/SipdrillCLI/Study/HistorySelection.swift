import Foundation
import SipdrillCore

/// Card picks that come from the learner's history: `--wrong`, `--leeches`, `--worst N`.
enum HistorySelection {
    /// Cards answered wrong in the last 7 days (reviews and drills) or in the last exam.
    static func wrong(store: ProgressStore, now: Date) throws -> Set<CardID> {
        let since = now.addingTimeInterval(-7 * 86_400)
        var ids: Set<String> = []
        for review in try store.logEntries() where review.at >= since && review.rating == .again {
            ids.insert(review.card)
        }
        for record in store.document.practice where record.at >= since && !record.correct { ids.insert(record.card) }
        for answer in store.document.exams.last?.answers ?? [] where !answer.correct { ids.insert(answer.card) }
        return Set(ids.compactMap(CardID.init(rawValue:)))
    }

    static func leeches(store: ProgressStore) -> Set<CardID> {
        Set(store.document.cards.filter { $0.value.card.isLeech }.keys.compactMap(CardID.init(rawValue:)))
    }

    /// The learner's confusion pairs in reviews and drills, most frequent first (the same
    /// counting as `stats`).
    static func confusions(store: ProgressStore, decks: [Deck]) throws -> [ConfusedPair] {
        let practice = store.document.practice.filter { !$0.correct }.map {
            ReviewRecord(card: $0.card, rating: .again, at: $0.at, ms: 0, grade: "wrong", given: $0.given)
        }
        return StatsCalculator.confusedPairs(entries: try store.logEntries() + practice, decks: decks)
    }
}
