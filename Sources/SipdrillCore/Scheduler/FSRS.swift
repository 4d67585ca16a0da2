import Foundation

/// The FSRS-6 memory model for one set of weights: py-fsrs 6.3.2's formulas, term for term.
///
/// Each function keeps py-fsrs's order of floating-point operations and computes `e^x`
/// as `pow(e, x)` like Python's `math.e ** x`, so results match the reference bit for bit
/// on the same libm (the tests still allow a relative 1e-9). Constants that py-fsrs
/// recomputes on every call are computed once here; they are the same numbers.
public struct FSRS: Equatable, Sendable {
    /// Python's `math.e`; `pow(e, x)` rather than `exp(x)` keeps py-fsrs's last bits.
    static let e = 2.718281828459045
    /// Stability never drops below this (py-fsrs `STABILITY_MIN`).
    public static let minimumStability = 0.001
    /// Difficulty is kept in this range.
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// The 21 weights `w[0] … w[20]`.
    public let w: [Double]
    /// The forgetting curve's exponent, `−w20`.
    public let decay: Double
    /// `0.9^(1/decay) − 1`, chosen so that R(S, S) = 0.9 whatever the decay.
    public let factor: Double
    /// `e^w8`, the scale of stability growth after a recall.
    private let recallScale: Double
    /// `e^(w17·w18)`: a lapse leaves at most S divided by this.
    private let forgetDivisor: Double
    /// Easy's initial difficulty *before* clamping, the target of mean reversion.
    private let meanReversionTarget: Double

    /// Prepares the model; `parameters` must hold 21 weights (see ``SchedulerSettings/validate()``).
    public init(parameters: [Double]) {
        precondition(parameters.count == 21, "FSRS-6 needs 21 weights, got \(parameters.count)")
        w = parameters
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        recallScale = pow(Self.e, parameters[8])
        forgetDivisor = pow(Self.e, parameters[17] * parameters[18])
        meanReversionTarget = parameters[4] - pow(Self.e, parameters[5] * 3) + 1
    }

    /// Probability of recall after `elapsedDays` whole days at stability `stability`.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// S0: the stability after a card's first review.
    public func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// D0: the difficulty after a card's first review (unclamped only for mean reversion).
    public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
        let raw = w[4] - pow(Self.e, w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(raw) : raw
    }

    /// The difficulty after any review but the first: a damped step, then mean reversion.
    public func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -(w[6] * Double(rating.rawValue - 3))
        // Linear damping: the closer D is to 10, the smaller the step up.
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w[7] * meanReversionTarget + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    /// Stability after a review less than one whole day after the previous one.
    public func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.e, w[17] * (Double(rating.rawValue - 3) + w[18]))
            * pow(stability, -w[19])
        // A same-day pass never lowers S (Hard included since FSRS-6 / fsrs-rs #376).
        if rating.isPass { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    /// Stability after a review at least one whole day later, recalled with `retrievability`.
    public func nextStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability,
                              retrievability: retrievability)
            : recallStability(difficulty: difficulty, stability: stability,
                              retrievability: retrievability, rating: rating)
        return max(next, Self.minimumStability)
    }

    /// S_r: stability after a successful recall (Hard, Good or Easy), before the floor.
    public func recallStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1
            + recallScale
            * (11 - difficulty)
            * pow(stability, -w[9])
            * (pow(Self.e, (1 - retrievability) * w[10]) - 1)
            * hardPenalty
            * easyBonus)
    }

    /// S_f: stability after a lapse, before the floor; never above the old S.
    public func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w[11]
            * pow(difficulty, -w[12])
            * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        // FSRS-5/6 bound: a lapse must not raise stability.
        let shortTerm = stability / forgetDivisor
        return min(longTerm, shortTerm)
    }

    /// `r^(1/decay) − 1`: the part of the interval formula that depends only on retention.
    public func retentionTerm(desiredRetention: Double) -> Double {
        pow(desiredRetention, 1 / decay) - 1
    }

    /// The whole-day interval for `stability` (half-to-even rounding, at least 1, at most the cap).
    public func interval(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
        interval(stability: stability, retentionTerm: retentionTerm(desiredRetention: desiredRetention),
                 maximumInterval: maximumInterval)
    }

    /// ``interval(stability:desiredRetention:maximumInterval:)`` with the retention term precomputed.
    func interval(stability: Double, retentionTerm: Double, maximumInterval: Int) -> Int {
        let raw = (stability / factor) * retentionTerm
        // Python's round() rounds halves to even (2.5 → 2); Anki rounds them away from zero.
        let days = raw.rounded(.toNearestOrEven)
        // Written so NaN lands on 1 instead of trapping in Int().
        guard days >= 1 else { return 1 }
        return days < Double(maximumInterval) ? Int(days) : maximumInterval
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
