import Foundation

/// A change recorded in the append-only journal beside the progress file. Each answer is one
/// small fsync'd line, so saving costs the same with 10 or 100,000 reviews in the log.
public enum JournalEvent: Equatable, Sendable {
    /// An answered question: the log entry and the card's state after (and before, for undo).
    case review(ReviewRecord, after: CardRecord, before: CardRecord?)
    /// Takes back the newest review.
    case undo
    /// An answer outside the schedule (drill, party).
    case practice(PracticeRecord)
}

extension JournalEvent: Codable {
    enum CodingKeys: String, CodingKey { case type, review, after, before, practice }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "review":
            self = .review(try c.decode(ReviewRecord.self, forKey: .review),
                           after: try c.decode(CardRecord.self, forKey: .after),
                           before: try c.decodeIfPresent(CardRecord.self, forKey: .before))
        case "undo":
            self = .undo
        case "practice":
            self = .practice(try c.decode(PracticeRecord.self, forKey: .practice))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .review(let review, let after, let before):
            try c.encode("review", forKey: .type)
            try c.encode(review, forKey: .review)
            try c.encode(after, forKey: .after)
            try c.encodeIfPresent(before, forKey: .before)
        case .undo:
            try c.encode("undo", forKey: .type)
        case .practice(let record):
            try c.encode("practice", forKey: .type)
            try c.encode(record, forKey: .practice)
        }
    }
}

/// A journal line: an event and its sequence number. Numbers keep rising for the life of the
/// profile and the progress file records the last one folded in (`journal_seq`), so a journal
/// left behind by a crash between "file replaced" and "journal removed" is not applied twice.
public struct JournalEntry: Equatable, Sendable, Codable {
    public var n: Int
    public var event: JournalEvent

    public init(n: Int, event: JournalEvent) {
        self.n = n
        self.event = event
    }

    enum CodingKeys: String, CodingKey { case n }

    public init(from decoder: any Decoder) throws {
        n = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .n)
        event = try JournalEvent(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try event.encode(to: encoder)
    }
}

/// Journal lines: one JSON object each, newline-terminated.
public enum JournalCodec {
    public static func encode(_ entry: JournalEntry) -> [UInt8] {
        Array(try! ProgressCoding.compactEncoder.encode(entry)) + [10]
    }

    /// The events of a journal. A last line without its newline is a write cut off by a crash:
    /// it is dropped and counted (`torn`), never an error. A damaged complete line is.
    public static func decode(_ bytes: [UInt8]) throws(ProgressError) -> (entries: [JournalEntry], torn: Int) {
        var events: [JournalEntry] = []
        var start = 0
        var line = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 10) else {
                return (events, 1)
            }
            line += 1
            let slice = bytes[start..<newline]
            start = newline + 1
            if slice.allSatisfy({ $0 == 32 }) { continue }
            do {
                events.append(try ProgressCoding.decoder.decode(JournalEntry.self, from: Data(slice)))
            } catch {
                throw .badJournalLine(line: line, detail: ProgressCoding.describe(error))
            }
        }
        return (events, 0)
    }
}

extension ProgressDocument {
    /// Replays journal entries newer than the file's `journal_seq`; returns how many applied.
    @discardableResult
    public mutating func replay(_ entries: [JournalEntry]) throws(ProgressError) -> Int {
        var applied = 0
        for entry in entries where entry.n > journalSeq {
            try apply(entry.event)
            journalSeq = entry.n
            applied += 1
        }
        return applied
    }

    /// Replays one journal event onto the document.
    public mutating func apply(_ event: JournalEvent) throws(ProgressError) {
        switch event {
        case .review(let review, let after, _):
            apply(review, card: after)
        case .undo:
            try undoLast()
        case .practice(let record):
            practice.append(record)
        }
    }

    /// Takes back the newest review: its log entry goes, its card returns to the state before.
    /// Returns the review taken back.
    @discardableResult
    public mutating func undoLast() throws(ProgressError) -> ReviewRecord? {
        let fromThisSession = !log.appended.isEmpty
        guard let removed = try log.removeLast() else { return nil }
        if fromThisSession, let before = statesBeforeAppended.popLast() {
            cards[removed.card] = before
        } else {
            // Without the saved state, rebuild the card from its remaining log entries.
            let remaining = try log.entries().filter { $0.card == removed.card }
            if remaining.isEmpty {
                cards[removed.card] = nil
            } else {
                let scheduler = Scheduler(settings: settings.scheduler)
                var card = SchedulerCard.new(due: remaining[0].at)
                let seed = Fuzz.seed(cardID: removed.card)
                for entry in remaining {
                    card = scheduler.review(card, rating: entry.rating, at: entry.at, fuzzSeed: seed).card
                }
                cards[removed.card] = CardRecord(card: card, suspended: cards[removed.card]?.suspended ?? false)
            }
        }
        return removed
    }
}
