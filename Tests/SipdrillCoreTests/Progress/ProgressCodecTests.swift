import Foundation
import Testing
@testable import SipdrillCore

/// Helpers that build small documents with real scheduler states.
enum ProgressSamples {
    static let start = UTCTimestamp.parse("2026-01-05T09:00:00Z")!

    static func review(_ card: String, _ rating: Rating, minutes: Double, grade: String = "correct",
                       given: String? = nil) -> ReviewRecord {
        ReviewRecord(card: card, rating: rating, at: start.addingTimeInterval(minutes * 60), ms: 4200,
                     grade: grade, given: given)
    }

    /// A document with `count` reviews spread over a few cards, states computed by the scheduler.
    static func document(reviews count: Int) -> ProgressDocument {
        var document = ProgressDocument()
        let scheduler = Scheduler(settings: document.settings.scheduler)
        let ids = ["sip-486:phrase", "sip-486:code", "sip-603:scenario", "sip-401:headers"]
        for index in 0..<count {
            let id = ids[index % ids.count]
            let record = review(id, Rating(rawValue: index % 4 + 1)!, minutes: Double(index) * 90,
                                grade: index % 4 == 0 ? "wrong" : "correct", given: index % 4 == 0 ? "600" : nil)
            let before = document.cards[id]?.card ?? .new(due: record.at)
            let after = scheduler.review(before, rating: record.rating, at: record.at, fuzzSeed: Fuzz.seed(cardID: id)).card
            document.apply(record, card: CardRecord(card: after))
        }
        return document
    }
}

@Suite struct ProgressCodecTests {
    @Test func roundTripKeepsEverything() throws {
        var document = ProgressSamples.document(reviews: 9)
        document.settings.desiredRetention = 0.85
        document.settings.dailyNewLimit = 15
        document.cards["sip-486:code"]?.suspended = true
        let bytes = try ProgressCodec.encode(document)
        let decoded = try ProgressCodec.decode(bytes)
        #expect(decoded.settings == document.settings)
        #expect(decoded.cards == document.cards)
        #expect(try decoded.log.entries() == document.log.entries())
        #expect(decoded.log.count == 9)
        // Saving again copies the stored log bytes: the file is byte-for-byte stable.
        #expect(try ProgressCodec.encode(decoded) == bytes)
    }

    @Test func fileIsPlainJSONWithTheLogLast() throws {
        let bytes = try ProgressCodec.encode(ProgressSamples.document(reviews: 3))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect((object["log"] as? [[String: Any]])?.count == 3)
        #expect((object["log"] as? [[String: Any]])?.first?["card"] as? String == "sip-486:phrase")
        #expect((object["cards"] as? [String: Any])?.count == 3)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"desired_retention\" : 0.9"))
    }

    @Test func emptyDocumentRoundTrips() throws {
        let bytes = try ProgressCodec.encode(ProgressDocument())
        let decoded = try ProgressCodec.decode(bytes)
        #expect(decoded.log.count == 0)
        #expect(decoded.cards.isEmpty)
    }

    @Test func reformattedFileStillLoads() throws {
        // Another tool (jq, an editor) may rewrite the file compactly: the slow path reads it.
        let bytes = try ProgressCodec.encode(ProgressSamples.document(reviews: 5))
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let compact = try JSONSerialization.data(withJSONObject: object)
        let decoded = try ProgressCodec.decode(Array(compact))
        #expect(decoded.log.count == 5)
        #expect(try decoded.log.entries() == ProgressSamples.document(reviews: 5).log.entries())
    }

