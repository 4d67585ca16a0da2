/// A number that SIP and HTTP both use (or only one of them does), with what differs: the
/// subject of `compare sip:N http:N` and `drill --false-friends`.
public struct FalseFriend: Codable, Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case meaning, phrase, redirect, usage
        case sipOnly = "sip-only", httpOnly = "http-only"
    }

    public var code: Int
    public var kind: Kind
    /// What the number means in SIP (nil for HTTP-only numbers).
    public var sip: Bilingual?
    /// What the number means in HTTP (nil for SIP-only numbers).
    public var http: Bilingual?
    /// The one line that tells the two apart.
    public var difference: Bilingual

    public init(code: Int, kind: Kind, sip: Bilingual?, http: Bilingual?, difference: Bilingual) {
        self.code = code
        self.kind = kind
        self.sip = sip
        self.http = http
        self.difference = difference
    }

    public static let sipDeck = DeckID("sip")
    public static let httpDeck = DeckID("http")
}
