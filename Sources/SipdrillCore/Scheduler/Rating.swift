/// The learner's answer to a review, with FSRS's grade numbers as raw values.
///
/// The raw values are the `G` of the FSRS formulas (several of them use `G − 3` or
/// `G − 1` directly), and they are what the review log stores, so they must not change.
public enum Rating: Int, CaseIterable, Comparable, Codable, Sendable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// The FSRS grade `G` as a `Double`, for the formulas.
    var grade: Double { Double(rawValue) }

    /// Whether this rating counts as a successful recall (Hard, Good, Easy).
    public var isPass: Bool { self != .again }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
