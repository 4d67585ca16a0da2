/// How often reviews of cards already in Review were passed: the retention the scheduler
/// aims for (90 % by default), free of the easy wins of learning steps.
///
/// A review counts when the card was in Review just before it (Learning and Relearning steps
/// do not count); it is passed when rated Hard, Good or Easy. It is *young* when the card's
/// interval at that moment was under ``StatsCalculator/matureDays`` days, else *mature*; the
/// interval is the one the previous review scheduled (due − last review).
public struct TrueRetention: Codable, Equatable, Sendable {
    /// Today.
    public var day: RetentionWindow
    /// The last 7 calendar days, today included.
    public var week: RetentionWindow
    /// The last 30 calendar days, today included.
    public var month: RetentionWindow

    public init(day: RetentionWindow, week: RetentionWindow, month: RetentionWindow) {
        self.day = day
        self.week = week
        self.month = month
    }

    /// The three windows in display order.
    public var windows: [RetentionWindow] { [day, week, month] }
}

/// True retention over the last `days` calendar days.
public struct RetentionWindow: Codable, Equatable, Sendable {
    public var days: Int
    public var young: PassCount
    public var mature: PassCount
    public var all: PassCount

    public init(days: Int, young: PassCount, mature: PassCount) {
        self.days = days
        self.young = young
        self.mature = mature
        self.all = young + mature
    }
}

/// Reviews counted and how many of them were passed.
public struct PassCount: Codable, Equatable, Sendable {
    public var passed: Int
    public var reviews: Int
    /// `passed / reviews`; nil with no reviews (never a NaN in the JSON).
    public var rate: Double?

    public init(passed: Int, reviews: Int) {
        self.passed = passed
        self.reviews = reviews
        self.rate = reviews > 0 ? Double(passed) / Double(reviews) : nil
    }

    public static let zero = PassCount(passed: 0, reviews: 0)

    public static func + (a: PassCount, b: PassCount) -> PassCount {
        PassCount(passed: a.passed + b.passed, reviews: a.reviews + b.reviews)
    }

    /// One more review, passed or not.
    func adding(passed: Bool) -> PassCount {
        PassCount(passed: self.passed + (passed ? 1 : 0), reviews: reviews + 1)
    }
}
