import Foundation

/// One profile's data for the team report.
public struct TeamProfile: Sendable {
    public var profile: String
    public var cards: [String: CardRecord]
    public var entries: [ReviewRecord]
    /// The settings the profile studies with (to replay its log for true retention).
    public var settings: SchedulerSettings
    /// The best exam score, 0…1, when exams exist.
    public var bestExamScore: Double?

    public init(profile: String, cards: [String: CardRecord], entries: [ReviewRecord],
                settings: SchedulerSettings = .standard, bestExamScore: Double? = nil) {
        self.profile = profile
        self.cards = cards
        self.entries = entries
        self.settings = settings
        self.bestExamScore = bestExamScore
    }

    public init(profile: String, document: ProgressDocument, entries: [ReviewRecord], bestExamScore: Double? = nil) {
        self.init(profile: profile, cards: document.cards, entries: entries, settings: document.settings.scheduler,
                  bestExamScore: bestExamScore)
    }
}

/// The onboarding report over several profiles: how far each person is, and which codes the
/// team finds hardest — what the next onboarding session should cover.
public struct TeamReport: Codable, Equatable, Sendable {
    @UTCTime public var generatedAt: Date
    public var timeZone: String
    /// In the order the profiles were given.
    public var members: [MemberSummary]
    /// Hardest first: most lapses, then lowest true retention.
    public var weakestCodes: [CodeWeakness]

    public init(generatedAt: Date, timeZone: String, members: [MemberSummary], weakestCodes: [CodeWeakness]) {
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.members = members
        self.weakestCodes = weakestCodes
    }

    enum CodingKeys: String, CodingKey {
        case generatedAt = "generated_at", timeZone = "time_zone", members, weakestCodes = "weakest_codes"
    }

    /// Days of true retention in a member's summary.
    public static let retentionDays = 30
    /// How many weak codes the report keeps by default.
    public static let defaultWeakestLimit = 10

    /// Builds the report. Cards count when the decks yield them (as in ``StatsCalculator``).
    public static func build(profiles: [TeamProfile], decks: [Deck], now: Date, calendar: Calendar,
                             weakestLimit: Int = defaultWeakestLimit) -> TeamReport {
        let days = StatsDays(calendar: calendar, now: now)
        let known = KnownCards(decks: decks)
        var members: [MemberSummary] = []
        var tallies: [CodeKey: CodeTally] = [:]
        for profile in profiles {
            let log = LogDays(entries: profile.entries, days: days)
            let timeline = ReviewTimeline(entries: profile.entries, settings: profile.settings)
            let retention = StatsCalculator.retentionWindow(days: retentionDays, timeline: timeline, log: log)
            var seen = 0
            var mature = 0
            for card in known.cards {
                let stage = StatsCalculator.stage(of: profile.cards[card.id.rawValue])
                if stage != .new { seen += 1 }
                if stage == .mature { mature += 1 }
                guard let code = card.code, let record = profile.cards[card.id.rawValue] else { continue }
                let key = CodeKey(deck: card.deck, code: code)
                var tally = tallies[key] ?? CodeTally()
                tally.lapses += record.card.lapses
                if record.card.lapses > 0 { tally.lapsedBy.insert(profile.profile) }
                if record.card.isLeech { tally.leeches += 1 }
                tallies[key] = tally
            }
            for step in timeline.steps {
                guard let before = step.before, before.state == .review,
                      let card = known.byID[step.review.card], let code = card.code else { continue }
                let key = CodeKey(deck: card.deck, code: code)
                var tally = tallies[key] ?? CodeTally()
                tally.retention = tally.retention.adding(passed: step.review.rating.isPass)
                tallies[key] = tally
            }
            let last = profile.entries.map(\.at).max()
            members.append(MemberSummary(
                profile: profile.profile, cardsSeen: seen, matureCards: mature,
                trueRetention: retention.all, lastActive: last, lastActiveDay: last.map(days.label),
                bestExamScore: profile.bestExamScore))
        }
        let weakest = tallies.filter { $0.value.lapses > 0 || $0.value.retention.passed < $0.value.retention.reviews }
            .map { key, tally in
                CodeWeakness(deck: key.deck, code: key.code,
                             name: known.entry(deck: key.deck, code: key.code).map(StatsCalculator.names),
                             lapses: tally.lapses, membersLapsed: tally.lapsedBy.count, leeches: tally.leeches,
                             trueRetention: tally.retention)
            }
            .sorted(by: CodeWeakness.harderFirst)
        return TeamReport(generatedAt: now, timeZone: calendar.timeZone.identifier, members: members,
                          weakestCodes: Array(weakest.prefix(max(0, weakestLimit))))
    }

