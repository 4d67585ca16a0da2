import Testing
@testable import SipdrillCore

/// A minimal valid deck, edited per test to plant one problem at a known line.
let validDeck = """
deck: demo
title: {en: Demo, zh: 演示}
classes:
  - class: 4xx
    name: {en: Request Failure, zh: 请求失败}
    description: {en: Failed here., zh: 在此失败。}
entries:
  - id: demo-486
    code: 486
    class: 4xx
    phrase: Busy Here
    zh: 此处忙
    status: current
    rfc: RFC 3261
    section: "21.4.24"
    aliases: {en: [Busy], zh: [这里忙]}
    senders: [uas]
    headers:
      - {name: Retry-After, need: may, why: {en: Retry later., zh: 稍后重试。}}
    meaning: {en: Busy at this device., zh: 这台设备忙。}
    use_when: {en: In a call., zh: 正在通话。}
    not_when: {en: Busy everywhere; use 600., zh: 处处都忙时用 600。}
    confusable:
      - {code: 480, rule: {en: Busy versus away., zh: 忙与不在。}}
    scenarios:
      - {en: Bob is on a call., zh: Bob 正在通话。}
      - {en: The line is in use., zh: 线路占用中。}
  - id: demo-480
    code: 480
    class: 4xx
    phrase: Temporarily Unavailable
    zh: 暂时不可用
    status: current
    rfc: RFC 3261
    section: "21.4.18"
    senders: [uas, proxy]
    headers: []
    meaning: {en: Not reachable now., zh: 现在联系不上。}
    use_when: {en: Logged out., zh: 已登出。}
    not_when: {en: Busy; use 486., zh: 忙时用 486。}
    confusable:
      - {code: 486, rule: {en: Away versus busy., zh: 不在与忙。}}
    scenarios:
      - {en: Bob logged out., zh: Bob 已登出。}
      - {en: Bob set do-not-disturb., zh: Bob 开启了免打扰。}

"""

func problems(_ text: String) -> [ContentProblem] {
    CatalogueLoader.load([.init(name: "demo.yaml", text: text)]).problems
}

/// Replaces the first occurrence of `old` (which must exist, or the test is wrong).
func planting(_ old: String, _ new: String, in text: String = validDeck) -> String {
    precondition(text.contains(old), "fixture does not contain \(old)")
    return text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old))
}

@Suite struct DeckParserTests {
    @Test func validDeckParsesCompletely() throws {
        let (decks, found) = CatalogueLoader.load([.init(name: "demo.yaml", text: validDeck)])
        #expect(found.isEmpty)
        let deck = try #require(decks.first)
        #expect(deck.id == DeckID("demo"))
        #expect(deck.entries.map(\.code) == [486, 480])
        let busy = try #require(deck.entry(code: 486))
        #expect(busy.phrase == "Busy Here")
        #expect(busy.zh == "此处忙")
        #expect(busy.headers == [HeaderField(name: "Retry-After", need: .may, why: Bilingual(en: "Retry later.", zh: "稍后重试。"))])
        #expect(busy.aliases == Entry.Aliases(en: ["Busy"], zh: ["这里忙"]))
        #expect(busy.confusableCodes == [480])
        #expect(busy.scenarios.count == 2)
        #expect(busy.senders == [.uas])
    }

    /// One planted problem per row: what to change, the line it must be reported at, the message.
    @Test(arguments: [
        ("    phrase: Busy Here\n", "", 8, "missing required field 'phrase'"),
        ("zh: 此处忙", "zh: Busy", 12, "'zh' should be Chinese text but has no Chinese characters"),
        ("use_when: {en: In a call., zh: 正在通话。}", "use_when: {en: In a call., zh: \"\"}", 21, "'use_when.zh' is empty"),
        ("status: current", "status: live", 13, "'status' is 'live'; expected one of: current, deprecated, historical, reserved, nonstandard"),
        ("senders: [uas]", "senders: [phone]", 17, "'senders' is 'phone'; expected one of: uas, proxy, registrar, redirect, gateway, origin, any"),
        ("need: may", "need: ought", 19, "'headers.need' is 'ought'; expected one of: must, should, may"),
        ("    class: 4xx\n    phrase: Busy", "    class: 5xx\n    phrase: Busy", 10, "code 486 is in class 4xx, not 5xx"),
        ("id: demo-486", "id: demo-468", 8, "id 'demo-468' should be 'demo-486'"),
        ("code: 480\n", "code: 486\n", 29, "duplicate code 486 (first at line 9)"),
        ("{code: 480, rule", "{code: 481, rule", 24, "confusable code 481 does not exist in this deck"),
        ("{code: 486, rule", "{code: 480, rule", 42, "entry 480 lists itself as confusable"),
        ("      - {en: The line is in use., zh: 线路占用中。}\n", "", 25, "1 scenario; a current code needs at least 2"),
        ("    rfc: RFC 3261\n", "    rfc: RFC 3261\n    colour: red\n", 15, "unknown field 'colour' (typo?)"),
        ("code: 486\n", "code: many\n", 9, "'code' must be a whole number"),
    ] as [(String, String, Int, String)])
    func plantedProblemIsReportedAtItsLine(old: String, new: String, line: Int, message: String) {
        let found = problems(planting(old, new))
        #expect(found.contains { $0.line == line && $0.message == message },
                "expected demo.yaml:\(line): \(message)\ngot:\n\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test func asymmetricConfusableIsReportedOnTheListingSide() {
        let text = planting("    confusable:\n      - {code: 486, rule: {en: Away versus busy., zh: 不在与忙。}}\n", "")
        #expect(problems(text).map(\.description) == ["demo.yaml:24: 486 lists 480 as confusable, but 480 does not list 486"])
    }

    @Test func yamlSyntaxErrorCarriesItsLine() {
        let found = problems(planting("phrase: Busy Here", "phrase: \"Busy Here"))
        #expect(found.count == 1)
        #expect(found.first?.line ?? 0 >= 11)
        #expect(found.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test func everyProblemInOneRun() {
        var text = planting("zh: 此处忙", "zh: Busy")
        text = planting("status: current", "status: live", in: text)
        text = planting("{code: 480, rule", "{code: 481, rule", in: text)
        // 42: 480 still lists 486, which no longer lists it back — also reported.
        #expect(problems(text).map(\.line) == [12, 13, 24, 42])
    }

    @Test func duplicateDeckAcrossFilesIsReported() {
        let found = CatalogueLoader.load([.init(name: "a.yaml", text: validDeck), .init(name: "b.yaml", text: validDeck)]).problems
        #expect(found.map(\.description) == ["b.yaml:1: deck 'demo' is also defined in a.yaml"])
    }
}

@Suite struct FoldedChineseTests {
    @Test func foldedChineseLinesJoinWithoutStraySpaces() throws {
        let text = planting("meaning: {en: Busy at this device., zh: 这台设备忙。}",
                            "meaning:\n      en: >-\n        Busy at this\n        device.\n      zh: >-\n        这台设备\n        正忙，请用 INVITE\n        重试。")
        let (decks, found) = CatalogueLoader.load([.init(name: "demo.yaml", text: text)])
        #expect(found.isEmpty)
        let meaning = try #require(decks.first?.entry(code: 486)?.meaning)
        #expect(meaning.en == "Busy at this device.")
        // Spaces next to Latin words stay; spaces between Chinese characters go.
        #expect(meaning.zh == "这台设备正忙，请用 INVITE 重试。")
    }
}
