import Foundation
import Testing
@testable import SipdrillCore

struct SessionPlannerTests {
    let cards = StudyFixture.cards
    let now = Date(timeIntervalSince1970: 1_750_000_000)
    let day: TimeInterval = 86_400

    func id(_ raw: String) -> CardID { CardID(rawValue: raw)! }

    /// A card in Review last seen `daysAgo` days ago with stability `stability`, due `dueIn` from now.
    func review(stability: Double, daysAgo: Double, dueIn: TimeInterval = -60) -> SchedulerCard {
        SchedulerCard(state: .review, step: nil, stability: stability, difficulty: 5,
                      due: now.addingTimeInterval(dueIn), lastReview: now.addingTimeInterval(-daysAgo * day), reps: 3)
    }

    @Test func dueCardsComeFirstLowestRetrievabilityFirst() {
        let states: [CardID: SchedulerCard] = [
            id("sip-100:phrase"): review(stability: 100, daysAgo: 10),   // well remembered
            id("sip-180:phrase"): review(stability: 1, daysAgo: 10),     // nearly forgotten
            id("sip-183:phrase"): review(stability: 10, daysAgo: 10),
            id("sip-200:phrase"): review(stability: 1, daysAgo: 10, dueIn: day),   // not due yet
        ]
        let plan = SessionPlanner.plan(cards: cards, states: states, now: now)
        let reviews = plan.queue.filter { !$0.isNew }
        #expect(reviews.map(\.card.id.rawValue) == ["sip-180:phrase", "sip-183:phrase", "sip-100:phrase"])
        let r = reviews.compactMap(\.retrievability)
        #expect(r == r.sorted() && r.count == 3)
        // Reviews first, then new cards.
        #expect(plan.queue.prefix(3).allSatisfy { !$0.isNew })
        #expect(plan.queue.dropFirst(3).allSatisfy { $0.isNew })
        #expect(plan.reviewCount == 3)
        #expect(!plan.queue.contains { $0.card.id == id("sip-200:phrase") })
    }

