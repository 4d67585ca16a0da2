import Foundation
import Testing
@testable import SipdrillCore

/// The onboarding report over Alice, Bob and 张伟 (`Fixtures/stats/*.json`), worked out by hand.
///
/// Members. Alice: 15 cards seen, 5 mature; true retention over Feb 13 – Mar 14: 6 of 9; last
/// review Mar 14 14:55; best exam 0.9. Bob: 486:code (young lapses Feb 15 and Mar 5) and
/// 480:code (young pass Mar 12, now mature 41 d): 2 seen, 1 mature, 1 of 3; exam 0.75.
/// 张伟: 404:code (mature fail Mar 1, now Relearning) and 603:code (Learning): 2 seen,
/// 0 mature, 0 of 1; no exam.
///
/// Codes. Lapses: 486 = Alice 2 + Bob 2 = 4 (2 people, 2 leeches); 404 = 张伟 1; 480 =
/// Alice 1 (a leech). All-time true retention: 486 = Alice 3/5 + Bob 0/2 = 3/7; 404 = 1/2;
/// 480 = Alice 2/3 + Bob 1/1 = 3/4. 100 and 180 were only ever passed: not weak. Order: 486
/// (most lapses), then 404 before 480 (same lapses, lower retention).
@Suite struct TeamReportTests {
    let team: TeamReport

    init() throws {
        team = try Self.build()
    }

    static func build(weakestLimit: Int = TeamReport.defaultWeakestLimit) throws -> TeamReport {
        let alice = try StatsFixture.profile("alice")
        let bob = try StatsFixture.profile("bob")
        let zhang = try StatsFixture.profile("zhang")
        return TeamReport.build(profiles: [
            TeamProfile(profile: "alice", document: alice.document, entries: alice.entries, bestExamScore: 0.9),
            TeamProfile(profile: "bob", document: bob.document, entries: bob.entries, bestExamScore: 0.75),
            TeamProfile(profile: "张伟", document: zhang.document, entries: zhang.entries),
        ], decks: [StatsFixture.deck], now: StatsFixture.now, calendar: StatsFixture.utc, weakestLimit: weakestLimit)
    }

