import Foundation

extension StatsCalculator {
    /// Today's reviews, passes, time and first-time cards.
    static func today(log: LogDays, entries: [ReviewRecord], days: StatsDays) -> StatsReport.Today {
        var reviews = 0
        var passed = 0
        var time = 0
        var seenBefore: Set<String> = []
        var firstToday: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let offset = log.offsets[index]
            if offset < 0 {
                seenBefore.insert(entry.card)
            } else if offset == 0 {
                reviews += 1
                if entry.rating.isPass { passed += 1 }
                time += entry.ms
                firstToday.insert(entry.card)
            }
        }
        return StatsReport.Today(date: days.label(days.today), reviews: reviews, passed: passed, timeMs: time,
                                 newCards: firstToday.subtracting(seenBefore).count)
    }

    /// The current and longest runs of study days.
    static func streak(log: LogDays) -> StatsReport.Streak {
        let studied = Set(log.counts.keys.filter { $0 <= 0 })
        let studiedToday = studied.contains(0)
        var current = 0
        var day = studiedToday ? 0 : -1
        while studied.contains(day) {
            current += 1
            day -= 1
        }
        var longest = 0
        var run = 0
        var previous: Int?
        for offset in studied.sorted() {
            run = previous.map { offset == $0 + 1 } == true ? run + 1 : 1
            longest = max(longest, run)
            previous = offset
        }
        return StatsReport.Streak(current: current, longest: longest, studiedToday: studiedToday)
    }

    /// Cards due on each of the next `horizon` days; overdue cards count on day 0. Suspended
    /// and never-reviewed cards are not due (new cards come by the daily new-card limit).
    static func forecast(cards: [String: CardRecord], known: KnownCards, now: Date, days: StatsDays,
                         horizon: Int) -> StatsReport.Forecast {
        let horizon = max(1, horizon)
        var due = [Int](repeating: 0, count: horizon)
        var overdue = 0
        var dueNow = 0
        for card in known.cards {
            guard let record = cards[card.id.rawValue], !record.suspended, !record.card.isNew else { continue }
            let when = record.card.due
            let offset = max(0, days.dayOffset(of: when))
            guard offset < horizon else { continue }
            due[offset] += 1
            if when < days.today { overdue += 1 }
            if when <= now { dueNow += 1 }
        }
        let list = (0..<horizon).map { offset in
            let start = days.start(ofDay: offset)
            return StatsReport.ForecastDay(offset: offset, date: days.label(start), weekday: days.weekday(start),
                                           due: due[offset])
        }
        return StatsReport.Forecast(days: list, overdue: overdue, dueNow: dueNow)
    }

    /// Reviews per day from the start of the week `weeks − 1` weeks before this one to today.
    /// Weeks start on the calendar's `firstWeekday`.
    static func activity(log: LogDays, days: StatsDays, weeks: Int) -> StatsReport.Activity {
        let firstWeekday = days.calendar.firstWeekday
        let intoWeek = (days.weekday(days.today) - firstWeekday + 7) % 7
        let first = -intoWeek - 7 * (max(1, weeks) - 1)
        let list = (first...0).map { offset in
            let start = days.start(ofDay: offset)
            return StatsReport.ActivityDay(date: days.label(start), weekday: days.weekday(start),
                                           reviews: log.counts[offset] ?? 0)
        }
        return StatsReport.Activity(weeks: max(1, weeks), firstWeekday: firstWeekday, days: list)
    }

    /// True retention today, over the last 7 days and over the last 30 days.
    static func retention(timeline: ReviewTimeline, log: LogDays) -> TrueRetention {
        let windows = retentionWindowDays
        return TrueRetention(day: retentionWindow(days: windows.day, timeline: timeline, log: log),
                             week: retentionWindow(days: windows.week, timeline: timeline, log: log),
                             month: retentionWindow(days: windows.month, timeline: timeline, log: log))
    }

    /// True retention over the `days` calendar days ending today.
    static func retentionWindow(days: Int, timeline: ReviewTimeline, log: LogDays) -> RetentionWindow {
        var young = PassCount.zero
        var mature = PassCount.zero
        for (index, step) in timeline.steps.enumerated() {
            let offset = log.offsets[index]
            guard offset <= 0, offset > -days, let before = step.before, before.state == .review else { continue }
            if isMature(before) {
                mature = mature.adding(passed: step.review.rating.isPass)
            } else {
                young = young.adding(passed: step.review.rating.isPass)
            }
        }
        return RetentionWindow(days: days, young: young, mature: mature)
    }
}
