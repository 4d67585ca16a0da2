import Foundation

/// The workbench behind `sipdrill replay FILE`: review sequences in, scheduled cards out.
///
/// Input: `{"desired_retention", "learning_steps_minutes", "relearning_steps_minutes",
/// "maximum_interval", "params", "cases": [{"id", "scheduler"?, "reviews": [{"rating",
/// "at"}]}]}`. Top-level settings are optional (standard values); a case's `scheduler`
/// object overrides any of them for that case; `params: null` means the FSRS-6 defaults.
/// Output: `{"cases": [{"id", "results": [{"state", "step", "stability", "difficulty",
/// "due"}]}]}`, one result per review, sorted keys, in the same text as the py-fsrs
/// fixture `replay-expected.json` so the two can be diffed. Fuzz is always off.
public enum Replay {
    /// Runs every case of a replay file and returns the results as JSON text (ending in a newline).
    public static func run(_ input: Data) throws(ReplayError) -> Data {
        let file: ReplayInput
        do {
            file = try JSONDecoder().decode(ReplayInput.self, from: input)
        } catch let error as DecodingError {
            throw describe(error, in: input)
        } catch {
            throw .badJSON(caseID: nil, review: nil, path: "", detail: "\(error)")
        }
        let output = try replay(file)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(output) + Data("\n".utf8)
        } catch {
            throw .unencodableOutput(detail: "\(error)")
        }
    }

    /// Runs decoded cases; stops at the first problem.
    static func replay(_ file: ReplayInput) throws(ReplayError) -> ReplayOutput {
        // Reference replays are deterministic: no fuzz, whatever the patches say.
        let base = file.settings.applied(to: SchedulerSettings(enableFuzz: false))
        var results: [ReplayCaseResult] = []
        results.reserveCapacity(file.cases.count)
        for replayCase in file.cases {
            let settings = replayCase.scheduler?.applied(to: base) ?? base
            let problems = settings.validate()
            guard problems.isEmpty else {
                throw .invalidSettings(caseID: replayCase.id, problems: problems)
            }
            let log = try reviewLog(of: replayCase)
            var cards: [ReplayResult] = []
            cards.reserveCapacity(log.count)
            let start = SchedulerCard.new(due: log.first?.at ?? Date(timeIntervalSince1970: 0))
            _ = Scheduler(settings: settings).rebuild(log, from: start, fuzzSeed: nil) { _, card in
                cards.append(ReplayResult(card))
            }
            results.append(ReplayCaseResult(id: replayCase.id, results: cards))
        }
        return ReplayOutput(cases: results)
    }

    /// A case's reviews as a checked log: ratings 1–4, valid times, never going back.
    static func reviewLog(of replayCase: ReplayCase) throws(ReplayError) -> [ReviewLogEntry] {
        var log: [ReviewLogEntry] = []
        log.reserveCapacity(replayCase.reviews.count)
        for (index, review) in replayCase.reviews.enumerated() {
            let number = index + 1
            guard let rating = Rating(rawValue: review.rating) else {
                throw .ratingOutOfRange(caseID: replayCase.id, review: number, rating: review.rating)
            }
            guard let at = UTCTimestamp.parse(review.at) else {
                throw .badTimestamp(caseID: replayCase.id, review: number, text: review.at)
            }
            if let previous = log.last?.at, at < previous {
                throw .timeWentBackwards(caseID: replayCase.id, review: number, at: at, previous: previous)
            }
            log.append(ReviewLogEntry(rating: rating, at: at))
        }
        return log
    }
}
