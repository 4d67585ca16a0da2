import Foundation
import Testing
@testable import SipdrillCore

/// `stats --json` and `card --json`: snake_case keys, timestamps as UTC text, round trips.
@Suite struct StatsJSONTests {
    static func object(_ value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func reportKeysAndValues() throws {
        let report = try StatsFixture.aliceReport()
        let json = try Self.object(report)
        #expect(Set(json.keys) == ["generated_at", "time_zone", "today", "streak", "totals", "forecast", "activity",
                                   "true_retention", "mastery", "confusions", "leeches"])
        #expect(json["generated_at"] as? String == "2025-03-14T15:00:00Z")
        let today = try #require(json["today"] as? [String: Any])
        #expect(Set(today.keys) == ["date", "reviews", "passed", "accuracy", "time_ms", "new_cards"])
        #expect(today["time_ms"] as? Int == 80_000)
        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["studied_today"] as? Bool == true)
        let forecast = try #require(json["forecast"] as? [String: Any])
        #expect(forecast["due_now"] as? Int == 5)
        #expect((forecast["days"] as? [[String: Any]])?.first?["date"] as? String == "2025-03-14")
        let activity = try #require(json["activity"] as? [String: Any])
        #expect(activity["first_weekday"] as? Int == 2)
        #expect(activity["active_days"] as? Int == 13)
        let retention = try #require(json["true_retention"] as? [String: Any])
        let month = try #require(retention["month"] as? [String: Any])
        #expect((month["mature"] as? [String: Any])?["rate"] as? Double == 0.5)
        let mastery = try #require(json["mastery"] as? [String: Any])
        #expect(Set(mastery.keys) == ["by_class", "by_kind", "total"])
        let firstClass = try #require((mastery["by_class"] as? [[String: Any]])?.first)
        #expect(firstClass["key"] as? String == "1xx")
        #expect((firstClass["name"] as? [String: Any])?["zh"] as? String == "临时响应")
        let confusion = try #require((json["confusions"] as? [[String: Any]])?.first)
        #expect(Set(confusion.keys) == ["deck", "expected", "given", "count", "expected_name", "given_name"])
        let leech = try #require((json["leeches"] as? [[String: Any]])?.first)
        #expect(leech["class"] as? String == "4xx")
        #expect(leech["card"] as? String == "sip-486:code")
    }

    @Test func reportRoundTrips() throws {
        for report in [try StatsFixture.aliceReport(), try StatsFixture.aliceReport(forecastDays: 30)] {
            let data = try JSONEncoder().encode(report)
            #expect(try JSONDecoder().decode(StatsReport.self, from: data) == report)
        }
    }

    @Test func cardDetailJSON() throws {
        let alice = try StatsFixture.profile("alice")
        let details = StatsCalculator.cardDetails(code: 486, deck: StatsFixture.deck, document: alice.document,
                                                  entries: alice.entries, now: StatsFixture.now)
        let phrase = try Self.object(details[0])
        #expect(phrase["due"] as? String == "2025-05-25T09:00:00Z")
        #expect(phrase["last_review"] as? String == "2025-03-14T09:00:00Z")
        #expect(phrase["interval_days"] as? Double == 72)
        #expect(phrase["leech"] as? Bool == false)
        let history = try #require(phrase["history"] as? [[String: Any]])
        #expect(history.first?["at"] as? String == "2024-12-01T10:00:00Z")
        #expect(history.first?["state_before"] as? String == "New")
        #expect(history.first?["rating"] as? Int == 4)

        let new = StatsCalculator.cardDetails(code: 487, deck: StatsFixture.deck, document: alice.document,
                                              entries: alice.entries, now: StatsFixture.now)[0]
        let newJSON = try Self.object(new)
        #expect(newJSON["due"] == nil && newJSON["last_review"] == nil)   // left out, like other nils
        #expect(newJSON["state"] as? String == "New")

        let data = try JSONEncoder().encode(details + [new])
        #expect(try JSONDecoder().decode([CardDetail].self, from: data) == details + [new])
    }

    @Test func badTimestampIsRefused() throws {
        let json = #"{"at":"yesterday","rating":3,"grade":"correct","ms":1,"state_before":"New"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CardReview.self, from: Data(json.utf8)) }
    }
}
