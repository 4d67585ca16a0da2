import Foundation

/// Everything the `stats` screen shows, as values: the renderer draws it and `--json` encodes
/// it (snake_case keys, timestamps as UTC text, days as `YYYY-MM-DD` in the report's zone).
public struct StatsReport: Codable, Equatable, Sendable {
    /// The moment the figures are for.
    @UTCTime public var generatedAt: Date
    /// The time zone whose calendar days the report counts in (`UTC`, `Asia/Shanghai`).
    public var timeZone: String
    public var today: Today
    public var streak: Streak
    public var totals: Totals
    public var forecast: Forecast
    public var activity: Activity
    public var retention: TrueRetention
    public var mastery: Mastery
    /// The learner's most frequent mix-ups, most frequent first.
    public var confusions: [ConfusedPair]
    /// Cards flagged as leeches, most lapses first.
    public var leeches: [LeechCard]

    public init(generatedAt: Date, timeZone: String, today: Today, streak: Streak, totals: Totals,
                forecast: Forecast, activity: Activity, retention: TrueRetention, mastery: Mastery,
                confusions: [ConfusedPair], leeches: [LeechCard]) {
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.today = today
        self.streak = streak
        self.totals = totals
        self.forecast = forecast
        self.activity = activity
        self.retention = retention
        self.mastery = mastery
        self.confusions = confusions
        self.leeches = leeches
    }

    enum CodingKeys: String, CodingKey {
        case generatedAt = "generated_at", timeZone = "time_zone", today, streak, totals, forecast, activity
        case retention = "true_retention", mastery, confusions, leeches
    }
}

extension StatsReport {
    /// Today's study: reviews, how many were not Again, time spent, cards met for the first time.
    public struct Today: Codable, Equatable, Sendable {
        /// `2025-03-14`.
        public var date: String
        public var reviews: Int
        /// Reviews rated Hard, Good or Easy.
        public var passed: Int
        /// `passed / reviews`; nil with no reviews.
        public var accuracy: Double?
        /// The answer times added up, in milliseconds.
        public var timeMs: Int
        /// Cards whose first review ever was today.
        public var newCards: Int

        public init(date: String, reviews: Int, passed: Int, timeMs: Int, newCards: Int) {
            self.date = date
            self.reviews = reviews
            self.passed = passed
            self.accuracy = reviews > 0 ? Double(passed) / Double(reviews) : nil
            self.timeMs = timeMs
            self.newCards = newCards
        }

        enum CodingKeys: String, CodingKey {
            case date, reviews, passed, accuracy, timeMs = "time_ms", newCards = "new_cards"
        }
    }

    /// Consecutive study days (a study day has at least one review).
    public struct Streak: Codable, Equatable, Sendable {
        /// The run of study days ending today — or ending yesterday while today has no review yet,
        /// so the streak is not shown as broken before the day is over.
        public var current: Int
        /// The longest run in the whole log.
        public var longest: Int
        public var studiedToday: Bool

        public init(current: Int, longest: Int, studiedToday: Bool) {
            self.current = current
            self.longest = longest
            self.studiedToday = studiedToday
        }

        enum CodingKeys: String, CodingKey { case current, longest, studiedToday = "studied_today" }
    }

    /// All-time counts.
    public struct Totals: Codable, Equatable, Sendable {
        public var reviews: Int
        /// Cards of the decks that have been reviewed at least once.
        public var cardsSeen: Int
        /// Cards of the decks, seen or not.
        public var cards: Int
        public var suspended: Int
        public var timeMs: Int

        public init(reviews: Int, cardsSeen: Int, cards: Int, suspended: Int, timeMs: Int) {
            self.reviews = reviews
            self.cardsSeen = cardsSeen
            self.cards = cards
            self.suspended = suspended
            self.timeMs = timeMs
        }

        enum CodingKeys: String, CodingKey {
            case reviews, cardsSeen = "cards_seen", cards, suspended, timeMs = "time_ms"
        }
    }

    /// Cards falling due on each of the coming days.
    public struct Forecast: Codable, Equatable, Sendable {
        /// Day 0 is today and includes every overdue card.
        public var days: [ForecastDay]
        /// Cards due before today (already in day 0).
        public var overdue: Int
        /// Cards due at or before the report's moment (already in day 0).
        public var dueNow: Int
        /// Cards in the whole horizon.
        public var total: Int

        public init(days: [ForecastDay], overdue: Int, dueNow: Int) {
            self.days = days
            self.overdue = overdue
            self.dueNow = dueNow
            self.total = days.reduce(0) { $0 + $1.due }
        }

        enum CodingKeys: String, CodingKey { case days, overdue, dueNow = "due_now", total }
    }

    public struct ForecastDay: Codable, Equatable, Sendable {
        /// 0 for today.
        public var offset: Int
        /// `2025-03-14`.
        public var date: String
        /// 1 (Sunday) … 7 (Saturday).
        public var weekday: Int
        public var due: Int

        public init(offset: Int, date: String, weekday: Int, due: Int) {
            self.offset = offset
            self.date = date
            self.weekday = weekday
            self.due = due
        }
    }

    /// Reviews per day over the last weeks, for the calendar heatmap.
    public struct Activity: Codable, Equatable, Sendable {
        /// How many weeks (columns) the heatmap has; the last is the current week.
        public var weeks: Int
        /// The weekday the weeks start on, 1 (Sunday) … 7 (Saturday), from the calendar.
        public var firstWeekday: Int
        /// Every day from the first week's start to today, oldest first (days after today are
        /// not listed; the last column is partial).
        public var days: [ActivityDay]
        /// The busiest day's count (the top of the shade scale).
        public var busiest: Int
        public var reviews: Int
        /// Days with at least one review.
        public var activeDays: Int

        public init(weeks: Int, firstWeekday: Int, days: [ActivityDay]) {
            self.weeks = weeks
            self.firstWeekday = firstWeekday
            self.days = days
            self.busiest = days.map(\.reviews).max() ?? 0
            self.reviews = days.reduce(0) { $0 + $1.reviews }
            self.activeDays = days.filter { $0.reviews > 0 }.count
        }

        enum CodingKeys: String, CodingKey {
            case weeks, firstWeekday = "first_weekday", days, busiest, reviews, activeDays = "active_days"
        }
    }

    public struct ActivityDay: Codable, Equatable, Sendable {
        public var date: String
        public var weekday: Int
        public var reviews: Int

        public init(date: String, weekday: Int, reviews: Int) {
            self.date = date
            self.weekday = weekday
            self.reviews = reviews
        }
    }
}
