import Foundation
import Testing
@testable import SipdrillCore

/// The real SIP deck, read from `content/sip.yaml` relative to this file, and a small
/// hand-made deck whose distractor answers can be worked out by hand.
enum StudyFixture {
    static let sipText: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../content/sip.yaml").standardizedFileURL
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static let sipLoad = CatalogueLoader.load([.init(name: "sip.yaml", text: sipText)])

    /// The real deck (an empty one if the file could not be read; `realDeckLoads` says so).
    static let deck: Deck = sipLoad.decks.first
        ?? Deck(id: .sip, title: Bilingual(en: "", zh: ""), classes: [], entries: [])

    static let cards = CardCatalog.cards(in: deck)

    static func card(_ raw: String) -> StudyCard? {
        cards.first { $0.id.rawValue == raw }
    }

    /// The question for a card id of the real deck.
    static func question(_ raw: String, seed: UInt64 = 1, language: LanguageChoice = .en) throws -> Question {
        let found = try #require(Self.card(raw), "no card \(raw)")
        var generator = SeededGenerator(seed: seed)
        return try QuestionMaker.make(card: found, deck: deck, language: language, generator: &generator)
    }

    // MARK: - A small deck

    struct MiniEntry {
        var code: Int
        var phrase: String
        var status = "current"
        var confusable: [Int] = []
    }

    static let miniEntries: [MiniEntry] = [
        MiniEntry(code: 180, phrase: "Ringing"),
        MiniEntry(code: 200, phrase: "OK", confusable: [202]),
        MiniEntry(code: 202, phrase: "Accepted", status: "deprecated", confusable: [200]),
        MiniEntry(code: 400, phrase: "Bad Request", confusable: [411]),
        MiniEntry(code: 409, phrase: "Conflict", status: "historical"),
        MiniEntry(code: 411, phrase: "Length Required", status: "historical", confusable: [400]),
        MiniEntry(code: 480, phrase: "Temporarily Unavailable", confusable: [486]),
        MiniEntry(code: 486, phrase: "Busy Here", confusable: [600, 603, 480, 487]),
        MiniEntry(code: 487, phrase: "Request Terminated", confusable: [486]),
        MiniEntry(code: 499, phrase: "Client Closed", status: "nonstandard"),
        MiniEntry(code: 600, phrase: "Busy Everywhere", confusable: [486]),
        MiniEntry(code: 603, phrase: "Decline", confusable: [486]),
        MiniEntry(code: 604, phrase: "Does Not Exist Anywhere"),
    ]

    static let miniText: String = {
        var text = """
        deck: mini
        title: {en: Mini, zh: 小}
        classes:

        """
        for label in ["1xx", "2xx", "4xx", "6xx"] {
            text += "  - {class: \(label), name: {en: N\(label), zh: 名\(label)}, description: {en: D\(label), zh: 述\(label)}}\n"
        }
        text += "entries:\n"
        for entry in miniEntries {
            let confusable = entry.confusable.isEmpty ? " []" : "\n" + entry.confusable.map {
                "      - {code: \($0), rule: {en: rule \(entry.code)-\($0), zh: 规则 \(entry.code)-\($0)}}"
            }.joined(separator: "\n")
            text += """
              - id: mini-\(entry.code)
                code: \(entry.code)
                class: \(entry.code / 100)xx
                phrase: \(entry.phrase)
                zh: 名\(entry.code)
                status: \(entry.status)
                rfc: RFC 3261
                section: "1"
                aliases: {en: [], zh: []}
                senders: [uas]
                headers: []
                meaning: {en: meaning \(entry.code), zh: 含义 \(entry.code)}
                use_when: {en: use, zh: 用}
                not_when: {en: not, zh: 不}
                confusable:\(confusable)
                scenarios:
                  - {en: scenario one of \(entry.code), zh: 情景一 \(entry.code)}
                  - {en: scenario two of \(entry.code), zh: 情景二 \(entry.code)}

            """
        }
        return text
    }()

    static let mini: Deck = CatalogueLoader.load([.init(name: "mini.yaml", text: miniText)]).decks.first
        ?? Deck(id: DeckID("mini"), title: Bilingual(en: "", zh: ""), classes: [], entries: [])

    static func miniEntry(_ code: Int) throws -> Entry {
        try #require(mini.entry(code: code), "mini deck has no \(code)")
    }
}