    @Test func newCardsFollowCatalogueOrderUpToTheDailyLimit() {
        let plan = SessionPlanner.plan(cards: cards, states: [:], now: now)
        #expect(plan.newCount == 10)
        // One card per entry, entries in catalogue order (the commonest codes, each class card
        // after its class's third code); the question kind rotates so a first session meets
        // every kind.
        #expect(plan.queue.map(\.card.id.rawValue) == [
            "sip-100:phrase", "sip-180:code", "sip-183:meaning", "sip-class-1xx:class", "sip-200:scenario",
            "sip-401:headers", "sip-403:phrase", "sip-404:code", "sip-class-4xx:class", "sip-407:meaning",
        ])
        #expect(plan.newAvailable == cards.count)

        let later = SessionPlanner.plan(cards: cards, states: [:], now: now, newIntroducedToday: 7)
        #expect(later.newCount == 3)
        let done = SessionPlanner.plan(cards: cards, states: [:], now: now, newIntroducedToday: 12)
        #expect(done.queue.isEmpty)
        let custom = SessionPlanner.plan(cards: cards, states: [:], now: now, dailyNewLimit: 4)
        #expect(custom.newCount == 4)
    }

    @Test func aStoredButNeverReviewedCardIsNew() {
        let states = [id("sip-100:phrase"): SchedulerCard.new(due: now.addingTimeInterval(-day))]
        let plan = SessionPlanner.plan(cards: cards, states: states, now: now, dailyNewLimit: 1)
        #expect(plan.queue == [PlannedCard(card: cards[0], isNew: true, retrievability: nil)])
    }

    @Test func modes() {
        let states = [id("sip-486:phrase"): review(stability: 2, daysAgo: 5)]
        let review = SessionPlanner.plan(cards: cards, states: states, now: now, mode: .review)
        #expect(review.queue.map(\.card.id) == [id("sip-486:phrase")])
        let learn = SessionPlanner.plan(cards: cards, states: states, now: now, mode: .learn(15),
                                        newIntroducedToday: 10)
        #expect(learn.queue.count == 15)
        #expect(learn.queue.allSatisfy { $0.isNew })
        // 486 is taken by its due review, which learn mode does not show: its new siblings may come.
        #expect(learn.queue.contains { $0.card.entryID == EntryID("sip-486") })
        #expect(SessionPlanner.plan(cards: cards, states: [:], now: now, mode: .learn(0)).queue.isEmpty)
    }

    @Test func suspendedCardsAreNeverPlanned() {
        let states = [id("sip-486:phrase"): review(stability: 2, daysAgo: 5)]
        let plan = SessionPlanner.plan(cards: cards, states: states,
                                       suspended: [id("sip-486:phrase"), id("sip-100:phrase")], now: now)
        #expect(!plan.queue.contains { $0.card.id == id("sip-486:phrase") || $0.card.id == id("sip-100:phrase") })
        #expect(plan.newAvailable == cards.count - 2)
    }

    // MARK: - Siblings

    @Test func siblingsOfCardsStudiedTodayAreBuried() {
        let states: [CardID: SchedulerCard] = [
            // Answered a few minutes ago and due again (a learning step): it still comes back.
            id("sip-486:phrase"): SchedulerCard(state: .learning, step: 1, stability: 2.3, difficulty: 5,
                                                due: now.addingTimeInterval(-10),
                                                lastReview: now.addingTimeInterval(-600), reps: 1),
            // A due sibling: buried until tomorrow.
            id("sip-486:code"): review(stability: 3, daysAgo: 6),
            id("sip-480:code"): review(stability: 3, daysAgo: 6),
        ]
        let plan = SessionPlanner.plan(cards: cards, states: states, studiedToday: [id("sip-486:phrase")], now: now)
        let ids = plan.queue.map(\.card.id)
        #expect(ids.contains(id("sip-486:phrase")))
        #expect(!ids.contains(id("sip-486:code")))
        #expect(plan.buried == [id("sip-486:code")])
        #expect(ids.contains(id("sip-480:code")))
        // No new card of 486 either (its phrase card would have been among the first ten).
        #expect(plan.queue.filter { $0.card.entryID == EntryID("sip-486") }.count == 1)
    }

    @Test func newSiblingsOfStudiedEntriesWait() {
        // 100's phrase card was learned today (next step in 10 minutes): none of 100's other new
        // cards come today.
        let learning = SchedulerCard(state: .learning, step: 1, stability: 2.3, difficulty: 5,
                                     due: now.addingTimeInterval(600), lastReview: now.addingTimeInterval(-60), reps: 1)
        let plan = SessionPlanner.plan(cards: cards, states: [id("sip-100:phrase"): learning],
                                       studiedToday: [id("sip-100:phrase")], now: now)
        #expect(!plan.queue.contains { $0.card.entryID == EntryID("sip-100") })
        #expect(plan.newCount == 10)
        #expect(plan.queue.first?.card.id == id("sip-180:phrase"))
    }

    @Test func onlyOneDueCardPerEntry() {
        let states: [CardID: SchedulerCard] = [
            id("sip-486:code"): review(stability: 30, daysAgo: 20),
            id("sip-486:meaning"): review(stability: 1, daysAgo: 20),    // lower R: this one goes
        ]
        let plan = SessionPlanner.plan(cards: cards, states: states, now: now, mode: .review)
        #expect(plan.queue.map(\.card.id) == [id("sip-486:meaning")])
        #expect(plan.buried == [id("sip-486:code")])
    }

    @Test func classCardsBuryNothing() {
        // A class card's subject is `sip-class-4xx`, not an entry: studying it holds back no code.
        let plan = SessionPlanner.plan(cards: cards, states: [:], studiedToday: [id("sip-class-4xx:class")],
                                       now: now, mode: .learn(10))
        #expect(plan.queue.contains { $0.card.id.entryID == EntryID("sip-401") })
    }

    @Test func retrievabilityFollowsTheModel() throws {
        let model = FSRS(parameters: SchedulerSettings.defaultParameters)
        let card = review(stability: 10, daysAgo: 10)
        // By FSRS's definition R(S, S) = 0.9.
        let r = try #require(CardRetrievability.of(card, at: now, model: model))
        #expect(abs(r - 0.9) < 1e-12)
        #expect(CardRetrievability.of(.new(due: now), at: now, model: model) == nil)
    }
}
