import Foundation

/// One answered question in the review log — the source of truth states are rebuilt from.
public struct ReviewRecord: Equatable, Codable, Sendable {
    /// Card id, e.g. `sip-486:phrase`.
    public var card: String
    public var rating: Rating
    public var at: Date
    /// Time to answer, in milliseconds.
    public var ms: Int
    /// How the answer was graded: `correct`, `typo`, `hint`, `wrong`, `override` … (free text
    /// so new grading outcomes need no format change).
    public var grade: String
    /// The answer given when it was a wrong code — the confusion log reads it.
    public var given: String?

    public init(card: String, rating: Rating, at: Date, ms: Int, grade: String, given: String? = nil) {
        self.card = card
        self.rating = rating
        self.at = at
        self.ms = ms
        self.grade = grade
        self.given = given
    }
}
