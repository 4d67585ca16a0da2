import Foundation
import Testing
@testable import SipdrillCore

/// Leeches: flagged at 8 lapses, raised again every 4 more.
@Suite("Leech")
struct LeechTests {
    @Test("events for a threshold", arguments: [
        (8, [8, 12, 16, 20, 24]),
        (7, [7, 11, 15, 19, 23]),  // half of 7 rounds up to 4
        (4, [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]),
        (1, Array(1...25)),
        (0, []),
    ])
    func events(threshold: Int, expected: [Int]) {
        #expect((0...25).filter { Leech.isEvent(lapses: $0, threshold: threshold) } == expected)
    }

    @Test("reviewing a card into its 8th, 12th and 16th lapse reports it; the flag sticks")
    func throughTheScheduler() {
        let scheduler = Scheduler(settings: SchedulerSettings(enableFuzz: false))
        var at = Date(timeIntervalSince1970: 1_709_283_600)
        var card = scheduler.review(.new(due: at), rating: .easy, at: at, fuzzSeed: nil).card
        var eventsAt: [Int] = []
        var flaggedFrom: Int?
        for _ in 0..<17 {
            at = card.due
            let lapse = scheduler.review(card, rating: .again, at: at, fuzzSeed: nil)
            if lapse.isLeechEvent { eventsAt.append(lapse.card.lapses) }
            if lapse.card.isLeech && flaggedFrom == nil { flaggedFrom = lapse.card.lapses }
            // Failing again while relearning is not another lapse and raises nothing.
            let relearnAgain = scheduler.review(lapse.card, rating: .again, at: lapse.card.due, fuzzSeed: nil)
            #expect(!relearnAgain.isLeechEvent)
            #expect(relearnAgain.card.lapses == lapse.card.lapses)
            card = scheduler.review(relearnAgain.card, rating: .good, at: relearnAgain.card.due,
                                    fuzzSeed: nil).card
            #expect(card.state == .review)
        }
        #expect(eventsAt == [8, 12, 16])
        #expect(flaggedFrom == 8)
        #expect(card.isLeech)
        #expect(card.lapses == 17)
    }
}
