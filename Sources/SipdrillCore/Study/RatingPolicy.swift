import Foundation

/// Turns a graded answer into the FSRS rating, so the learner never has to rate themselves.
public enum RatingPolicy {
    /// Wrong or empty → Again; right after a hint or with a tolerated typo → Hard; right →
    /// Good; right without help in under the kind's threshold → Easy. An elapsed time that is
    /// not a finite non-negative number (a clock jump) never earns Easy.
    public static func rating(for outcome: GradeOutcome, elapsed: TimeInterval, hintUsed: Bool,
                              kind: CardKind, thresholds: AnswerTimeThresholds = .standard) -> Rating {
        switch outcome {
        case .wrong, .empty:
            return .again
        case .acceptedWithTypo:
            return .hard
        case .correct:
            if hintUsed { return .hard }
            let quick = elapsed.isFinite && elapsed >= 0 && elapsed < thresholds.seconds(for: kind)
            return quick ? .easy : .good
        }
    }

    /// The rating for a ``Grade`` (see ``rating(for:elapsed:hintUsed:kind:thresholds:)``).
    public static func rating(for grade: Grade, elapsed: TimeInterval, hintUsed: Bool,
                              kind: CardKind, thresholds: AnswerTimeThresholds = .standard) -> Rating {
        rating(for: grade.outcome, elapsed: elapsed, hintUsed: hintUsed, kind: kind, thresholds: thresholds)
    }
}
