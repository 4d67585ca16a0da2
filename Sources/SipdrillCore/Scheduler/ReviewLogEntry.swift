import Foundation

/// One answered review: the input from which a card's whole schedule can be rebuilt.
public struct ReviewLogEntry: Equatable, Codable, Sendable {
    /// The rating the learner gave.
    public var rating: Rating
    /// When the review happened.
    public var at: Date

    /// Creates a log entry.
    public init(rating: Rating, at: Date) {
        self.rating = rating
        self.at = at
    }
}
