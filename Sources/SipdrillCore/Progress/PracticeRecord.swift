import Foundation

/// An answer given outside the schedule (a drill, a party game): kept for the statistics,
/// never fed to FSRS.
public struct PracticeRecord: Equatable, Codable, Sendable {
    public var at: Date
    public var card: String
    public var correct: Bool
    public var given: String?
    /// `drill` or `party`.
    public var mode: String

    public init(at: Date, card: String, correct: Bool, given: String?, mode: String) {
        self.at = at
        self.card = card
        self.correct = correct
        self.given = given
        self.mode = mode
    }
}
