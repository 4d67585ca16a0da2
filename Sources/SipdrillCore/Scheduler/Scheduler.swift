import Foundation

/// The FSRS-6 scheduler: py-fsrs 6.3.2's `review_card` as a pure function of
/// (card, rating, time, settings, fuzz seed), plus the counters an app needs.
///
/// Make one per settings value and reuse it: it precomputes the model's constants.
/// Time is always passed in; nothing here reads the clock or a random source.
public struct Scheduler: Sendable {
    /// The settings this scheduler applies; assumed valid (see ``SchedulerSettings/validate()``).
    public let settings: SchedulerSettings
    /// The memory model for `settings.parameters`.
    public let model: FSRS
    /// `r^(1/decay) − 1` for the desired retention, computed once.
    private let retentionTerm: Double

    /// Seconds in the "day" of elapsed-days arithmetic: py-fsrs counts 24-hour periods.
    static let secondsPerDay: TimeInterval = 86_400

    /// Prepares a scheduler for `settings`.
    public init(settings: SchedulerSettings) {
        self.settings = settings
        self.model = FSRS(parameters: settings.parameters)
        self.retentionTerm = model.retentionTerm(desiredRetention: settings.desiredRetention)
    }

    /// Reviews `card` with `rating` at `now`. Fuzz applies only if the settings enable it
    /// *and* a `fuzzSeed` (see ``Fuzz/seed(cardID:)``) is given.
    public func review(
        _ card: SchedulerCard, rating: Rating, at now: Date, fuzzSeed: UInt64?
    ) -> ReviewOutcome {
        var next = card
        updateMemory(&next, rating: rating, at: now)

        switch nextStep(for: card, rating: rating) {
        case let .step(index, delay):
            // Learning stays Learning; Relearning stays Relearning; a lapse in Review
            // enters Relearning.
            next.state = card.state == .learning ? .learning : .relearning
            next.step = index
            next.due = now.addingTimeInterval(delay)
        case .review:
            next.state = .review
            next.step = nil
            var days = model.interval(stability: next.stability ?? FSRS.minimumStability,
                                      retentionTerm: retentionTerm,
                                      maximumInterval: settings.maximumInterval)
            if settings.enableFuzz, let fuzzSeed {
                days = Fuzz.apply(days: days,
                                  fraction: Fuzz.fraction(seed: fuzzSeed, reviewCount: card.reps),
                                  maximumInterval: settings.maximumInterval)
            }
            next.due = now.addingTimeInterval(Double(days) * Self.secondsPerDay)
        }

        next.lastReview = now
        next.reps = card.reps + 1
        var isLeechEvent = false
        if card.state == .review && rating == .again {
            next.lapses = card.lapses + 1
            isLeechEvent = Leech.isEvent(lapses: next.lapses, threshold: settings.leechThreshold)
            next.isLeech = card.isLeech || isLeechEvent
        }
        return ReviewOutcome(card: next, isLeechEvent: isLeechEvent)
    }

    /// The card each of the four ratings would produce, computed before the learner answers
    /// (for button labels like "good 3d"). Given the same seed, `review` applies exactly these.
    public func previews(_ card: SchedulerCard, at now: Date, fuzzSeed: UInt64?) -> [Rating: SchedulerCard] {
        var outcomes: [Rating: SchedulerCard] = [:]
        for rating in Rating.allCases {
            outcomes[rating] = review(card, rating: rating, at: now, fuzzSeed: fuzzSeed).card
        }
        return outcomes
    }

    /// Reviews `card` with `rating` at `now` under `settings` (see the instance method).
    public static func review(
        _ card: SchedulerCard, rating: Rating, at now: Date,
        settings: SchedulerSettings, fuzzSeed: UInt64?
    ) -> SchedulerCard {
        Scheduler(settings: settings).review(card, rating: rating, at: now, fuzzSeed: fuzzSeed).card
    }

    /// The four outcomes of answering `card` at `now` under `settings`.
    public static func previews(
        _ card: SchedulerCard, at now: Date, settings: SchedulerSettings, fuzzSeed: UInt64?
    ) -> [Rating: SchedulerCard] {
        Scheduler(settings: settings).previews(card, at: now, fuzzSeed: fuzzSeed)
    }

    // MARK: - Memory (§3)

    /// Updates S and D exactly as every arm of py-fsrs's `review_card` does: S from the
    /// old D first, then D.
    private func updateMemory(_ card: inout SchedulerCard, rating: Rating, at now: Date) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = model.initialStability(rating)
            card.difficulty = model.initialDifficulty(rating)
            return
        }
        let days = card.lastReview.map { Self.elapsedDays(from: $0, to: now) }
        if let days, days < 1 {
            card.stability = model.shortTermStability(stability, rating: rating)
        } else {
            // py-fsrs's get_card_retrievability: 0 with no last review, days floored at 0.
            let retrievability = days.map {
                model.retrievability(elapsedDays: max(0, $0), stability: stability)
            } ?? 0
            card.stability = model.nextStability(difficulty: difficulty, stability: stability,
                                                 retrievability: retrievability, rating: rating)
        }
        card.difficulty = model.nextDifficulty(difficulty, rating: rating)
    }

    /// Whole 24-hour periods from `start` to `end`, floored (Python's `timedelta.days`):
    /// 86 399 s is 0 days, 86 400 s is 1, −1 s is −1.
    static func elapsedDays(from start: Date, to end: Date) -> Double {
        (end.timeIntervalSince(start) / secondsPerDay).rounded(.down)
    }

    // MARK: - Steps and states (§4)

    /// Where a review sends the card: to a (re)learning step, or to Review.
    private enum NextStep {
        case step(index: Int, delay: TimeInterval)
        case review
    }

    private func nextStep(for card: SchedulerCard, rating: Rating) -> NextStep {
        // A missing or negative step (a hand-edited progress file) counts as the first.
        let step = max(card.step ?? 0, 0)
        switch card.state {
        case .learning:
            return Self.stepped(step: step, steps: settings.learningSteps, rating: rating)
        case .relearning:
            return Self.stepped(step: step, steps: settings.relearningSteps, rating: rating)
        case .review:
            // A lapse enters relearning; with no relearning steps the card stays in Review.
            if rating == .again, let first = settings.relearningSteps.first {
                return .step(index: 0, delay: first)
            }
            return .review
        }
    }

    /// py-fsrs's learning/relearning rules for one step list.
    private static func stepped(step: Int, steps: [TimeInterval], rating: Rating) -> NextStep {
        // Graduate if there are no steps, or the card was put on a step of a longer list
        // (the settings changed since) and was not failed.
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return .review
        }
        switch rating {
        case .again:
            return .step(index: 0, delay: steps[0])
        case .hard:
            // Hard repeats the step, with a delay between this step and the next.
            let delay: TimeInterval
            if step == 0 && steps.count == 1 {
                delay = steps[0] * 1.5
            } else if step == 0 {
                delay = (steps[0] + steps[1]) / 2.0
            } else {
                delay = steps[step]
            }
            return .step(index: step, delay: delay)
        case .good:
            // A new card rated Good skips the first step (that one is for after Again).
            return step + 1 == steps.count ? .review : .step(index: step + 1, delay: steps[step + 1])
        case .easy:
            return .review
        }
    }
}
