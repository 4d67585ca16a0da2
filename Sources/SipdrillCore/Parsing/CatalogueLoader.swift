/// Builds a catalogue from deck files' texts, collecting every problem in every file.
public enum CatalogueLoader {
    /// A content file: its display name (used in messages) and its text.
    public struct Source: Sendable {
        public var name: String
        public var text: String
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// Parses and validates all sources. Decks with problems are still returned (best effort),
    /// so a caller can decide whether to use them; `problems` empty means the content is valid.
    public static func load(_ sources: [Source]) -> (decks: [Deck], problems: [ContentProblem]) {
        let result = loadCatalogue(sources, against: [])
        return (result.decks, result.problems)
    }

    /// Everything in the sources: decks, the false-friends list (checked against `others`
    /// plus the decks found here), and every problem.
    public static func loadCatalogue(_ sources: [Source], against others: [Deck])
        -> (decks: [Deck], falseFriends: [FalseFriend], problems: [ContentProblem]) {
        var decks: [Deck] = []
        var problems: [ContentProblem] = []
        var fileOfDeck: [DeckID: String] = [:]
        let friendSources = sources.filter { FalseFriendsParser.isFalseFriendsFile($0.text) }
        for source in sources where !FalseFriendsParser.isFalseFriendsFile(source.text) {
            let (parsed, found) = DeckParser.parse(source.text, file: source.name)
            problems += found
            guard let parsed else { continue }
            problems += DeckValidator.problems(in: parsed)
            if let other = fileOfDeck[parsed.deck.id] {
                problems.append(ContentProblem(file: source.name, line: parsed.lines.deck,
                                               kind: .duplicateDeck(parsed.deck.id, otherFile: other)))
                continue
            }
            fileOfDeck[parsed.deck.id] = source.name
            decks.append(parsed.deck)
        }
        var falseFriends: [FalseFriend] = []
        var known = others
        for deck in decks { known.removeAll { $0.id == deck.id }; known.append(deck) }
        for source in friendSources {
            let (found, friendProblems) = FalseFriendsParser.parse(source.text, file: source.name, decks: known)
            falseFriends += found
            problems += friendProblems
        }
        // File order as given, then line order, so the list reads top to bottom like the files.
        let order = Dictionary(sources.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = problems.enumerated().sorted { a, b in
            let (fa, fb) = (order[a.element.file] ?? 0, order[b.element.file] ?? 0)
            if fa != fb { return fa < fb }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            return a.offset < b.offset
        }.map(\.element)
        return (decks, falseFriends, sorted)
    }
}