    /// Builds the report from (profile, document, log, best exam score) tuples.
    public static func build(_ profiles: [(profile: String, document: ProgressDocument, entries: [ReviewRecord],
                                           bestExamScore: Double?)],
                             decks: [Deck], now: Date, calendar: Calendar,
                             weakestLimit: Int = defaultWeakestLimit) -> TeamReport {
        build(profiles: profiles.map { TeamProfile(profile: $0.profile, document: $0.document, entries: $0.entries,
                                                   bestExamScore: $0.bestExamScore) },
              decks: decks, now: now, calendar: calendar, weakestLimit: weakestLimit)
    }

    private struct CodeKey: Hashable { let deck: DeckID; let code: Int }

    private struct CodeTally {
        var lapses = 0
        var lapsedBy: Set<String> = []
        var leeches = 0
        var retention = PassCount.zero
    }
}

/// One person's progress.
public struct MemberSummary: Codable, Equatable, Sendable {
    public var profile: String
    /// Cards of the decks reviewed at least once.
    public var cardsSeen: Int
    public var matureCards: Int
    /// `matureCards / cardsSeen`: how much of what the person has met is solid; nil before any.
    public var matureShare: Double?
    /// True retention over the last ``TeamReport/retentionDays`` calendar days (young and mature).
    public var trueRetention: PassCount
    /// The newest review; nil for someone who never studied.
    @OptionalUTCTime public var lastActive: Date?
    /// That review's calendar day (`2025-03-14`) in the report's time zone.
    public var lastActiveDay: String?
    /// 0…1; nil until exams exist or the person took none.
    public var bestExamScore: Double?

    public init(profile: String, cardsSeen: Int, matureCards: Int, trueRetention: PassCount, lastActive: Date?,
                lastActiveDay: String?, bestExamScore: Double?) {
        self.profile = profile
        self.cardsSeen = cardsSeen
        self.matureCards = matureCards
        self.matureShare = cardsSeen > 0 ? Double(matureCards) / Double(cardsSeen) : nil
        self.trueRetention = trueRetention
        self.lastActive = lastActive
        self.lastActiveDay = lastActiveDay
        self.bestExamScore = bestExamScore
    }

    enum CodingKeys: String, CodingKey {
        case profile, cardsSeen = "cards_seen", matureCards = "mature_cards", matureShare = "mature_share"
        case trueRetention = "true_retention_30d", lastActive = "last_active", lastActiveDay = "last_active_day"
        case bestExamScore = "best_exam_score"
    }
}

/// A code the team struggles with, over every member's cards of it.
public struct CodeWeakness: Codable, Equatable, Sendable {
    public var deck: DeckID
    public var code: Int
    public var name: Bilingual?
    /// Lapses of the code's cards, added over the members.
    public var lapses: Int
    /// How many members lapsed on it at least once.
    public var membersLapsed: Int
    /// The code's cards flagged as leeches, over the members.
    public var leeches: Int
    /// True retention of its cards over the whole log, all members together.
    public var trueRetention: PassCount

    public init(deck: DeckID, code: Int, name: Bilingual?, lapses: Int, membersLapsed: Int, leeches: Int,
                trueRetention: PassCount) {
        self.deck = deck
        self.code = code
        self.name = name
        self.lapses = lapses
        self.membersLapsed = membersLapsed
        self.leeches = leeches
        self.trueRetention = trueRetention
    }

    enum CodingKeys: String, CodingKey {
        case deck, code, name, lapses, membersLapsed = "members_lapsed", leeches, trueRetention = "true_retention"
    }

    /// Most lapses first; then lowest retention (a code never tested in Review last); then code.
    static func harderFirst(_ a: CodeWeakness, _ b: CodeWeakness) -> Bool {
        if a.lapses != b.lapses { return a.lapses > b.lapses }
        let ra = a.trueRetention.rate ?? 2
        let rb = b.trueRetention.rate ?? 2
        if ra != rb { return ra < rb }
        return a.deck != b.deck ? a.deck < b.deck : a.code < b.code
    }
}
