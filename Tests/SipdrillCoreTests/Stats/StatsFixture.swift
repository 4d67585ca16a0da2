import Foundation
import Testing
@testable import SipdrillCore

/// A small SIP deck made in code and three learners' progress files
/// (`Fixtures/stats/*.json`) whose every figure is worked out by hand in the tests.
///
/// The moment is Friday 2025-03-14 15:00 UTC; weeks start on Monday.
enum StatsFixture {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture Fixtures/stats/\(name).json is missing from the test bundle" }
    }

    static func date(_ text: String) -> Date {
        guard let date = UTCTimestamp.parse(text) else { fatalError("bad fixture time \(text)") }
        return date
    }

    static let now = date("2025-03-14T15:00:00Z")

    /// Gregorian, UTC, weeks from Monday.
    static let utc: Calendar = calendar(zone: "UTC")

    static func calendar(zone: String, firstWeekday: Int = 2) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        calendar.firstWeekday = firstWeekday
        return calendar
    }

    // MARK: - The deck

    /// Nine codes; 180, 200, 404, 480, 486 and 603 have a scenario; 405 has a MUST header.
    /// Its 38 cards: 1xx 8, 2xx 5, 4xx 20, 6xx 5; phrase 9, code 9, meaning 9, scenario 6,
    /// headers 1, class 4.
    static let deck: Deck = {
        func entry(_ code: Int, _ phrase: String, _ zh: String, scenario: Bool = true,
                   headers: [HeaderField] = []) -> Entry {
            Entry(deck: .sip, id: EntryID("sip-\(code)"), code: code, codeClass: CodeClass.label(for: code),
                  phrase: phrase, zh: zh, status: .current, rfc: "RFC 3261", section: "21",
                  aliases: Entry.Aliases(), senders: [.uas], headers: headers,
                  meaning: Bilingual(en: "\(phrase).", zh: "\(zh)。"),
                  useWhen: Bilingual(en: "", zh: ""), notWhen: Bilingual(en: "", zh: ""),
                  confusable: [],
                  scenarios: scenario ? [Bilingual(en: "A situation for \(code).", zh: "\(code) 的场景。")] : [],
                  note: nil)
        }
        let allow = HeaderField(name: "Allow", need: .must, why: Bilingual(en: "lists methods", zh: "列出方法"))
        return Deck(
            id: .sip, title: Bilingual(en: "SIP", zh: "SIP"),
            classes: [
                CodeClass(label: "1xx", name: Bilingual(en: "Provisional", zh: "临时响应"),
                          description: Bilingual(en: "", zh: "")),
                CodeClass(label: "2xx", name: Bilingual(en: "Success", zh: "成功"),
                          description: Bilingual(en: "", zh: "")),
                CodeClass(label: "4xx", name: Bilingual(en: "Client Failure", zh: "客户端错误"),
                          description: Bilingual(en: "", zh: "")),
                CodeClass(label: "6xx", name: Bilingual(en: "Global Failure", zh: "全局失败"),
                          description: Bilingual(en: "", zh: "")),
            ],
            entries: [
                entry(100, "Trying", "正在尝试", scenario: false),
                entry(180, "Ringing", "正在振铃"),
                entry(200, "OK", "成功"),
                entry(404, "Not Found", "未找到"),
                entry(405, "Method Not Allowed", "方法不允许", scenario: false, headers: [allow]),
                entry(480, "Temporarily Unavailable", "暂时不可用"),
                entry(486, "Busy Here", "此处忙"),
                entry(487, "Request Terminated", "请求已终止", scenario: false),
                entry(603, "Decline", "拒绝"),
            ])
    }()

    // MARK: - Progress files

    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/stats")
        else { throw Missing(name: name) }
        return try Data(contentsOf: url)
    }

    /// A profile's document (through the real progress codec) and its log.
    static func profile(_ name: String) throws -> (document: ProgressDocument, entries: [ReviewRecord]) {
        let document = try ProgressCodec.decode(Array(try data(name)))
        return (document, try document.log.entries())
    }

    /// Alice's report at the fixture moment.
    static func aliceReport(forecastDays: Int = 14, calendar: Calendar = utc) throws -> StatsReport {
        let alice = try profile("alice")
        return StatsCalculator.report(document: alice.document, entries: alice.entries, decks: [deck], now: now,
                                      calendar: calendar, forecastDays: forecastDays)
    }

    /// Every line of `lines` is at most `width` columns once escapes are removed.
    static func expectFits(_ lines: [String], width: Int = 80, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            #expect(ANSIColour.visibleWidth(line) <= width, "\(ANSIColour.visibleWidth(line)) columns: \(line)",
                    sourceLocation: sourceLocation)
        }
    }
}