    @Test func missingKeysTakeDefaults() throws {
        let decoded = try ProgressCodec.decode(Array(#"{"version": 1}"#.utf8))
        #expect(decoded.settings == ProgressSettings())
        #expect(decoded.cards.isEmpty)
        let partial = try ProgressCodec.decode(Array(#"{"version": 1, "settings": {"daily_new_limit": 25}}"#.utf8))
        #expect(partial.settings.dailyNewLimit == 25)
        #expect(partial.settings.desiredRetention == 0.9)
    }

    @Test(arguments: [
        (#"{"version": 2, "cards": {}}"#, ProgressError.futureVersion(found: 2, supported: 1)),
        (#"{"cards": {}}"#, .missingVersion),
        (#"[1, 2]"#, .notJSON("the top level is not an object")),
        (#"{"version": "one"}"#, .wrongShape(path: "version", detail: "expected a whole number")),
        (#"{"version": 1, "settings": {"desired_retention": "high"}}"#,
         .wrongShape(path: "settings.desired_retention", detail: "expected a number")),
        (#"{"version": 1, "cards": {"sip-486:phrase": {"state": "Review"}}}"#,
         .wrongShape(path: "cards.sip-486:phrase.due", detail: "missing")),
        (#"{"version": 1, "cards": {"#, .truncated),
    ] as [(String, ProgressError)])
    func badFilesGiveNamedErrors(text: String, expected: ProgressError) {
        #expect(throws: expected) { try ProgressCodec.decode(Array(text.utf8)) }
    }

    @Test func truncatedLogIsDetected() throws {
        let bytes = try ProgressCodec.encode(ProgressSamples.document(reviews: 20))
        for cut in [bytes.count - 3, bytes.count - 40, bytes.count / 2] {
            #expect(throws: ProgressError.truncated) { try ProgressCodec.decode(Array(bytes[..<cut])) }
        }
    }

    @Test func headerAloneTellsTheLogsPlaceAndATruncatedFile() throws {
        let bytes = try ProgressCodec.encode(ProgressSamples.document(reviews: 20))
        let end = try #require(ProgressCodec.headerEnd(in: bytes))
        let (document, location) = try #require(try ProgressCodec.decodeHead(bytes[..<end], fileSize: bytes.count))
        #expect(document.log.count == 20)
        #expect(!document.log.isLoaded)
        var attached = document
        try attached.log.attach(Array(bytes[location.range]))
        #expect(try attached.log.entries() == ProgressSamples.document(reviews: 20).log.entries())
        // The size recorded in the header exposes a cut-off file without reading the log.
        #expect(throws: ProgressError.truncated) { try ProgressCodec.decodeHead(bytes[..<end], fileSize: bytes.count - 1) }
    }

    @Test func reviewLinesRoundTripIncludingAwkwardText() throws {
        let records = [
            ProgressSamples.review("sip-486:phrase", .good, minutes: 0),
            ProgressSamples.review("sip-486:code", .again, minutes: 1, grade: "wrong", given: "say \"600\"\\\n\t"),
            ProgressSamples.review("sip-486:code", .easy, minutes: 2.5, grade: "正确"),
        ]
        for record in records {
            let line = ReviewLineCodec.encode(record)
            #expect(try ReviewLineCodec.decode(line, line: 1) == record)
            // The encoder's output is valid JSON that Foundation reads the same way.
            #expect(try ProgressCoding.decoder.decode(ReviewRecord.self, from: Data(line)) == record)
        }
    }
}

@Suite struct JournalTests {
    @Test func tornLastLineIsDroppedAndCounted() throws {
        let document = ProgressSamples.document(reviews: 2)
        var bytes: [UInt8] = []
        for (index, record) in try document.log.entries().enumerated() {
            bytes += JournalCodec.encode(JournalEntry(n: index + 1, event: .review(record, after: document.cards[record.card]!, before: nil)))
        }
        let full = try JournalCodec.decode(bytes)
        #expect(full.entries.count == 2)
        #expect(full.torn == 0)
        let torn = try JournalCodec.decode(Array(bytes.dropLast(7)))
        #expect(torn.entries.count == 1)
        #expect(torn.torn == 1)
    }

    @Test func damagedCompleteLineIsAnError() {
        let bytes = Array("{\"n\":1,\"type\":\"undo\"}\n{\"n\":2,\"type\":\"teleport\"}\n".utf8)
        #expect(throws: ProgressError.self) { try JournalCodec.decode(bytes) }
    }

    @Test func replayIsIdempotentThanksToSequenceNumbers() throws {
        let source = ProgressSamples.document(reviews: 3)
        let entries = try source.log.entries().enumerated().map { index, record in
            JournalEntry(n: index + 1, event: .review(record, after: source.cards[record.card]!, before: nil))
        }
        var document = ProgressDocument()
        #expect(try document.replay(entries) == 3)
        // The file was saved with the journal folded in, but the journal was not yet removed
        // when the process died: replaying it again must change nothing.
        var saved = try ProgressCodec.decode(ProgressCodec.encode(document))
        #expect(try saved.replay(entries) == 0)
        #expect(saved.log.count == 3)
    }

    @Test func undoRestoresTheStateBefore() throws {
        var document = ProgressSamples.document(reviews: 5)
        let cardsBefore = document.cards
        let scheduler = Scheduler(settings: document.settings.scheduler)
        let record = ProgressSamples.review("sip-486:phrase", .again, minutes: 10_000)
        let after = scheduler.review(document.cards["sip-486:phrase"]!.card, rating: .again, at: record.at, fuzzSeed: 1).card
        document.apply(record, card: CardRecord(card: after))
        #expect(document.log.count == 6)
        #expect(try document.undoLast() == record)
        #expect(document.log.count == 5)
        #expect(document.cards == cardsBefore)
    }

    @Test func undoAfterReloadRebuildsFromTheLog() throws {
        let document = ProgressSamples.document(reviews: 8)
        var reloaded = try ProgressCodec.decode(ProgressCodec.encode(document))
        let removed = try reloaded.undoLast()
        #expect(removed?.card == "sip-401:headers")
        #expect(reloaded.log.count == 7)
        // Rebuilt from its remaining reviews: equals the state after its previous review.
        let expected = ProgressSamples.document(reviews: 7).cards["sip-401:headers"]
        #expect(reloaded.cards["sip-401:headers"] == expected)
    }

    @Test(arguments: ["default", "alice", "team-a_2", "王伟", "x.y"])
    func goodProfileNames(name: String) throws {
        #expect(try ProfileName.validate(name) == name)
    }

    @Test(arguments: ["", "../etc", "a/b", ".hidden", "a..b", "tab\tname", String(repeating: "a", count: 65)])
    func badProfileNames(name: String) {
        #expect(throws: ProgressError.badProfileName(name)) { try ProfileName.validate(name) }
    }
}

/// Every format version ever written must keep loading. Version 1 is the first; when a
/// version 2 appears, its migration test goes beside this one and this fixture stays.
@Suite struct ProgressFormatHistoryTests {
    @Test func version1FixtureLoads() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/progress/v1", withExtension: "json"))
        let document = try ProgressCodec.decode(Array(try Data(contentsOf: url)))
        #expect(document.version == 1)
        #expect(document.cards.count == 3)
        #expect(document.cards["sip-183:phrase"]?.card.state == .learning)
        #expect(document.cards["sip-100:phrase"]?.card.stability == 2.3065)
        let log = try document.log.entries()
        #expect(log.map(\.card) == ["sip-100:phrase", "sip-180:phrase", "sip-183:phrase"])
        #expect(log.map(\.rating) == [.good, .good, .again])
        #expect(document.practice.count == 1)
        #expect(document.practice.first?.mode == "drill")
    }
}
