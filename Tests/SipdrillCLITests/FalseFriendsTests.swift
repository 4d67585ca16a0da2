import Foundation
import SipdrillCatalogue
import SipdrillCore
import Testing

@Suite struct FalseFriendsTests {
    let friends = EmbeddedCatalogue.falseFriends()
    let decks = EmbeddedCatalogue.decks()

    @Test func everySideNamesACodeItsDeckHasAndBothSidesAreBilingual() throws {
        let sip = try #require(decks.first { $0.id == DeckID("sip") })
        let http = try #require(decks.first { $0.id == DeckID("http") })
        #expect(friends.count >= 60)
        for friend in friends {
            if let side = friend.sip {
                #expect(sip.entry(code: friend.code) != nil, "\(friend.code)")
                #expect(!side.en.isEmpty && !side.zh.isEmpty)
            }
            if let side = friend.http {
                #expect(http.entry(code: friend.code) != nil, "\(friend.code)")
                #expect(!side.en.isEmpty && !side.zh.isEmpty)
            }
            #expect(friend.sip != nil || friend.http != nil)
            #expect(!friend.difference.en.isEmpty && !friend.difference.zh.isEmpty)
        }
        // The classic ones the issue names are covered.
        let codes = Set(friends.map(\.code))
        #expect(codes.isSuperset(of: [305, 408, 413, 421, 422, 423, 424, 425, 428, 429, 500, 504, 202, 204]))
        #expect(friends.first { $0.code == 500 }?.kind == .phrase)
        #expect(friends.first { $0.code == 486 }?.kind == .sipOnly)
        #expect(friends.first { $0.code == 451 }?.kind == .httpOnly)
    }

    @Test func plantedProblemsAreReportedWithLines() {
        let text = """
            false_friends:
              - code: 486
                kind: http-only
                http: {en: Nothing, zh: 没有}
                difference: {en: x, zh: 区别}
              - code: 999
                kind: meaning
                sip: {en: a, zh: 甲}
                http: {en: b, zh: 乙}
                difference: {en: c, zh: 丙}
              - code: 408
                kind: sideways
                difference: {en: c, zh: 丙}

            """
        let (_, problems) = FalseFriendsParser.parse(text, file: "ff.yaml", decks: decks)
        let lines = problems.map(\.line)
        #expect(lines.contains(2))    // 486 is not HTTP (and SIP has it as current)
        #expect(lines.contains(6))    // 999 exists in neither deck
        #expect(problems.contains { $0.line == 12 && $0.message.contains("'kind' is 'sideways'") })
    }

    @Test func compareAcrossProtocolsPutsTheDifferenceFirst() {
        let result = BinaryRunner.run(["compare", "sip:408", "http:408", "--lang", "en"])
        #expect(result.stdout.hasPrefix("What differs\n  SIP 408"))
        #expect(result.stdout.contains("sip:408 Request Timeout"))
        #expect(result.stdout.contains("http:408 Request Timeout"))
    }

    @Test func falseFriendsDrillAsksWhichProtocol() {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["drill", "--false-friends", "--count", "3", "--seed", "1", "--progress-dir", folder,
                                       "--lang", "en"], stdin: Data("sip\nhttp\nb\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "same number, which protocol?").count - 1 == 3)
        #expect(result.stdout.contains("Drill finished"))
    }
}
