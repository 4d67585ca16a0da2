/// "Same number, which protocol?": a number and what it means in one protocol; the learner
/// says which protocol that is.
public struct FalseFriendQuestion: Equatable, Sendable {
    public enum Side: String, CaseIterable, Sendable {
        case sip, http
        public var label: String { self == .sip ? "SIP" : "HTTP" }
    }

    public var friend: FalseFriend
    /// The protocol whose meaning is shown (the right answer).
    public var answer: Side
    public var meaning: Bilingual

    /// A card id for the practice log: `ff-408:protocol`.
    public var cardID: String { "ff-\(friend.code):protocol" }

    /// Picks which side to show (only one exists for sip-only / http-only numbers).
    public static func make(_ friend: FalseFriend, generator: inout some RandomNumberGenerator) -> FalseFriendQuestion {
        var sides: [(Side, Bilingual)] = []
        if let sip = friend.sip { sides.append((.sip, sip)) }
        if let http = friend.http { sides.append((.http, http)) }
        let (side, meaning) = sides[DeterministicRandom.index(below: sides.count, using: &generator)]
        return FalseFriendQuestion(friend: friend, answer: side, meaning: meaning)
    }

    /// `sip`, `http`, `a` (SIP), `b` (HTTP), `1`, `2`, in any case or width.
    public static func parseAnswer(_ text: String) -> Side? {
        switch text.foldingFullWidth.trimmingWhitespace.lowercased() {
        case "sip", "a", "1": .sip
        case "http", "b", "2": .http
        default: nil
        }
    }
}