    @Test func members() {
        #expect(team.members == [
            MemberSummary(profile: "alice", cardsSeen: 15, matureCards: 5,
                          trueRetention: PassCount(passed: 6, reviews: 9),
                          lastActive: StatsFixture.date("2025-03-14T14:55:00Z"), lastActiveDay: "2025-03-14",
                          bestExamScore: 0.9),
            MemberSummary(profile: "bob", cardsSeen: 2, matureCards: 1,
                          trueRetention: PassCount(passed: 1, reviews: 3),
                          lastActive: StatsFixture.date("2025-03-12T09:00:00Z"), lastActiveDay: "2025-03-12",
                          bestExamScore: 0.75),
            MemberSummary(profile: "张伟", cardsSeen: 2, matureCards: 0,
                          trueRetention: PassCount(passed: 0, reviews: 1),
                          lastActive: StatsFixture.date("2025-03-02T08:01:00Z"), lastActiveDay: "2025-03-02",
                          bestExamScore: nil),
        ])
        #expect(team.members.map(\.matureShare) == [1.0 / 3.0, 0.5, 0.0])
    }

    @Test func weakestCodes() throws {
        #expect(team.weakestCodes == [
            CodeWeakness(deck: .sip, code: 486, name: Bilingual(en: "Busy Here", zh: "此处忙"), lapses: 4,
                         membersLapsed: 2, leeches: 2, trueRetention: PassCount(passed: 3, reviews: 7)),
            CodeWeakness(deck: .sip, code: 404, name: Bilingual(en: "Not Found", zh: "未找到"), lapses: 1,
                         membersLapsed: 1, leeches: 0, trueRetention: PassCount(passed: 1, reviews: 2)),
            CodeWeakness(deck: .sip, code: 480, name: Bilingual(en: "Temporarily Unavailable", zh: "暂时不可用"),
                         lapses: 1, membersLapsed: 1, leeches: 1, trueRetention: PassCount(passed: 3, reviews: 4)),
        ])
        #expect(try Self.build(weakestLimit: 1).weakestCodes.map(\.code) == [486])
    }

    /// The tuple form builds the same report.
    @Test func tupleBuilder() throws {
        let alice = try StatsFixture.profile("alice")
        let bob = try StatsFixture.profile("bob")
        let zhang = try StatsFixture.profile("zhang")
        let built = TeamReport.build([
            (profile: "alice", document: alice.document, entries: alice.entries, bestExamScore: 0.9),
            (profile: "bob", document: bob.document, entries: bob.entries, bestExamScore: 0.75),
            (profile: "张伟", document: zhang.document, entries: zhang.entries, bestExamScore: nil),
        ], decks: [StatsFixture.deck], now: StatsFixture.now, calendar: StatsFixture.utc)
        #expect(built == team)
    }

    @Test func text() {
        #expect(team.text() == [
            "Team onboarding report · 3 members",
            "",
            "Members",
            "  Profile  Seen   Mature  Retention 30d  Last active  Best exam",
            "  alice      15  5 (33%)      67% (6/9)  2025-03-14         90%",
            "  bob         2  1 (50%)      33% (1/3)  2025-03-12         75%",
            "  张伟        2   0 (0%)       0% (0/1)  2025-03-02           —",
            "",
            "Weakest codes — cover these next",
            "  Code  Name                     Lapses  People  Leeches  Retention",
            "  486   Busy Here                     4       2        2  43% (3/7)",
            "  404   Not Found                     1       1        0  50% (1/2)",
            "  480   Temporarily Unavailable       1       1        1  75% (3/4)",
        ])
    }

    /// Narrow terminals cut headers first, then names; Chinese names still align.
    @Test func textFitsAndAligns() {
        for language in LanguageChoice.allCases {
            for width in [80, 60, 50] {
                StatsFixture.expectFits(team.text(width: width, language: language), width: width)
            }
        }
        // 60 columns: the members table is 3 too wide, and "Retention 30d" gives them up.
        let narrow = team.text(width: 60)
        #expect(narrow[3] == "  Profile  Seen   Mature  Retention…  Last active  Best exam")
        #expect(narrow[4] == "  alice      15  5 (33%)   67% (6/9)  2025-03-14         90%")
        // The codes table is 7 too wide: the name column gives them up.
        #expect(narrow[9] == "  Code  Name              Lapses  People  Leeches  Retention")
        #expect(narrow[12] == "  480   Temporarily Una…       1       1        1  75% (3/4)")
        let chinese = team.text(language: .zh)
        #expect(chinese[0] == "团队入门报告 · 3 人")
        // The dates start in the same column in every member row, 张伟 included.
        let starts = chinese[4...6].map { DisplayWidth.of($0.components(separatedBy: "2025-")[0]) }
        #expect(Set(starts).count == 1)
    }

    @Test func markdown() {
        #expect(team.markdown() == """
        # Team onboarding report

        ## Members

        | Profile | Seen | Mature | Retention 30d | Last active | Best exam |
        | --- | ---: | ---: | ---: | --- | ---: |
        | alice | 15 | 5 (33%) | 67% (6/9) | 2025-03-14 | 90% |
        | bob | 2 | 1 (50%) | 33% (1/3) | 2025-03-12 | 75% |
        | 张伟 | 2 | 0 (0%) | 0% (0/1) | 2025-03-02 | — |

        ## Weakest codes — cover these next

        | Code | Name | Lapses | People | Leeches | Retention |
        | --- | --- | ---: | ---: | ---: | ---: |
        | 486 | Busy Here | 4 | 2 | 2 | 43% (3/7) |
        | 404 | Not Found | 1 | 1 | 0 | 50% (1/2) |
        | 480 | Temporarily Unavailable | 1 | 1 | 1 | 75% (3/4) |

        """)
        #expect(team.markdown(language: .zh).contains("| 486 | 此处忙 | 4 | 2 | 2 | 43% (3/7) |"))
        #expect(TeamReport.markdownCell("a|b\nc") == "a\\|b c")
    }

    @Test func csv() {
        #expect(team.csv() == [
            "profile,cards_seen,mature_cards,mature_share,true_retention_30d,retention_passed_30d,"
                + "retention_reviews_30d,last_active,best_exam_score",
            "alice,15,5,0.3333,0.6667,6,9,2025-03-14T14:55:00Z,0.9000",
            "bob,2,1,0.5000,0.3333,1,3,2025-03-12T09:00:00Z,0.7500",
            "张伟,2,0,0.0000,0.0000,0,1,2025-03-02T08:01:00Z,",
        ].map { $0 + "\r\n" }.joined())
        #expect(team.csv(.weakestCodes) == [
            "deck,code,phrase,zh,lapses,members_lapsed,leeches,true_retention,retention_passed,retention_reviews",
            "sip,486,Busy Here,此处忙,4,2,2,0.4286,3,7",
            "sip,404,Not Found,未找到,1,1,0,0.5000,1,2",
            "sip,480,Temporarily Unavailable,暂时不可用,1,1,1,0.7500,3,4",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("张伟", "张伟"),
    ])
    func csvFields(text: String, field: String) {
        #expect(TeamReport.csvField(text) == field)
    }

    /// A name that needs quoting survives a round trip through an RFC 4180 reader.
    @Test func csvQuotedNamesReadBack() throws {
        let name = "o'neil, \"ops\"\nteam"
        let report = TeamReport.build(profiles: [TeamProfile(profile: name, cards: [:], entries: [])],
                                      decks: [StatsFixture.deck], now: StatsFixture.now, calendar: StatsFixture.utc)
        let records = Self.readCSV(report.csv())
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.count == 9 })
        #expect(records[1] == [name, "0", "0", "", "", "0", "0", "", ""])
        // In a text table the line break is a space.
        #expect(report.text().contains("  o'neil, \"ops\" team     0       0              —  —                    —"))
    }

    /// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
    static func readCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\r\n" || character == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(team)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["generated_at", "time_zone", "members", "weakest_codes"])
        let members = try #require(object["members"] as? [[String: Any]])
        #expect(Set(members[0].keys) == ["profile", "cards_seen", "mature_cards", "mature_share", "true_retention_30d",
                                         "last_active", "last_active_day", "best_exam_score"])
        #expect(members[0]["last_active"] as? String == "2025-03-14T14:55:00Z")
        #expect((members[1]["true_retention_30d"] as? [String: Any])?["reviews"] as? Int == 3)
        #expect(members[2]["profile"] as? String == "张伟")
        #expect(members[2]["best_exam_score"] == nil)
        let codes = try #require(object["weakest_codes"] as? [[String: Any]])
        #expect(codes.map { $0["code"] as? Int } == [486, 404, 480])
        #expect(codes[0]["members_lapsed"] as? Int == 2)
        #expect(try JSONDecoder().decode(TeamReport.self, from: data) == team)
    }
}
