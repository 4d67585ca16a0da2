import Foundation

/// Everything sipdrill knows about one learner: settings, every card's state, the review log.
public struct ProgressDocument: Equatable, Sendable {
    /// The file format this build writes. Older versions are migrated on load; newer ones are
    /// refused (a newer sipdrill may have stored things this one would lose).
    public static let currentVersion = 1

    public var version: Int = ProgressDocument.currentVersion
    public var settings = ProgressSettings()
    public var cards: [String: CardRecord] = [:]
    public var log = ReviewLog()
    /// Answers given outside the schedule (drills, party games).
    public var practice: [PracticeRecord] = []
    /// Every exam attempt, oldest first.
    public var exams: [ExamAttempt] = []
    /// The last journal entry folded into this document (see `JournalEntry`).
    public var journalSeq = 0
    /// The card states before each review added since loading, newest last, so undo restores
    /// exactly what was there (not persisted: undo reaches back only into this session).
    var statesBeforeAppended: [CardRecord?] = []

    public init() {}

    /// Applies one answered review: the log grows, the card takes its new state.
    public mutating func apply(_ review: ReviewRecord, card: CardRecord) {
        statesBeforeAppended.append(cards[review.card])
        log.append(review)
        cards[review.card] = card
    }

    /// Takes cards out of the schedule (or puts them back); a card never seen is recorded as
    /// new so that it stays out when it would come up.
    public mutating func setSuspended(_ suspended: Bool, cards ids: [String]) {
        for id in ids {
            var record = cards[id] ?? CardRecord(card: .new(due: Date(timeIntervalSince1970: 0)))
            record.suspended = suspended
            cards[id] = record
        }
    }

    /// Card ids in the file that the catalogue no longer has: kept, never dropped, and
    /// reported so a content edit that renamed an id can be noticed.
    public func orphanedCardIDs(known: Set<String>) -> [String] {
        cards.keys.filter { !known.contains($0) }.sorted()
    }
}
