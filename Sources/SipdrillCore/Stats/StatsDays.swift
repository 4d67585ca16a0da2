import Foundation

/// Calendar-day arithmetic for the statistics, in the caller's calendar and time zone: a
/// "day" is a local calendar day, so a review at 23:30 counts for the day the learner saw.
struct StatsDays: Sendable {
    let calendar: Calendar
    /// The start of the day `now` falls in.
    let today: Date

    init(calendar: Calendar, now: Date) {
        self.calendar = calendar
        self.today = calendar.startOfDay(for: now)
    }

    /// The start of the day `offset` days after today (negative: before).
    func start(ofDay offset: Int) -> Date {
        calendar.date(byAdding: .day, value: offset, to: today) ?? today.addingTimeInterval(Double(offset) * 86_400)
    }

    /// Whole calendar days from today to the day `date` falls in (negative in the past).
    func dayOffset(of date: Date) -> Int {
        calendar.dateComponents([.day], from: today, to: calendar.startOfDay(for: date)).day ?? 0
    }

    /// `2025-03-14` for the day `date` falls in.
    func label(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// 1 (Sunday) … 7 (Saturday), as `Calendar` numbers weekdays.
    func weekday(_ date: Date) -> Int {
        calendar.component(.weekday, from: date)
    }
}
