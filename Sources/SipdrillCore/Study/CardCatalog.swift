/// Which cards a deck yields, in the order a learner meets them.
///
/// The order is stable for a given deck, so "the next ten new cards" means the same cards on
/// every machine, and adding an entry inserts its cards without moving anyone's progress
/// (progress keys on card ids, never on positions).
public enum CardCatalog {
    /// SIP codes an engineer meets daily: taught first, in this order.
    public static let commonSIPCodes = [100, 180, 183, 200, 401, 403, 404, 407, 408,
                                        480, 486, 487, 488, 500, 503, 603]

    /// A class card comes right after this many codes of its class (or after all of them if
    /// the class has fewer): by then the learner has examples to hang the class's meaning on.
    public static let classCardAfterCodes = 3

    /// Entries that get a headers card although no header is a MUST, because the header is
    /// the point of the code (503's Retry-After decides what the client does next).
    public static let extraHeaderCards: Set<EntryID> = [EntryID("sip-503")]

    /// HTTP codes a web engineer meets daily: taught first in the HTTP deck.
    public static let commonHTTPCodes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 429,
                                         500, 502, 503, 504]

    /// The codes taught first for a deck (none for house decks).
    public static func commonCodes(for deck: DeckID) -> [Int] {
        switch deck.rawValue {
        case "sip": commonSIPCodes
        case "http": commonHTTPCodes
        default: []
        }
    }

    /// Whether an entry is quizzed at all: historical and nonstandard codes never are.
    public static func isQuizzable(_ entry: Entry) -> Bool {
        switch entry.status {
        case .current, .deprecated: true
        case .historical, .reserved, .nonstandard: false
        }
    }

    /// The header fields a headers card asks for, with their strength: every MUST field; for an
    /// entry in ``extraHeaderCards`` without one, the strongest fields it has. Nil: no card.
    public static func askedHeaders(for entry: Entry) -> (need: HeaderNeed, fields: [HeaderField])? {
        let must = entry.headers.filter { $0.need == .must }
        if !must.isEmpty { return (.must, must) }
        guard extraHeaderCards.contains(entry.id), let strongest = entry.headers.map(\.need).min() else {
            return nil
        }
        return (strongest, entry.headers.filter { $0.need == strongest })
    }

    /// The kinds of card an entry yields, in teaching order; empty when it is not quizzable.
    public static func kinds(for entry: Entry) -> [CardKind] {
        guard isQuizzable(entry) else { return [] }
        var kinds: [CardKind] = [.phrase, .code, .meaning]
        if !entry.scenarios.isEmpty { kinds.append(.scenario) }
        if askedHeaders(for: entry) != nil { kinds.append(.headers) }
        return kinds
    }

    /// Every quizzable card of `deck`: the common codes first (in the list's order), then the
    /// rest by code; within a code phrase, code, meaning, scenario, headers; each class card
    /// after the first ``classCardAfterCodes`` codes of its class in that order.
    public static func cards(in deck: Deck, commonCodes: [Int]? = nil) -> [StudyCard] {
        let quizzable = deck.entries.filter(isQuizzable)
        let common = commonCodes ?? self.commonCodes(for: deck.id)
        let commonEntries = common.compactMap { code in quizzable.first { $0.code == code } }
        let commonSet = Set(commonEntries.map(\.code))
        let ordered = commonEntries + quizzable.filter { !commonSet.contains($0.code) }.sorted { $0.code < $1.code }

        var remaining: [String: Int] = [:]   // codes of each class still to come
        for entry in ordered { remaining[entry.codeClass, default: 0] += 1 }
        var seen: [String: Int] = [:]
        var placed: Set<String> = []
        let described = Set(deck.classes.map(\.label))

        var cards: [StudyCard] = []
        for entry in ordered {
            for kind in kinds(for: entry) {
                cards.append(StudyCard(id: CardID(entry: entry.id, kind: kind),
                                       code: entry.code, classLabel: entry.codeClass))
            }
            seen[entry.codeClass, default: 0] += 1
            let total = remaining[entry.codeClass] ?? 0
            if seen[entry.codeClass] == min(classCardAfterCodes, total), described.contains(entry.codeClass) {
                cards.append(classCard(deck: deck.id, label: entry.codeClass))
                placed.insert(entry.codeClass)
            }
        }
        // A described class with no quizzable code still gets its card, at the end.
        for codeClass in deck.classes where !placed.contains(codeClass.label) {
            cards.append(classCard(deck: deck.id, label: codeClass.label))
        }
        return cards
    }

    private static func classCard(deck: DeckID, label: String) -> StudyCard {
        StudyCard(id: CardID.forClass(deck: deck, label: label), code: nil, classLabel: label)
    }
}
