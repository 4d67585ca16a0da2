import Foundation
import Testing
@testable import SipdrillCore

/// `card 486`: the code's four cards in teaching order, with state and history.
@Suite struct CardDetailTests {
    let details: [CardDetail]

    init() throws {
        let alice = try StatsFixture.profile("alice")
        details = StatsCalculator.cardDetails(code: 486, deck: StatsFixture.deck, document: alice.document,
                                              entries: alice.entries, now: StatsFixture.now)
    }

    /// R = (1 + factor·t/S)^decay with decay = −w20 = −0.1542 and factor = 0.9^(1/decay) − 1,
    /// t in fractional days since the last review.
    static func recall(days: Double, stability: Double) -> Double {
        let decay = -0.1542
        let factor = pow(0.9, 1 / decay) - 1
        return pow(1 + factor * days / stability, decay)
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) < 1e-12
    }

    @Test func cardsInTeachingOrder() {
        #expect(details.map(\.card) == ["sip-486:phrase", "sip-486:code", "sip-486:meaning", "sip-486:scenario"])
        #expect(details.map(\.kind) == [.phrase, .code, .meaning, .scenario])
        #expect(details.allSatisfy { $0.code == 486 })
    }

    /// 486:phrase: Review, S 70, D 1, last review 09:00 today (6 h = 0.25 d ago), due in 72 d.
    @Test func phraseCard() throws {
        let phrase = try #require(details.first)
        #expect(phrase.state == "Review")
        #expect(phrase.stage == .mature)
        #expect(phrase.stability == 70)
        #expect(phrase.difficulty == 1)
        #expect(Self.close(phrase.retrievability, Self.recall(days: 0.25, stability: 70)))
        #expect(phrase.intervalDays == 72)
        #expect(phrase.due == StatsFixture.date("2025-05-25T09:00:00Z"))
        #expect(phrase.lastReview == StatsFixture.date("2025-03-14T09:00:00Z"))
        #expect(phrase.reps == 3 && phrase.lapses == 0 && !phrase.isLeech && !phrase.suspended)
        #expect(phrase.history == [
            CardReview(at: StatsFixture.date("2024-12-01T10:00:00Z"), rating: .easy, grade: "correct", ms: 4100,
                       given: nil, stateBefore: "New"),
            CardReview(at: StatsFixture.date("2024-12-10T10:00:00Z"), rating: .easy, grade: "correct", ms: 3000,
                       given: nil, stateBefore: "Review"),
            CardReview(at: StatsFixture.date("2025-03-14T09:00:00Z"), rating: .good, grade: "correct", ms: 4000,
                       given: nil, stateBefore: "Review"),
        ])
    }

    /// 486:code: Relearning after today's lapse (09:05, 5 h 55 min = 21 300 s ago), a leech.
    @Test func codeCard() throws {
        let code = details[1]
        #expect(code.state == "Relearning")
        #expect(code.stage == .learning)
        #expect(code.stability == 1.5 && code.difficulty == 2)
        #expect(Self.close(code.retrievability, Self.recall(days: 21_300.0 / 86_400, stability: 1.5)))
        #expect(code.intervalDays == nil)
        #expect(code.due == StatsFixture.date("2025-03-14T09:15:00Z"))
        #expect(code.lapses == 2 && code.isLeech)
        #expect(code.history.map(\.stateBefore) == ["New", "Review", "Review", "Relearning", "Review"])
        #expect(code.history.map(\.rating) == [.easy, .easy, .again, .good, .again])
        #expect(code.history.last?.given == "48")
        #expect(code.history.map(\.grade) == ["correct", "correct", "empty", "correct", "wrong"])
    }

    /// 486:meaning: young (interval 3 d); last review Mar 12 10:05 (2 d 4 h 55 min ago).
    @Test func meaningCard() {
        let meaning = details[2]
        #expect(meaning.state == "Review")
        #expect(meaning.stage == .young)
        #expect(meaning.intervalDays == 3)
        #expect(Self.close(meaning.retrievability, Self.recall(days: 2 + 295.0 / 1440, stability: 3)))
        #expect(meaning.history.map(\.stateBefore) == ["New", "Learning", "Learning", "Learning"])
        #expect(meaning.history.map(\.given) == ["480", "480", nil, nil])
    }

    @Test func suspendedScenarioCard() {
        let scenario = details[3]
        #expect(scenario.state == "Learning")
        #expect(scenario.suspended)
        #expect(scenario.history.count == 1)
        #expect(scenario.history.first?.grade == "empty")
    }

    /// 487 has one stored card that was never reviewed (phrase) and two with no record at all.
    @Test func unreviewedCardsAreNew() throws {
        let alice = try StatsFixture.profile("alice")
        let cards = StatsCalculator.cardDetails(code: 487, deck: StatsFixture.deck, document: alice.document,
                                                entries: alice.entries, now: StatsFixture.now)
        #expect(cards.map(\.card) == ["sip-487:phrase", "sip-487:code", "sip-487:meaning"])
        for card in cards {
            #expect(card.state == "New")
            #expect(card.stage == .new)
            #expect(card.due == nil && card.lastReview == nil && card.retrievability == nil && card.stability == nil)
            #expect(card.history.isEmpty)
        }
        #expect(StatsCalculator.cardDetails(code: 999, deck: StatsFixture.deck, document: alice.document,
                                            entries: alice.entries, now: StatsFixture.now).isEmpty)
    }

    @Test func rendersWithinWidth() {
        for language in LanguageChoice.allCases {
            let lines = StatsRenderer.cardLines(details, now: StatsFixture.now, calendar: StatsFixture.utc,
                                                language: language)
            StatsFixture.expectFits(lines)
            #expect(lines.count == 1 + 4 + 4 * 2 + 3 + 5 + 4 + 1)   // table, 4 headings + blanks, history rows
        }
        let lines = StatsRenderer.cardLines(details, now: StatsFixture.now, calendar: StatsFixture.utc)
        #expect(lines[1].hasPrefix("Phrase    Review"))
        #expect(lines[1].contains("in 72d"))
        #expect(lines[2].contains("leech"))
        #expect(lines.contains("  2025-03-14 09:05  Review      Again  9.0s  wrong (48)"))
        let narrow = StatsRenderer.cardLines(details, now: StatsFixture.now, calendar: StatsFixture.utc,
                                             language: .both, width: 50)
        StatsFixture.expectFits(narrow, width: 50)
    }

    @Test func relativeDueTimes() {
        let now = StatsFixture.now
        #expect(StatsRenderer.relative(now.addingTimeInterval(30), now: now, language: .en) == "now")
        #expect(StatsRenderer.relative(now.addingTimeInterval(600), now: now, language: .en) == "in 10m")
        #expect(StatsRenderer.relative(now.addingTimeInterval(5 * 3600), now: now, language: .zh) == "5小时后")
        #expect(StatsRenderer.relative(now.addingTimeInterval(72 * 86_400), now: now, language: .en) == "in 72d")
        #expect(StatsRenderer.relative(now.addingTimeInterval(-2 * 86_400), now: now, language: .en) == "2d ago")
    }
}
