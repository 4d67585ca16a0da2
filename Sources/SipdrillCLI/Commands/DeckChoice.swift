import SipdrillCore

/// `--deck sip|http|all` for the session commands (default: the session's deck).
enum DeckChoice {
    static func decks(_ name: String?, context: Context) throws -> [Deck] {
        let wanted = name?.lowercased() ?? context.deck.rawValue
        if wanted == "all" { return context.catalogue.decks }
        guard let deck = context.catalogue.deck(DeckID(wanted)) else {
            throw CLIError.lookup(.unknownDeck(DeckID(wanted), known: context.catalogue.deckIDs))
        }
        return [deck]
    }
}
