import Foundation
import SipdrillCore
import Testing

/// `stats`, `card` and `team` through the binary, on the stats fixtures (whose figures the
/// core tests work out by hand) with the clock fixed at the fixtures' "now", in UTC.
@Suite struct StatsCommandTests {
    let fixtures = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/SipdrillCoreTests/Fixtures/stats")
    let env = BinaryRunner.environment(["SIPDRILL_NOW": "2025-03-14T15:00:00Z", "TZ": "UTC"])

    func folder(with profiles: [String]) throws -> String {
        let folder = BinaryRunner.temporaryFolder()
        for name in profiles {
            try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("\(name).json").path,
                                             toPath: folder + "/\(name).json")
        }
        return folder
    }

    @Test func statsJSONCarriesTheFixtureFigures() throws {
        let folder = try folder(with: ["alice"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["stats", "--json", "--profile", "alice", "--progress-dir", folder], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(StatsReport.self, from: Data(result.stdout.utf8))
        #expect(report.today == StatsReport.Today(date: "2025-03-14", reviews: 11, passed: 6, timeMs: 80_000, newCards: 5))
        #expect(report.streak == StatsReport.Streak(current: 5, longest: 6, studiedToday: true))
        #expect(report.forecast.total == 11)
        #expect(report.confusions.map { [$0.expected, $0.given, $0.count] }
                == [[486, 480, 2], [200, 486, 1], [404, 480, 1], [603, 486, 1], [603, 600, 1]])
        #expect(report.leeches.map(\.card) == ["sip-486:code", "sip-480:phrase"])
    }

    @Test func statsScreenFitsEightyColumnsInEveryLanguage() throws {
        let folder = try folder(with: ["alice"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for language in ["en", "zh", "both"] {
            let result = BinaryRunner.run(["stats", "--profile", "alice", "--lang", language, "--progress-dir", folder],
                                          environment: env)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 30)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(language): \(lines.filter { DisplayWidth.of($0) > 80 })")
        }
    }

    @Test func cardShowsEveryCardOfACode() throws {
        let folder = try folder(with: ["alice"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["card", "486", "--profile", "alice", "--lang", "en", "--progress-dir", folder],
                                      environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("486 Busy Here\n"))
        for kind in ["Phrase", "Code", "Meaning", "Scenario"] { #expect(result.stdout.contains(kind)) }
        let json = BinaryRunner.run(["card", "486", "--json", "--profile", "alice", "--progress-dir", folder], environment: env)
        let details = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(details.first { $0["card"] as? String == "sip-486:code" }?["lapses"] as? Int == 2)
    }

    @Test func teamReportInEveryFormat() throws {
        let folder = try folder(with: ["alice", "bob", "zhang"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = BinaryRunner.run(["team", "--lang", "en", "--progress-dir", folder], environment: env)
        #expect(text.status == 0, "\(text.stderr)")
        for name in ["alice", "bob", "zhang"] { #expect(text.stdout.contains(name)) }
        let markdown = BinaryRunner.run(["team", "--format", "md", "--progress-dir", folder], environment: env)
        #expect(markdown.stdout.contains("| alice |") || markdown.stdout.contains("| alice"))
        let csv = BinaryRunner.run(["team", "--format", "csv", "--progress-dir", folder], environment: env)
        #expect(csv.stdout.split(separator: "\r\n").count == 4)   // header + three members
        let json = BinaryRunner.run(["team", "--format", "json", "--progress-dir", folder], environment: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["members"] as? [[String: Any]])?.count == 3)
    }
}
