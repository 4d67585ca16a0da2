import Foundation

/// Why `sipdrill replay` could not run a file; each case names where in the input it is.
///
/// Review numbers count from 1, as a person reading the file would.
public enum ReplayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is not JSON, or a value has the wrong shape. `path` is like
    /// `cases[0].reviews[2].rating`; the case id and review are filled in when known.
    case badJSON(caseID: String?, review: Int?, path: String, detail: String)
    /// A rating other than 1–4.
    case ratingOutOfRange(caseID: String, review: Int, rating: Int)
    /// An `at` that is not an ISO-8601 timestamp.
    case badTimestamp(caseID: String, review: Int, text: String)
    /// A review earlier than the one before it.
    case timeWentBackwards(caseID: String, review: Int, at: Date, previous: Date)
    /// The settings in force for a case are not usable (every problem is listed).
    case invalidSettings(caseID: String, problems: [SchedulerSettingsError])
    /// The results could not be written as JSON (a non-finite number).
    case unencodableOutput(detail: String)

    /// The problem for the user, e.g. `case "a", review 3: rating 5 is outside 1–4`.
    public var description: String {
        switch self {
        case let .badJSON(caseID, review, path, detail):
            let location = path.isEmpty ? "" : " at \(path)"
            return Self.prefix(caseID, review) + "bad JSON\(location): \(detail)"
        case let .ratingOutOfRange(caseID, review, rating):
            return Self.prefix(caseID, review) + "rating \(rating) is outside 1–4"
        case let .badTimestamp(caseID, review, text):
            return Self.prefix(caseID, review)
                + "time \"\(text)\" is not an ISO-8601 time like 2024-03-01T09:00:00Z"
        case let .timeWentBackwards(caseID, review, at, previous):
            return Self.prefix(caseID, review) + "time \(UTCTimestamp.format(at)) is before "
                + "the previous review at \(UTCTimestamp.format(previous))"
        case let .invalidSettings(caseID, problems):
            return Self.prefix(caseID, nil) + problems.map(\.description).joined(separator: "; ")
        case let .unencodableOutput(detail):
            return "cannot write the results as JSON: \(detail)"
        }
    }

    private static func prefix(_ caseID: String?, _ review: Int?) -> String {
        switch (caseID, review) {
        case let (caseID?, review?): return "case \"\(caseID)\", review \(review): "
        case let (caseID?, nil): return "case \"\(caseID)\": "
        case let (nil, review?): return "review \(review): "
        case (nil, nil): return ""
        }
    }
}
