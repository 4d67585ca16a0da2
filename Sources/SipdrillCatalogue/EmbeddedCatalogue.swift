import SipdrillCore

/// The catalogue compiled into the binary from `content/` at build time.
public enum EmbeddedCatalogue {
    /// Fingerprint of the content files the binary was built from.
    public static var contentVersion: String { GeneratedCatalogue.contentVersion }

    /// The built-in decks. Valid by construction: the build fails on content problems.
    public static func decks() -> [Deck] { GeneratedCatalogue.decks() }

    /// The SIP–HTTP false friends (content/false-friends.yaml).
    public static func falseFriends() -> [FalseFriend] { GeneratedCatalogue.falseFriends() }
}
