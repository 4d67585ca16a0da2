import Foundation

/// Everything the scheduler needs besides the card: FSRS weights, retention, steps, limits.
///
/// Defaults are py-fsrs 6.3.2's (plus Anki's leech threshold). Call ``validate()`` on
/// anything that came from a user or a file; the scheduler itself assumes valid settings.
public struct SchedulerSettings: Equatable, Codable, Sendable {
    /// The 21 FSRS-6 weights `w[0] … w[20]`.
    public var parameters: [Double]
    /// The probability of recall the intervals aim for (0.70 … 0.97).
    public var desiredRetention: Double
    /// Delays, in seconds, between the learning steps of a new card.
    public var learningSteps: [TimeInterval]
    /// Delays, in seconds, between the relearning steps after a lapse.
    public var relearningSteps: [TimeInterval]
    /// The longest interval, in whole days, a Review card may be given.
    public var maximumInterval: Int
    /// Whether Review intervals of 3 days or more are spread by a seeded fuzz.
    public var enableFuzz: Bool
    /// Lapses at which a card becomes a leech (0 turns leech detection off).
    public var leechThreshold: Int

    /// Creates settings; every argument defaults to the standard value.
    public init(
        parameters: [Double] = SchedulerSettings.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzz: Bool = true,
        leechThreshold: Int = 8
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzz = enableFuzz
        self.leechThreshold = leechThreshold
    }

    /// The standard settings.
    public static let standard = SchedulerSettings()

    /// FSRS-6 default weights (identical in py-fsrs 6.3.2 and fsrs-rs).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The range py-fsrs accepts for each weight (it raises outside them).
    public static let parameterRanges: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,  // w0–w3: initial stability
        1...10,                                              // w4: initial difficulty base
        0.001...4, 0.001...4,                                // w5, w6: difficulty slopes
        0.001...0.75,                                        // w7: mean reversion
        0...4.5, 0...0.8, 0.001...3.5,                       // w8–w10: recall
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4,         // w11–w14: forgetting
        0...1, 1...6,                                        // w15: hard penalty, w16: easy bonus
        0...2, 0...2, 0...0.8,                               // w17–w19: short-term
        0.1...0.8,                                           // w20: forgetting-curve decay
    ]

    /// The desired retentions sipdrill accepts: outside it intervals get absurd.
    public static let retentionRange: ClosedRange<Double> = 0.70...0.97
}
