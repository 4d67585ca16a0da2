import Foundation
import SipdrillCore

/// JSON for `--json`: sorted keys and stable shapes, for scripts.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One entry as `--json` shows it. The keys `deck`, `id`, `code`, `phrase`, `zh`, `class`,
/// `status`, `rfc`, `headers` (names) and `confusable_with` (codes) are a promise to scripts.
struct EntryJSON: Encodable {
    let deck: String
    let id: String
    let code: Int
    let phrase: String
    let zh: String
    let `class`: String
    let status: String
    let rfc: String
    let section: String
    let headers: [String]
    let confusable_with: [Int]
    let aliases: Entry.Aliases
    let senders: [String]
    let meaning: Bilingual
    let use_when: Bilingual
    let not_when: Bilingual
    let header_fields: [HeaderField]
    let confusables: [ConfusableJSON]
    let note: Bilingual?
    let score: Int?

    struct ConfusableJSON: Encodable {
        let code: Int
        let phrase: String?
        let zh: String?
        let rule: Bilingual
    }

    init(_ entry: Entry, in catalogue: Catalogue, score: Int? = nil) {
        deck = entry.deck.rawValue
        id = entry.id.rawValue
        code = entry.code
        phrase = entry.phrase
        zh = entry.zh
        `class` = entry.codeClass
        status = entry.status.rawValue
        rfc = entry.rfc
        section = entry.section
        headers = entry.headers.map(\.name)
        confusable_with = entry.confusableCodes
        aliases = entry.aliases
        senders = entry.senders.map(\.rawValue)
        meaning = entry.meaning
        use_when = entry.useWhen
        not_when = entry.notWhen
        header_fields = entry.headers
        confusables = entry.confusable.map { item in
            let other = catalogue.entry(deck: entry.deck, code: item.code)
            return ConfusableJSON(code: item.code, phrase: other?.phrase, zh: other?.zh, rule: item.rule)
        }
        note = entry.note
        self.score = score
    }
}
