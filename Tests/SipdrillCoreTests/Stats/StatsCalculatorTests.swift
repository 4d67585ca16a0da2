import Foundation
import Testing
@testable import SipdrillCore

/// Every figure of Alice's report, worked out by hand from `Fixtures/stats/alice.json`.
/// The moment is Friday 2025-03-14 15:00 UTC; "today" is 2025-03-14 in UTC.
@Suite struct StatsCalculatorTests {
    let report: StatsReport

    init() throws {
        report = try StatsFixture.aliceReport()
    }

    @Test func reportHeader() {
        #expect(report.generatedAt == StatsFixture.now)
        #expect(report.timeZone == StatsFixture.utc.timeZone.identifier)   // "GMT" on Linux
    }

    /// Today: M1 00:00 (the first second of the day counts), A3, B5, D4, G1, G2, H1, L1, L2,
    /// I1, I2 — 11 reviews; E3 at 23:59:59 yesterday does not count. Not Again: M1 Easy, A3,
    /// D4, L2, I2 Good, G2 Hard = 6. Time 3000+4000+9000+3500+12000+8000+20000+6000+2500
    /// +7000+5000 = 80000 ms. First reviews today: 603:phrase, 603:code, 486:scenario,
    /// class-4xx, 200:phrase = 5 (486:phrase, 486:code and 480:phrase were seen before).
    @Test func today() {
        #expect(report.today
            == StatsReport.Today(date: "2025-03-14", reviews: 11, passed: 6, timeMs: 80_000, newCards: 5))
        #expect(report.today.accuracy == 6.0 / 11.0)
    }

    /// Study days: Mar 10, 11, 12, 13, 14 (none on Mar 9) → 5; Feb 24–28 and Mar 1 → 6.
    @Test func streak() {
        #expect(report.streak == StatsReport.Streak(current: 5, longest: 6, studiedToday: true))
    }

    /// Before today's first review the streak still ends yesterday; a day later it is broken.
    @Test func streakWithoutReviewToday() throws {
        let alice = try StatsFixture.profile("alice")
        func streak(at text: String) -> StatsReport.Streak {
            StatsCalculator.report(document: alice.document, entries: alice.entries, decks: [StatsFixture.deck],
                                   now: StatsFixture.date(text), calendar: StatsFixture.utc).streak
        }
        #expect(streak(at: "2025-03-15T12:00:00Z") == StatsReport.Streak(current: 5, longest: 6, studiedToday: false))
        #expect(streak(at: "2025-03-16T12:00:00Z") == StatsReport.Streak(current: 0, longest: 6, studiedToday: false))
        // Mar 10 morning, before B3: Mar 9 had nothing, so no streak even ending yesterday.
        let before = alice.entries.filter { $0.at < StatsFixture.date("2025-03-10T00:00:00Z") }
        let early = StatsCalculator.report(document: alice.document, entries: before, decks: [StatsFixture.deck],
                                           now: StatsFixture.date("2025-03-10T06:00:00Z"),
                                           calendar: StatsFixture.utc).streak
        #expect(early == StatsReport.Streak(current: 0, longest: 6, studiedToday: false))
    }

    /// Day 0: 486:code (09:15), 603:code (11:06:30), class-4xx (12:41), 200:phrase (15:05, not
    /// yet due at 15:00), and the overdue 100:phrase (Mar 12) and 200:code (Jan 13) = 6.
    /// 486:scenario is suspended, 487:phrase was never reviewed, sip-999:code is not in the
    /// deck: none of them counts. Day 1 486:meaning, day 2 404:code, day 6 480:phrase, day 8
    /// 603:phrase, day 13 180:phrase; 180:code is on day 14, just outside.
    @Test func forecastFourteenDays() {
        let forecast = report.forecast
        #expect(forecast.days.map(\.due) == [6, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1])
        #expect(forecast.days.map(\.offset) == Array(0..<14))
        #expect(forecast.overdue == 2)
        #expect(forecast.dueNow == 5)
        #expect(forecast.total == 11)
        #expect(forecast.days.first == StatsReport.ForecastDay(offset: 0, date: "2025-03-14", weekday: 6, due: 6))
        #expect(forecast.days[1] == StatsReport.ForecastDay(offset: 1, date: "2025-03-15", weekday: 7, due: 1))
        #expect(forecast.days.last == StatsReport.ForecastDay(offset: 13, date: "2025-03-27", weekday: 5, due: 1))
    }

    @Test func forecastThirtyDays() throws {
        let forecast = try StatsFixture.aliceReport(forecastDays: 30).forecast
        #expect(forecast.days.count == 30)
        #expect(forecast.days[14] == StatsReport.ForecastDay(offset: 14, date: "2025-03-28", weekday: 6, due: 1))
        #expect(forecast.total == 12)
        #expect(forecast.days.last?.date == "2025-04-12")
        // 480:code (Apr 27) and 486:phrase (May 25) are beyond even 30 days.
    }

    /// Weeks from Monday: the current week starts Mon Mar 10, so 12 weeks start Mon Dec 23.
    /// 82 days to today. Dec 22 (K1) and everything in November and early December is outside.
    @Test func activityHeatmapCells() {
        let activity = report.activity
        #expect(activity.weeks == 12)
        #expect(activity.firstWeekday == 2)
        #expect(activity.days.count == 82)
        #expect(activity.days.first == StatsReport.ActivityDay(date: "2024-12-23", weekday: 2, reviews: 1))
        #expect(activity.days.last == StatsReport.ActivityDay(date: "2025-03-14", weekday: 6, reviews: 11))
        let busy = Dictionary(uniqueKeysWithValues: activity.days.filter { $0.reviews > 0 }
            .map { ($0.date, $0.reviews) })
        #expect(busy == [
            "2024-12-23": 1, "2025-02-20": 1,
            "2025-02-24": 1, "2025-02-25": 1, "2025-02-26": 1, "2025-02-27": 1, "2025-02-28": 1,
            "2025-03-01": 3, "2025-03-10": 2, "2025-03-11": 3, "2025-03-12": 2, "2025-03-13": 3,
            "2025-03-14": 11,
        ])
        #expect(activity.busiest == 11)
        #expect(activity.reviews == 31)
        #expect(activity.activeDays == 13)
    }

    /// With weeks from Sunday, the current week starts Sun Mar 9 and the first Sun Dec 22,
    /// which brings K1 (Dec 22 23:30) in.
    @Test func activityWeeksFromSunday() throws {
        let sunday = StatsFixture.calendar(zone: "UTC", firstWeekday: 1)
        let activity = try StatsFixture.aliceReport(calendar: sunday).activity
        #expect(activity.firstWeekday == 1)
        #expect(activity.days.count == 83)
        #expect(activity.days.first == StatsReport.ActivityDay(date: "2024-12-22", weekday: 1, reviews: 1))
        #expect(activity.reviews == 32)
    }

    /// Reviews of cards in Review (state before the review, from replaying the log):
    /// A2, B2 (Dec 10, young, passed: outside every window); A3 today mature pass; B3 Mar 10
    /// mature fail; B5 today young fail (the interval after relearning is a few days); C2
    /// Mar 12 young pass; D2 Mar 1 young fail; D4 today young pass; J3, J4, J5 Feb 26–28
    /// young passes (Hard passes). Learning and relearning steps never count.
    @Test func trueRetentionWindows() {
        let retention = report.retention
        #expect(retention.day == RetentionWindow(days: 1, young: PassCount(passed: 1, reviews: 2),
                                                 mature: PassCount(passed: 1, reviews: 1)))
        #expect(retention.week == RetentionWindow(days: 7, young: PassCount(passed: 2, reviews: 3),
                                                  mature: PassCount(passed: 1, reviews: 2)))
        #expect(retention.month == RetentionWindow(days: 30, young: PassCount(passed: 5, reviews: 7),
                                                   mature: PassCount(passed: 1, reviews: 2)))
        #expect(retention.day.all == PassCount(passed: 2, reviews: 3))
        #expect(retention.week.all == PassCount(passed: 3, reviews: 5))
        #expect(retention.month.all == PassCount(passed: 6, reviews: 9))
        #expect(retention.month.young.rate == 5.0 / 7.0)
    }

    /// Windows are whole calendar days ending today: reviews at the first second of a window
    /// count, reviews one second earlier do not. One card, in Review from its first (Easy)
    /// review on, passed at each edge.
    @Test func retentionWindowEdges() {
        let card = "sip-200:meaning"
        let times = ["2025-01-01T10:00:00Z", "2025-02-12T23:59:59Z", "2025-02-13T00:00:00Z", "2025-03-07T23:59:59Z",
                     "2025-03-08T00:00:00Z", "2025-03-13T23:59:59Z", "2025-03-14T00:00:00Z"]
        let entries = times.enumerated().map { index, time in
            ReviewRecord(card: card, rating: index == 0 ? .easy : .good, at: StatsFixture.date(time), ms: 1000,
                         grade: "correct")
        }
        let report = StatsCalculator.report(cards: [:], entries: entries, decks: [StatsFixture.deck],
                                            now: StatsFixture.now, calendar: StatsFixture.utc)
        #expect(report.retention.day.all == PassCount(passed: 1, reviews: 1))
        #expect(report.retention.week.all == PassCount(passed: 3, reviews: 3))
        #expect(report.retention.month.all == PassCount(passed: 5, reviews: 5))
    }

    /// The state before every review, as replaying Alice's log gives it.
    @Test func timelineStatesBeforeEachReview() throws {
        let alice = try StatsFixture.profile("alice")
        let timeline = ReviewTimeline(entries: alice.entries, settings: alice.document.settings.scheduler)
        func states(_ card: String) -> [String] {
            timeline.steps.filter { $0.review.card == card }.map { step in
                guard let before = step.before else { return "New" }
                guard before.state == .review else { return before.state.rawValue }
                return StatsCalculator.isMature(before) ? "Review/mature" : "Review/young"
            }
        }
        #expect(states("sip-486:phrase") == ["New", "Review/young", "Review/mature"])
        #expect(states("sip-486:code") == ["New", "Review/young", "Review/mature", "Relearning", "Review/young"])
        #expect(states("sip-480:phrase") == ["New", "Review/young", "Relearning", "Review/young"])
        #expect(states("sip-100:phrase") == ["New", "Learning", "Review/young", "Review/young", "Review/young"])
        #expect(states("sip-486:meaning") == ["New", "Learning", "Learning", "Learning"])
        #expect(states("sip-200:code") == ["New", "Learning"])
    }

    /// 38 cards. Reviewed: 1xx 100:phrase young (12 d), 180:phrase/code mature (132/133 d);
    /// 2xx 200:phrase learning, 200:code mature (exactly 21 d); 4xx 486:phrase mature (72 d),
    /// 486:code learning (Relearning), 480:code mature (46 d), 480:phrase young (6 d),
    /// 404:code young (3 d), 486:meaning young (3 d), 486:scenario learning (suspended still
    /// counts), class-4xx learning; 6xx 603:code learning, 603:phrase young (8 d).
    /// 487:phrase is stored but never reviewed: new.
    @Test func masteryByClass() {
        let rows = report.mastery.byClass
        #expect(rows.map(\.key) == ["1xx", "2xx", "4xx", "6xx"])
        #expect(rows.map(\.counts) == [
            MasteryCounts(new: 5, learning: 0, young: 1, mature: 2),
            MasteryCounts(new: 3, learning: 1, young: 0, mature: 1),
            MasteryCounts(new: 12, learning: 3, young: 3, mature: 2),
            MasteryCounts(new: 3, learning: 1, young: 1, mature: 0),
        ])
        #expect(rows.map { $0.counts.total } == [8, 5, 20, 5])
        #expect(rows[2].name == Bilingual(en: "Client Failure", zh: "客户端错误"))
        #expect(report.mastery.total == MasteryCounts(new: 23, learning: 5, young: 5, mature: 5))
    }

    @Test func masteryByKind() {
        let rows = report.mastery.byKind
        #expect(rows.map(\.key) == ["phrase", "code", "meaning", "scenario", "headers", "class"])
        #expect(rows.map(\.counts) == [
            MasteryCounts(new: 3, learning: 1, young: 3, mature: 2),   // 404, 405, 487 new
            MasteryCounts(new: 3, learning: 2, young: 1, mature: 3),
            MasteryCounts(new: 8, learning: 0, young: 1, mature: 0),
            MasteryCounts(new: 5, learning: 1, young: 0, mature: 0),
            MasteryCounts(new: 1, learning: 0, young: 0, mature: 0),
            MasteryCounts(new: 3, learning: 1, young: 0, mature: 0),
        ])
        #expect(rows.allSatisfy { $0.name == nil })
    }

    @Test func stageBoundaries() {
        let at = StatsFixture.date("2025-03-01T00:00:00Z")
        func card(days: Double, state: CardState = .review) -> CardRecord {
            CardRecord(card: SchedulerCard(state: state, step: state == .review ? nil : 0, stability: 5, difficulty: 5,
                                           due: at.addingTimeInterval(days * 86_400), lastReview: at, reps: 1))
        }
        #expect(StatsCalculator.stage(of: nil) == .new)
        #expect(StatsCalculator.stage(of: card(days: 20.99)) == .young)
        #expect(StatsCalculator.stage(of: card(days: 21)) == .mature)
        #expect(StatsCalculator.stage(of: card(days: 30, state: .relearning)) == .learning)
        #expect(StatsCalculator.stage(of: CardRecord(card: .new(due: at))) == .new)
    }

    /// Wrong answers that were codes: F1, F2 (486 ← 480), E1 (404 ← 480), G1 (603 ← 486),
    /// G2 (603 ← 600, `wrong+override`), I1 (200 ← 486). Not counted: the class card's "5xx",
    /// B5's "48" (not a code), H1 (`empty`), D2 (`wrong` with nothing given).
    @Test func confusedPairs() {
        let busy = Bilingual(en: "Busy Here", zh: "此处忙")
        let unavailable = Bilingual(en: "Temporarily Unavailable", zh: "暂时不可用")
        let decline = Bilingual(en: "Decline", zh: "拒绝")
        #expect(report.confusions == [
            ConfusedPair(deck: .sip, expected: 486, given: 480, count: 2, expectedName: busy, givenName: unavailable),
            ConfusedPair(deck: .sip, expected: 200, given: 486, count: 1,
                         expectedName: Bilingual(en: "OK", zh: "成功"), givenName: busy),
            ConfusedPair(deck: .sip, expected: 404, given: 480, count: 1,
                         expectedName: Bilingual(en: "Not Found", zh: "未找到"), givenName: unavailable),
            ConfusedPair(deck: .sip, expected: 603, given: 486, count: 1, expectedName: decline, givenName: busy),
            ConfusedPair(deck: .sip, expected: 603, given: 600, count: 1, expectedName: decline, givenName: nil),
        ])
    }

    @Test func confusionLimit() throws {
        let alice = try StatsFixture.profile("alice")
        let top = StatsCalculator.report(document: alice.document, entries: alice.entries, decks: [StatsFixture.deck],
                                         now: StatsFixture.now, calendar: StatsFixture.utc, confusionLimit: 2)
        #expect(top.confusions.map { [$0.expected, $0.given] } == [[486, 480], [200, 486]])
    }

    @Test(arguments: [
        ("480", 480), ("603", 603), ("48", nil), ("4800", nil), ("5xx", nil), ("099", nil), ("700", nil),
        ("http:404", nil), ("", nil), ("４８６", nil),
    ] as [(String, Int?)])
    func givenCodes(given: String, code: Int?) {
        #expect(StatsCalculator.givenCode(given) == code)
    }

    @Test func wrongGrades() {
        #expect(StatsCalculator.isWrongAnswer("wrong"))
        #expect(StatsCalculator.isWrongAnswer("wrong+override"))
        #expect(!StatsCalculator.isWrongAnswer("empty"))
        #expect(!StatsCalculator.isWrongAnswer("correct+override"))
        #expect(!StatsCalculator.isWrongAnswer("wrongly"))
    }

    /// 486:code (2 lapses) then 480:phrase (1); sip-999:code is flagged but not in the deck.
    @Test func leeches() {
        #expect(report.leeches == [
            LeechCard(card: "sip-486:code", kind: .code, code: 486, classLabel: "4xx",
                      name: Bilingual(en: "Busy Here", zh: "此处忙"), lapses: 2, suspended: false),
            LeechCard(card: "sip-480:phrase", kind: .phrase, code: 480, classLabel: "4xx",
                      name: Bilingual(en: "Temporarily Unavailable", zh: "暂时不可用"), lapses: 1, suspended: false),
        ])
    }

    /// 40 reviews, 220 000 ms in all; 15 of the deck's 38 cards seen; 486:scenario suspended.
    @Test func totals() {
        #expect(report.totals
            == StatsReport.Totals(reviews: 40, cardsSeen: 15, cards: 38, suspended: 1, timeMs: 220_000))
    }

    /// In Shanghai (UTC+8) "today" is Mar 13 16:00Z … Mar 14 16:00Z: E3 (Mar 13 23:59:59Z)
    /// joins today's 11 (12 reviews, 7 passed, 84 000 ms), still 5 new cards (404:code was
    /// first seen at 18:00 local on Mar 13); K1 (Dec 22 23:30Z) falls on Dec 23 local.
    @Test func daysFollowTheCalendarsTimeZone() throws {
        let report = try StatsFixture.aliceReport(calendar: StatsFixture.calendar(zone: "Asia/Shanghai"))
        #expect(report.timeZone == "Asia/Shanghai")
        #expect(report.today
            == StatsReport.Today(date: "2025-03-14", reviews: 12, passed: 7, timeMs: 84_000, newCards: 5))
        #expect(report.streak == StatsReport.Streak(current: 5, longest: 6, studiedToday: true))
        #expect(report.activity.days.first == StatsReport.ActivityDay(date: "2024-12-23", weekday: 2, reviews: 2))
    }

    @Test func emptyProfile() {
        let report = StatsCalculator.report(cards: [:], entries: [], decks: [StatsFixture.deck], now: StatsFixture.now,
                                            calendar: StatsFixture.utc)
        #expect(report.today == StatsReport.Today(date: "2025-03-14", reviews: 0, passed: 0, timeMs: 0, newCards: 0))
        #expect(report.today.accuracy == nil)
        #expect(report.streak == StatsReport.Streak(current: 0, longest: 0, studiedToday: false))
        #expect(report.forecast.total == 0)
        #expect(report.activity.busiest == 0)
        #expect(report.retention.month.all == PassCount(passed: 0, reviews: 0))
        #expect(report.retention.month.all.rate == nil)
        #expect(report.mastery.total == MasteryCounts(new: 38))
        #expect(report.confusions.isEmpty && report.leeches.isEmpty)
    }
}
