/// Where each part of a parsed deck came from, so later checks can point at a line.
public struct SourceLines: Equatable, Sendable {
    public var file: String
    /// Line of the `deck:` key (or 1).
    public var deck: Int = 1
    /// Per entry, in the deck's entry order.
    public var entries: [EntryLines] = []

    public struct EntryLines: Equatable, Sendable {
        public var start: Int
        public var code: Int
        public var codeClass: Int
        public var scenarios: Int
        /// One line per confusable, in order.
        public var confusables: [Int]
    }
}

/// A deck as read from a file, with the lines its parts came from.
public struct ParsedDeck: Sendable {
    public var deck: Deck
    public var lines: SourceLines
}
