import Foundation
import Testing

/// The browse commands as a user runs them: the real binary, real catalogue, real exit codes.
@Suite struct BrowseCommandTests {
    /// Runs with a private, empty progress folder so the developer's own progress is never read.
    func run(_ args: [String], env: [String: String] = [:]) -> BinaryRunner.Result {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return BinaryRunner.run(args + ["--progress-dir", folder], environment: BinaryRunner.environment(env))
    }

    func json(_ args: [String]) throws -> Any {
        let result = run(args)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func checkPassesOnTheRealCatalogue() {
        let result = run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ok (155 entries in 2 decks)\nprogress: no progress file yet ("))
    }

    @Test func checkListsEveryPlantedProblemWithItsLine() {
        let folder = BinaryRunner.fixtures.appendingPathComponent("bad-content").path
        let result = run(["check", "--content", folder])
        #expect(result.status == 1)
        let house = folder + "/house.yaml", broken = folder + "/broken.yaml"
        let expected = [
            "\(broken):8: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 7)",
            "\(house):19: 'use_when.zh' is empty",
            "\(house):22: 486 lists 600 as confusable, but 600 does not list 486",
            "\(house):24: confusable code 487 does not exist in this deck",
            "\(house):31: code 600 is in class 6xx, not 5xx",
            "\(house):33: 'zh' should be Chinese text but has no Chinese characters",
            "\(house):34: 'status' is 'curent'; expected one of: current, deprecated, historical, reserved, nonstandard",
            "\(house):37: 'senders' is 'switch'; expected one of: uas, proxy, registrar, redirect, gateway, origin, any",
            "\(house):42: 1 scenario; a current code needs at least 2",
            "\(house):44: duplicate id 'house-486' (first at line 8)",
            "\(house):45: duplicate code 486 (first at line 9)",
            "\(house):54: 'headers.need' is 'perhaps'; expected one of: must, should, may",
            "\(house):61: id 'sip-480' should be 'house-480'",
            "\(house):74: unknown field 'colour' (typo?)",
            "14 problems found",
        ]
        #expect(result.stderr.split(separator: "\n").map(String.init) == expected)
    }

    @Test func checkJSONReportsProblemsAsData() throws {
        let folder = BinaryRunner.fixtures.appendingPathComponent("bad-content").path
        let result = run(["check", "--content", folder, "--json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect((object["problems"] as? [[String: Any]])?.count == 14)
    }

    @Test func houseDeckLoadsBesideTheBuiltInOne() {
        let folder = BinaryRunner.fixtures.appendingPathComponent("good-content").path
        let result = run(["list", "--deck", "house", "--content", folder, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("486  Busy Here"))
        #expect(run(["check", "--content", folder]).stdout.hasPrefix("ok (157 entries in 3 decks)\n"))
    }

    @Test func badContentFolderRefusesBrowseCommandsWithAClearError() {
        let folder = BinaryRunner.fixtures.appendingPathComponent("bad-content").path
        let result = run(["show", "486", "--content", folder])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("sipdrill: error: the catalogue in \(folder) has 14 problems:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func showJSONHasThePromisedKeys() throws {
        let array = try #require(try json(["show", "486", "--json"]) as? [[String: Any]])
        let entry = try #require(array.first)
        for key in ["deck", "id", "code", "phrase", "zh", "class", "status", "rfc", "headers", "confusable_with"] {
            #expect(entry[key] != nil, "missing \(key)")
        }
        #expect(entry["code"] as? Int == 486)
        #expect(entry["id"] as? String == "sip-486")
        #expect(entry["phrase"] as? String == "Busy Here")
        #expect(entry["class"] as? String == "4xx")
        #expect((entry["headers"] as? [String])?.contains("Retry-After") == true)
        #expect(Set(entry["confusable_with"] as? [Int] ?? []).isSuperset(of: [600, 603, 480]))
    }

    @Test func listJSONFiltersByClass() throws {
        let array = try #require(try json(["list", "--class", "4xx", "--json"]) as? [[String: Any]])
        #expect(!array.isEmpty)
        #expect(array.allSatisfy { ($0["class"] as? String) == "4xx" })
        let all = try #require(try json(["list", "--deck", "sip", "--json"]) as? [[String: Any]])
        #expect(all.count == 77)
    }

    @Test func searchFindsChineseAndEnglishBestFirst() throws {
        let busy = try #require(try json(["search", "忙", "--json"]) as? [[String: Any]])
        #expect(Set(busy.prefix(2).compactMap { $0["code"] as? Int }) == [486, 600])
        let auth = try #require(try json(["search", "proxy", "auth", "--json"]) as? [[String: Any]])
        #expect(auth.first?["code"] as? Int == 407)
        let english = try #require(try json(["search", "busy", "--json"]) as? [[String: Any]])
        #expect(english.first?["code"] as? Int == 486)
    }

    @Test func compareShowsTheSeparatingRule() throws {
        let result = run(["compare", "401", "407", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("401 ↔ 407"))
        #expect(!result.stdout.contains("no rule recorded"))
        let object = try #require(try json(["compare", "486", "600", "603", "--json"]) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == 3)
        #expect(rules.allSatisfy { $0["rule"] is [String: Any] })
    }

    @Test func unknownCodeAndCommandAreErrorsOnStderr() {
        let missing = run(["show", "499"])
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.hasPrefix("sipdrill: error: sip has no code 499; nearest: "))
        let typo = run(["shwo", "486"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "sipdrill: error: unknown command 'shwo'. Did you mean 'show'?\n")
    }

    @Test func globalOptionsWorkBeforeTheCommand() {
        let result = run(["--lang", "zh", "show", "486"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("486 此处忙"))
    }

    @Test func languageFollowsLANGWhenNotGiven() {
        #expect(run(["show", "486"], env: ["LANG": "zh_CN.UTF-8"]).stdout.hasPrefix("486 此处忙"))
        #expect(run(["show", "486"], env: ["LANG": "en_US.UTF-8"]).stdout.hasPrefix("486 Busy Here   [4xx"))
        #expect(run(["show", "486"]).stdout.hasPrefix("486 Busy Here · 此处忙"))
    }

    @Test func noEscapeCodesWhenNotATerminal() {
        let result = run(["show", "486"])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func fullWidthDigitsResolve() {
        #expect(run(["show", "４８６", "--lang", "en"]).stdout.hasPrefix("486 Busy Here"))
    }
}

@Suite struct HelpTests {
    @Test func eachCommandHasItsOwnHelp() {
        for command in ["show", "exam", "drill", "stats"] {
            let result = BinaryRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: sipdrill \(command)"), "\(command): \(result.stdout.prefix(200))")
        }
        #expect(BinaryRunner.run(["--help"]).stdout.contains("SUBCOMMANDS:"))
    }
}
