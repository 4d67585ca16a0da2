/// Which cards a drill or an exam draws from: classes (`4xx`), codes (`486`), ranges
/// (`480-489`), a confusable group, question kinds, or an explicit set of card ids.
public struct CardSelection: Equatable, Sendable {
    public var classes: Set<String> = []
    public var codes: Set<Int> = []
    public var ranges: [ClosedRange<Int>] = []
    /// `--confusables 486`: the code and everything it is confused with.
    public var confusableGroup: Int?
    public var kinds: Set<CardKind> = []
    /// Cards picked by history (`--wrong`, `--leeches`, `--worst N`, `--retry-wrong`).
    public var cardIDs: Set<CardID>?

    public init() {}

    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case notASelection(String)
        public var description: String {
            switch self {
            case .notASelection(let word):
                "'\(word)' is not a class (4xx), a code (486) or a range (480-489)"
            }
        }
    }

    /// Reads `4xx`, `4`, `486`, `４８６` and `480-489` words.
    public static func parse(_ words: [String]) throws(ParseError) -> CardSelection {
        var selection = CardSelection()
        for raw in words {
            let word = raw.normalizedDigits.lowercased()
            if word.count == 3, word.hasSuffix("xx"), let digit = Int(word.prefix(1)), (1...6).contains(digit) {
                selection.classes.insert(word)
            } else if let code = Int(word), (100...699).contains(code) {
                selection.codes.insert(code)
            } else if let dash = word.firstIndex(of: "-"), let low = Int(word[..<dash]),
                      let high = Int(word[word.index(after: dash)...]), low <= high, (100...699).contains(low),
                      (100...699).contains(high) {
                selection.ranges.append(low...high)
            } else {
                throw .notASelection(raw)
            }
        }
        return selection
    }

    /// True when nothing narrows the choice of codes (kinds may still be narrowed).
    public var selectsAllCodes: Bool {
        classes.isEmpty && codes.isEmpty && ranges.isEmpty && confusableGroup == nil && cardIDs == nil
    }

    /// The quizzable cards of `deck` this selection picks, in catalogue order.
    public func cards(in deck: Deck) -> [StudyCard] {
        var groupCodes: Set<Int> = []
        if let code = confusableGroup, let entry = deck.entry(code: code) {
            groupCodes = Set([code] + entry.confusableCodes)
        }
        return CardCatalog.cards(in: deck).filter { card in
            if !kinds.isEmpty, !kinds.contains(card.kind) { return false }
            if let ids = cardIDs, !ids.contains(card.id) { return false }
            if classes.isEmpty, codes.isEmpty, ranges.isEmpty, confusableGroup == nil { return true }
            if classes.contains(card.classLabel) { return true }
            guard let code = card.code else { return false }
            return codes.contains(code) || groupCodes.contains(code) || ranges.contains { $0.contains(code) }
        }
    }
}
