import Foundation
import Testing
@testable import SipdrillCore

/// State-machine rules and app counters that the reference vectors cannot express.
@Suite("Scheduler")
struct SchedulerTests {
    static let start = Date(timeIntervalSince1970: 1_709_283_600)  // 2024-03-01T09:00:00Z
    let noFuzz = SchedulerSettings(enableFuzz: false)

    func minutes(_ m: Double) -> Date { Self.start.addingTimeInterval(m * 60) }
    func days(_ d: Double) -> Date { Self.start.addingTimeInterval(d * 86_400) }

    @Test("a new card: Again 1 min, Hard 5.5 min, Good 10 min (step 1), Easy graduates")
    func newCardOutcomes() {
        let outcomes = Scheduler.previews(.new(due: Self.start), at: Self.start, settings: noFuzz, fuzzSeed: nil)
        #expect(outcomes[.again]?.due == minutes(1))
        #expect(outcomes[.hard]?.due == minutes(5.5))
        #expect(outcomes[.good]?.due == minutes(10))
        #expect(outcomes[.good]?.step == 1)
        #expect(outcomes[.easy]?.state == .review)
        #expect(outcomes[.easy]?.step == nil)
        #expect(outcomes[.easy]?.due == days(8))  // S0(Easy) = 8.2956 → 8 days
    }

    @Test("elapsed days are whole 24-hour periods, floored")
    func elapsedDays() {
        let at = Self.start
        #expect(Scheduler.elapsedDays(from: at, to: at.addingTimeInterval(86_399)) == 0)
        #expect(Scheduler.elapsedDays(from: at, to: at.addingTimeInterval(86_400)) == 1)
        #expect(Scheduler.elapsedDays(from: at, to: at.addingTimeInterval(2 * 86_400 - 1)) == 1)
        #expect(Scheduler.elapsedDays(from: at, to: at.addingTimeInterval(-1)) == -1)
    }

    @Test("a card on a step beyond a shortened list graduates unless it fails")
    func stepBeyondList() {
        // Put on step 2 of a three-step list, then the list became two steps long.
        let card = SchedulerCard(state: .learning, step: 2, stability: 3, difficulty: 5,
                                 due: minutes(60), lastReview: Self.start)
        let outcomes = Scheduler.previews(card, at: minutes(60), settings: noFuzz, fuzzSeed: nil)
        for rating in [Rating.hard, .good, .easy] {
            #expect(outcomes[rating]?.state == .review, "\(rating)")
        }
        #expect(outcomes[.again]?.state == .learning)
        #expect(outcomes[.again]?.step == 0)
        #expect(outcomes[.again]?.due == minutes(61))
    }

    @Test("a lapse with no relearning steps stays in Review, still counted")
    func lapseWithoutRelearning() {
        var settings = noFuzz
        settings.relearningSteps = []
        let card = SchedulerCard(state: .review, step: nil, stability: 20, difficulty: 5,
                                 due: days(20), lastReview: Self.start)
        let after = Scheduler.review(card, rating: .again, at: days(20), settings: settings, fuzzSeed: nil)
        #expect(after.state == .review)
        #expect(after.step == nil)
        #expect(after.lapses == 1)
        #expect(after.due > days(21) - 1)
    }

    @Test("reps count every review; lapses only Again from Review")
    func counters() {
        let scheduler = Scheduler(settings: noFuzz)
        var card = SchedulerCard.new(due: Self.start)
        let script: [(Rating, Double)] = [(.again, 0), (.good, 1), (.good, 11), (.again, 3000), (.again, 3010),
                                          (.good, 3030), (.good, 9000), (.again, 40000)]
        var lapses: [Int] = []
        for (rating, minute) in script {
            card = scheduler.review(card, rating: rating, at: minutes(minute), fuzzSeed: nil).card
            lapses.append(card.lapses)
        }
        #expect(card.reps == script.count)
        // Learning Again (1st), Relearning Again (5th) do not count; Review Again (4th, 8th) do.
        #expect(lapses == [0, 0, 0, 1, 1, 1, 1, 2])
        #expect(card.state == .relearning)
    }

    @Test("the static entry points agree with a prepared scheduler")
    func staticMatchesInstance() {
        let log = [ReviewLogEntry(rating: .good, at: Self.start), ReviewLogEntry(rating: .good, at: minutes(10)),
                   ReviewLogEntry(rating: .hard, at: days(3)), ReviewLogEntry(rating: .again, at: days(9))]
        let scheduler = Scheduler(settings: noFuzz)
        var folded = SchedulerCard.new(due: Self.start)
        var seen: [SchedulerCard] = []
        for entry in log {
            folded = Scheduler.review(folded, rating: entry.rating, at: entry.at, settings: noFuzz, fuzzSeed: nil)
        }
        let rebuilt = scheduler.rebuild(log, from: .new(due: Self.start), fuzzSeed: nil) { index, card in
            #expect(index == seen.count)
            seen.append(card)
        }
        #expect(rebuilt == folded)
        #expect(seen.last == folded)
        #expect(seen.count == log.count)
        #expect(Scheduler.rebuild(log, settings: noFuzz, newCardDue: Self.start, fuzzSeed: nil) == folded)
        #expect(scheduler.rebuild([], newCardDue: Self.start, fuzzSeed: nil) == .new(due: Self.start))
    }

    @Test("cards survive a JSON round trip")
    func codable() throws {
        let card = Scheduler.review(.new(due: Self.start), rating: .easy, at: Self.start,
                                    settings: noFuzz, fuzzSeed: nil)
        let decoded = try JSONDecoder().decode(SchedulerCard.self, from: JSONEncoder().encode(card))
        #expect(decoded == card)
        let settings = try JSONDecoder().decode(SchedulerSettings.self, from: JSONEncoder().encode(noFuzz))
        #expect(settings == noFuzz)
        #expect(CardState.relearning.rawValue == "Relearning")
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
    }
}
