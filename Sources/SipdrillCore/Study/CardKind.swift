/// What a card asks. The raw values are part of every card id (`sip-486:phrase`) and so of
/// every progress file: they must never change.
public enum CardKind: String, CaseIterable, Codable, Sendable {
    /// Code → reason phrase or Chinese name ("486 ?" → "Busy Here").
    case phrase
    /// Name → code ("Busy Here" / "此处忙" → 486).
    case code
    /// One-line meaning → code.
    case meaning
    /// A situation → code, typed or chosen from four.
    case scenario
    /// Code → the header field its response must carry.
    case headers
    /// A class's meaning → its label (`4xx`).
    case `class`

    /// Whether the expected answer is a status code (typed, or picked from choices).
    public var answersWithCode: Bool {
        switch self {
        case .code, .meaning, .scenario: true
        case .phrase, .headers, .class: false
        }
    }
}
