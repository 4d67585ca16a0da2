import Foundation

/// Computes the `stats` figures from a learner's cards and review log. Pure: the moment
/// (`now`) and the calendar (time zone, first weekday) are passed in.
///
/// Which cards count: the mastery table, forecast, leeches and card totals cover the cards
/// the given decks yield (``CardCatalog/cards(in:commonCodes:)``), so a card whose id the
/// content no longer has (an orphan) is not counted as due. Everything drawn from the log —
/// today, streak, activity, true retention, confusions — covers the whole log.
public enum StatsCalculator {
    /// A Review card whose interval is at least this many days is *mature* (Anki's threshold).
    public static let matureDays = 21.0
    /// Columns of the activity heatmap.
    public static let heatmapWeeks = 12
    /// The true-retention windows, in calendar days ending today.
    public static let retentionWindowDays = (day: 1, week: 7, month: 30)
    /// How many confused pairs the report keeps by default.
    public static let defaultConfusionLimit = 10

    /// The report for a progress document (its cards and scheduler settings) and its log.
    public static func report(document: ProgressDocument, entries: [ReviewRecord], decks: [Deck], now: Date,
                              calendar: Calendar, forecastDays: Int = 14,
                              confusionLimit: Int = defaultConfusionLimit) -> StatsReport {
        report(cards: document.cards, entries: entries, decks: decks, settings: document.settings.scheduler,
               now: now, calendar: calendar, forecastDays: forecastDays, confusionLimit: confusionLimit)
    }

    /// The report for stored card states and a review log. `settings` replays the log to find
    /// the state before each review (for true retention); use the profile's own settings.
    public static func report(cards: [String: CardRecord], entries: [ReviewRecord], decks: [Deck],
                              settings: SchedulerSettings = .standard, now: Date, calendar: Calendar,
                              forecastDays: Int = 14, confusionLimit: Int = defaultConfusionLimit) -> StatsReport {
        let days = StatsDays(calendar: calendar, now: now)
        let known = KnownCards(decks: decks)
        let log = LogDays(entries: entries, days: days)
        let timeline = ReviewTimeline(entries: entries, settings: settings)
        return StatsReport(
            generatedAt: now,
            timeZone: calendar.timeZone.identifier,
            today: today(log: log, entries: entries, days: days),
            streak: streak(log: log),
            totals: totals(cards: cards, entries: entries, known: known),
            forecast: forecast(cards: cards, known: known, now: now, days: days, horizon: forecastDays),
            activity: activity(log: log, days: days, weeks: heatmapWeeks),
            retention: retention(timeline: timeline, log: log),
            mastery: mastery(cards: cards, known: known),
            confusions: Array(confusions(entries: entries, known: known).prefix(max(0, confusionLimit))),
            leeches: leeches(cards: cards, known: known))
    }

    // MARK: - Definitions

    /// The interval a Review card was given by its last review, in days (due − last review);
    /// its stability when the last review is unknown. Nil outside Review.
    public static func intervalDays(_ card: SchedulerCard) -> Double? {
        guard card.state == .review else { return nil }
        if let last = card.lastReview { return card.due.timeIntervalSince(last) / 86_400 }
        return card.stability
    }

    /// Whether a card is in Review with an interval of at least ``matureDays``.
    public static func isMature(_ card: SchedulerCard) -> Bool {
        (intervalDays(card) ?? 0) >= matureDays
    }

    /// Where a stored card stands; a missing or never-reviewed card is new.
    public static func stage(of record: CardRecord?) -> MasteryStage {
        guard let card = record?.card, !card.isNew else { return .new }
        switch card.state {
        case .learning, .relearning: return .learning
        case .review: return isMature(card) ? .mature : .young
        }
    }

    /// `New`, or the scheduler state's name.
    static func stateName(_ card: SchedulerCard?) -> String {
        guard let card, !card.isNew else { return "New" }
        return card.state.rawValue
    }

    /// The code a card id is about (`sip-486:code` → 486); nil for class cards.
    public static func code(of card: CardID) -> Int? {
        guard card.kind != .class, let dash = card.subject.firstIndex(of: "-") else { return nil }
        return Int(card.subject[card.subject.index(after: dash)...])
    }

    /// The code in a review's `given`, when it is one (`480`); nil for anything else.
    public static func givenCode(_ given: String?) -> Int? {
        guard let given, given.count == 3, given.allSatisfy(\.isASCII), let code = Int(given),
              (100...699).contains(code) else { return nil }
        return code
    }

    /// Whether a review's grade says the answer was wrong (`wrong`, or `wrong+override` when
    /// the learner changed the rating afterwards: the mix-up still happened).
    public static func isWrongAnswer(_ grade: String) -> Bool {
        grade.split(separator: "+", maxSplits: 1).first == "wrong"
    }
}

/// The decks' cards by id, and their entries by id, for look-ups.
struct KnownCards: Sendable {
    /// In catalogue order, deck after deck.
    let cards: [StudyCard]
    let byID: [String: StudyCard]
    let entries: [EntryID: Entry]
    let decks: [Deck]

    init(decks: [Deck]) {
        self.decks = decks
        var cards: [StudyCard] = []
        var byID: [String: StudyCard] = [:]
        var entries: [EntryID: Entry] = [:]
        for deck in decks {
            for card in CardCatalog.cards(in: deck) where byID[card.id.rawValue] == nil {
                cards.append(card)
                byID[card.id.rawValue] = card
            }
            for entry in deck.entries where entries[entry.id] == nil { entries[entry.id] = entry }
        }
        self.cards = cards
        self.byID = byID
        self.entries = entries
    }

    func entry(deck: DeckID, code: Int) -> Entry? {
        entries[EntryID.expected(deck: deck, code: code)]
    }

    /// The class's name from the first deck that describes it.
    func className(_ label: String) -> Bilingual? {
        decks.lazy.compactMap { $0.codeClass(label)?.name }.first
    }
}

/// Each log entry's calendar day, as an offset from today (0 today, −1 yesterday).
struct LogDays: Sendable {
    /// `offsets[i]` is entry `i`'s day.
    let offsets: [Int]
    /// Reviews per day offset.
    let counts: [Int: Int]

    init(entries: [ReviewRecord], days: StatsDays) {
        // Logs are in time order, so consecutive entries share a day: ask the calendar once
        // per day, not once per review (100,000 reviews make that matter).
        var cached: (range: Range<Date>, offset: Int)?
        var offsets: [Int] = []
        offsets.reserveCapacity(entries.count)
        var counts: [Int: Int] = [:]
        for entry in entries {
            let offset: Int
            if let cached, cached.range.contains(entry.at) {
                offset = cached.offset
            } else {
                offset = days.dayOffset(of: entry.at)
                if let interval = days.calendar.dateInterval(of: .day, for: entry.at) {
                    cached = (interval.start..<interval.end, offset)
                }
            }
            offsets.append(offset)
            counts[offset, default: 0] += 1
        }
        self.offsets = offsets
        self.counts = counts
    }
}
