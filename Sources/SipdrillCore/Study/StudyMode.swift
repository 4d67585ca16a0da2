/// What a session is for.
public enum StudyMode: Codable, Equatable, Sendable {
    /// Due reviews, then new cards up to the daily limit.
    case study
    /// `n` new cards now, whatever the daily limit (the learner asked for them); no reviews.
    case learn(Int)
    /// Due reviews only.
    case review
}
