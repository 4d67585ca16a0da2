import Foundation
import Testing
@testable import SipdrillCore

@Suite("UTC timestamps")
struct UTCTimestampTests {
    @Test("round trips", arguments: [
        ("2024-03-01T09:00:00Z", 1_709_283_600.0),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("2000-03-01T00:00:00Z", 951_868_800),
        ("2024-03-01T09:01:07.5Z", 1_709_283_667.5),
        ("2124-01-01T00:00:00.25Z", 4_859_740_800.25),
    ])
    func roundTrip(text: String, seconds: Double) throws {
        let date = try #require(UTCTimestamp.parse(text))
        #expect(date.timeIntervalSince1970 == seconds)
        #expect(UTCTimestamp.format(date) == text)
    }

    @Test("offsets convert to UTC; extra fraction digits are read")
    func offsets() {
        #expect(UTCTimestamp.parse("2024-03-01T10:30:00+01:30") == UTCTimestamp.parse("2024-03-01T09:00:00Z"))
        #expect(UTCTimestamp.parse("2024-03-01T04:00:00-05:00") == UTCTimestamp.parse("2024-03-01T09:00:00Z"))
        #expect(UTCTimestamp.parse("2024-03-01T09:00:00.000000Z") == UTCTimestamp.parse("2024-03-01T09:00:00Z"))
        #expect(UTCTimestamp.format(Date(timeIntervalSince1970: 0.000_001)) == "1970-01-01T00:00:00.000001Z")
    }

    @Test("rejects what is not a timestamp", arguments: [
        "", "yesterday", "2024-03-01", "2024-03-01T09:00:00", "2024-03-01 09:00:00Z",
        "2024-02-30T09:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-03-01T24:00:00Z",
        "2024-03-01T09:60:00Z", "2024-03-01T09:00:60Z", "2024-03-01T09:00:00.Z", "2024-03-01T09:00:00Zjunk",
        "2024-3-01T09:00:00Z", "2024-03-01T09:00:00+0100",
    ])
    func rejects(text: String) {
        #expect(UTCTimestamp.parse(text) == nil)
    }
}
