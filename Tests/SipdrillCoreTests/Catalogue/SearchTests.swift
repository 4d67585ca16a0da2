import Testing
@testable import SipdrillCore

@Suite struct SearchTests {
    func entry(_ code: Int, _ phrase: String, _ zh: String, meaning: String = "m", meaningZh: String = "义",
               aliases: [String] = [], status: EntryStatus = .current) -> Entry {
        let text = Bilingual(en: "x", zh: "x")
        return Entry(deck: .sip, id: EntryID("sip-\(code)"), code: code, codeClass: CodeClass.label(for: code),
                     phrase: phrase, zh: zh, status: status, rfc: "RFC 3261", section: "1",
                     aliases: .init(en: aliases), senders: [.uas], headers: [],
                     meaning: Bilingual(en: meaning, zh: meaningZh), useWhen: text, notWhen: text,
                     confusable: [], scenarios: [], note: nil)
    }

    var entries: [Entry] {
        [
            entry(401, "Unauthorized", "未授权", meaning: "The UAS or registrar wants credentials."),
            entry(407, "Proxy Authentication Required", "需要代理鉴权", meaning: "A proxy wants credentials first."),
            entry(486, "Busy Here", "此处忙", meaning: "The callee is busy at this device.", meaningZh: "被叫在这台设备上忙。"),
            entry(600, "Busy Everywhere", "全忙", meaning: "Busy at every device.", meaningZh: "所有设备都忙。"),
            entry(480, "Temporarily Unavailable", "暂时不可用", meaning: "Not busy, just away."),
            entry(483, "Too Many Hops", "跳数过多", meaning: "Max-Forwards reached zero at a proxy."),
        ]
    }

    func codes(_ query: String) -> [Int] { CatalogueSearch.search(query, in: entries).map(\.entry.code) }

    @Test func phraseMatchesBeatMeaningMatches() {
        // 480's meaning mentions "busy"; names that say busy come first.
        #expect(codes("busy") == [486, 600, 480])
    }

    @Test func chineseNameMatchesBeatChineseMeaning() {
        #expect(codes("忙") == [600, 486])
    }

    @Test func everyWordMustMatchAndPrefixesCount() {
        #expect(codes("proxy auth") == [407])
        #expect(codes("busy everywhere") == [600])
    }

    @Test func exactPhraseRanksFirst() {
        #expect(codes("busy here").first == 486)
        #expect(codes("BUSY-HERE").first == 486)
    }

    @Test func codeNumberFindsItsEntry() {
        #expect(codes("483") == [483])
    }

    @Test func nothingMatchesNonsense() {
        #expect(codes("zebra").isEmpty)
        #expect(codes("   ").isEmpty)
    }
}
