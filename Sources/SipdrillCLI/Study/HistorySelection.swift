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

    /// The learner's confusion pairs (expected code, given code), most frequent first.
    static func confusions(store: ProgressStore, deck: Deck) throws -> [(expected: Int, given: Int, count: Int)] {
        var counts: [String: Int] = [:]
        var pairs: [String: (Int, Int)] = [:]
        func add(_ card: String, _ given: String?) {
            guard let given, let givenCode = Int(given), let id = CardID(rawValue: card), id.deck == deck.id,
                  let expected = deck.entries.first(where: { $0.id == id.entryID })?.code, expected != givenCode else { return }
            let key = "\(expected)-\(givenCode)"
            counts[key, default: 0] += 1
            pairs[key] = (expected, givenCode)
        }
        for review in try store.logEntries() where review.rating == .again { add(review.card, review.given) }
        for record in store.document.practice where !record.correct { add(record.card, record.given) }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (pairs[$0.key]!.0, pairs[$0.key]!.1, $0.value) }
    }
}
