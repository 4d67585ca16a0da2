/// One deck: the codes of one protocol, parsed from one content file.
public struct Deck: Codable, Equatable, Sendable {
    public var id: DeckID
    public var title: Bilingual
    public var classes: [CodeClass]
    public var entries: [Entry]

    public init(id: DeckID, title: Bilingual, classes: [CodeClass], entries: [Entry]) {
        self.id = id
        self.title = title
        self.classes = classes
        self.entries = entries
    }

    /// The entry for a code, if the deck has one.
    public func entry(code: Int) -> Entry? { entries.first { $0.code == code } }

    /// The class description for a label such as `4xx`.
    public func codeClass(_ label: String) -> CodeClass? { classes.first { $0.label == label } }
}
