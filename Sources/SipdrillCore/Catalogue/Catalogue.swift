/// All loaded decks, with look-ups by code and reference.
public struct Catalogue: Sendable {
    public private(set) var decks: [Deck]
    /// Numbers SIP and HTTP share (or only one has), with what differs.
    public var falseFriends: [FalseFriend]

    public init(decks: [Deck], falseFriends: [FalseFriend] = []) {
        self.decks = decks
        self.falseFriends = falseFriends
    }

    /// The false-friend entry for a number, if there is one.
    public func falseFriend(code: Int) -> FalseFriend? { falseFriends.first { $0.code == code } }

    /// Adds decks; a deck with the same id as a loaded one replaces it (a house edition).
    public mutating func merge(_ others: [Deck]) {
        for deck in others {
            if let index = decks.firstIndex(where: { $0.id == deck.id }) {
                decks[index] = deck
            } else {
                decks.append(deck)
            }
        }
    }

    public func deck(_ id: DeckID) -> Deck? { decks.first { $0.id == id } }

    public var deckIDs: [DeckID] { decks.map(\.id) }

    /// Every entry of every deck, deck by deck, in file order.
    public var entries: [Entry] { decks.flatMap(\.entries) }

    public func entry(deck: DeckID, code: Int) -> Entry? { self.deck(deck)?.entry(code: code) }

    /// Resolves `486`, `sip:486` or `http:404`; a bare code belongs to `defaultDeck`.
    public func resolve(_ reference: String, defaultDeck: DeckID) -> Result<Entry, LookupError> {
        let text = reference.trimmingWhitespace
        var deckID = defaultDeck
        var codeText = Substring(text)
        if let colon = text.firstIndex(of: ":") {
            deckID = DeckID(String(text[..<colon]).lowercased())
            codeText = text[text.index(after: colon)...]
        }
        guard let code = Int(codeText.normalizedDigits), (100...699).contains(code) else {
            return .failure(.notACode(reference))
        }
        guard let deck = deck(deckID) else {
            return .failure(.unknownDeck(deckID, known: deckIDs))
        }
        guard let entry = deck.entry(code: code) else {
            let near = deck.entries.map(\.code).sorted { abs($0 - code) < abs($1 - code) }.prefix(3).sorted()
            return .failure(.unknownCode(code, deck: deckID, nearest: Array(near)))
        }
        return .success(entry)
    }
}

/// Why a reference did not resolve to an entry.
public enum LookupError: Error, Equatable, Sendable, CustomStringConvertible {
    case notACode(String)
    case unknownDeck(DeckID, known: [DeckID])
    case unknownCode(Int, deck: DeckID, nearest: [Int])

    public var description: String {
        switch self {
        case .notACode(let text):
            "'\(text)' is not a status code (expected e.g. 486 or sip:486)"
        case .unknownDeck(let deck, let known):
            "no deck '\(deck)' (decks: \(known.map(\.rawValue).joined(separator: ", ")))"
        case .unknownCode(let code, let deck, let nearest):
            "\(deck) has no code \(code)" + (nearest.isEmpty ? "" : "; nearest: \(nearest.map(String.init).joined(separator: ", "))")
        }
    }
}
