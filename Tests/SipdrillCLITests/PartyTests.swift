import Foundation
import Testing

/// A two-player party game driven by piped input.
@Suite struct PartyTests {
    @Test func scoreboardRankingAndPracticeLogs() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Seed 3 asks: alice 487 (phrase), bob 505 (meaning), alice 484 (code), bob 603 (meaning).
        let input = "party alice bob --rounds 2 --seed 3\nRequest Terminated\n505\n484\n486\n"
        let result = BinaryRunner.run(["--progress-dir", folder, "--lang", "en", "--no-color"], stdin: Data(input.utf8),
                                      environment: BinaryRunner.environment(["SIPDRILL_NOW": "2026-01-05T09:00:00Z"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Scoreboard after round 1\n  alice           1\n  bob             1\n"))
        #expect(result.stdout.contains("Scoreboard after round 2\n  alice           2\n  bob             1\n"))
        #expect(result.stdout.contains("  1. alice           2  no misses\n  2. bob             1  missed 603\n"))
        for (name, count) in [("alice", 2), ("bob", 2)] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/\(name).json"))
            let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let practice = try #require(file["practice"] as? [[String: Any]])
            #expect(practice.count == count)
            #expect(practice.allSatisfy { $0["mode"] as? String == "party" })
            #expect((file["log"] as? [Any])?.isEmpty == true)   // the schedule is untouched
        }
        let profiles = BinaryRunner.run(["profiles", "--json", "--progress-dir", folder])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(profiles.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["profile"] as? String } == ["alice", "bob"])   // the default profile was never written
    }
}
