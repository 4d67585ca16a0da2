/// One response code of a deck, with everything a learner needs to know about it.
public struct Entry: Codable, Equatable, Sendable {
    public var deck: DeckID
    public var id: EntryID
    public var code: Int
    /// The class label, `1xx` … `6xx`.
    public var codeClass: String
    /// The registered reason phrase.
    public var phrase: String
    /// The standard Chinese name.
    public var zh: String
    public var status: EntryStatus
    public var rfc: String
    public var section: String
    public var aliases: Aliases
    public var senders: [Sender]
    public var headers: [HeaderField]
    public var meaning: Bilingual
    public var useWhen: Bilingual
    public var notWhen: Bilingual
    public var confusable: [Confusable]
    public var scenarios: [Bilingual]
    public var note: Bilingual?

    /// Other accepted answers for the phrase, per language.
    public struct Aliases: Codable, Equatable, Sendable {
        public var en: [String]
        public var zh: [String]
        public init(en: [String] = [], zh: [String] = []) {
            self.en = en
            self.zh = zh
        }
    }

    public init(deck: DeckID, id: EntryID, code: Int, codeClass: String, phrase: String, zh: String,
                status: EntryStatus, rfc: String, section: String, aliases: Aliases, senders: [Sender],
                headers: [HeaderField], meaning: Bilingual, useWhen: Bilingual, notWhen: Bilingual,
                confusable: [Confusable], scenarios: [Bilingual], note: Bilingual?) {
        self.deck = deck
        self.id = id
        self.code = code
        self.codeClass = codeClass
        self.phrase = phrase
        self.zh = zh
        self.status = status
        self.rfc = rfc
        self.section = section
        self.aliases = aliases
        self.senders = senders
        self.headers = headers
        self.meaning = meaning
        self.useWhen = useWhen
        self.notWhen = notWhen
        self.confusable = confusable
        self.scenarios = scenarios
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case deck, id, code, phrase, zh, status, rfc, section, aliases, senders, headers, meaning
        case codeClass = "class", useWhen = "use_when", notWhen = "not_when"
        case confusable, scenarios, note
    }

    /// The name in one language: the reason phrase or the Chinese name.
    public func name(_ language: Language) -> String {
        language == .en ? phrase : zh
    }

    /// The codes listed as confusable, in order.
    public var confusableCodes: [Int] { confusable.map(\.code) }

    /// `sip:486` — unambiguous across decks.
    public var reference: String { "\(deck.rawValue):\(code)" }
}
