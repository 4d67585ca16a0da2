import Foundation
import Testing

/// Drills and exams through the real binary.
@Suite struct DrillExamTests {
    let env = BinaryRunner.environment(["SIPDRILL_NOW": "2026-01-05T09:00:00Z"])

    func run(_ args: [String], input: String = "", folder: String) -> BinaryRunner.Result {
        BinaryRunner.run(args + ["--progress-dir", folder, "--lang", "en"], stdin: Data(input.utf8), environment: env)
    }

    func progress(_ folder: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/default.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func drillingNeverChangesTheSchedule() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = run(["--seed", "7"], input: StudySessionTests.script, folder: folder)
        let before = try progress(folder)
        let drill = run(["drill", "1xx", "--seed", "5", "--count", "4"],
                        input: String(repeating: "wrong answer\n", count: 6) + "quit\n", folder: folder)
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(drill.stdout.contains("Drill finished"))
        let after = try progress(folder)
        #expect(NSDictionary(dictionary: before["cards"] as! [String: Any]).isEqual(to: after["cards"] as! [String: Any]))
        #expect((before["log"] as? [Any])?.count == (after["log"] as? [Any])?.count)
        #expect((after["practice"] as? [[String: Any]])?.count == 6)
        #expect((after["practice"] as? [[String: Any]])?.allSatisfy { $0["mode"] as? String == "drill" } == true)
    }

    @Test func missedDrillCardsComeBackUntilRight() {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // One card (200's code card): wrong, then right.
        let result = run(["drill", "200", "--kind", "code", "--seed", "1"], input: "201\n200\n", folder: folder)
        #expect(result.stdout.components(separatedBy: "Type the code.").count - 1 == 2)
        #expect(result.stdout.contains("1/1 answered right · 2 questions"))
        #expect(result.stdout.contains("missed along the way: 200 code"))
    }

    @Test func theSameSeedGivesTheSamePaper() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a", "b"] {
            let result = run(["exam", "--seed", "2026", "--count", "12", "--print", folder + "/\(name).md"], folder: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try String(contentsOfFile: folder + "/a.md", encoding: .utf8)
        let b = try String(contentsOfFile: folder + "/b.md", encoding: .utf8)
        #expect(a == b)
        #expect(try String(contentsOfFile: folder + "/a-key.md", encoding: .utf8) == String(contentsOfFile: folder + "/b-key.md", encoding: .utf8))
        // Fixed on every machine: the recorded paper for this seed and catalogue.
        Golden.assertMatches(try String(contentsOfFile: folder + "/a-key.md", encoding: .utf8), file: "exam-seed-2026-key.md")
        let other = run(["exam", "--seed", "2027", "--count", "12", "--print", folder + "/c.md"], folder: folder)
        #expect(other.status == 0)
        #expect(try String(contentsOfFile: folder + "/c.md", encoding: .utf8) != a)
    }

    @Test func scriptedExamIsMarkedAndReviewedCorrectly() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Paper (seed 42, 4xx, 4 questions): 425 ?, Bad Identity Info, 402's meaning, a 401 scenario.
        let input = "Bad Alert Message\n486\nflag\nlist\nback\n436\n402\nd\nsubmit\nexams\n"
        let result = run(["exam", "4xx", "--count", "4", "--seed", "42"], input: input, folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        Golden.assertMatches(result.stdout, file: "exam-scripted.stdout")
        #expect(result.stdout.contains("Result  4/4 (100%) — PASS"))
        let json = run(["exam", "4xx", "--count", "4", "--seed", "42", "--json"],
                       input: "Bad Alert Message\n486\n999\na\nsubmit\n", folder: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["right"] as? Int == 1)
        #expect(object["total"] as? Int == 4)
        #expect(object["passed"] as? Bool == false)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["correct"] as? Bool } == [true, false, false, false])
        #expect(items.map { $0["expected"] as? String } == ["425", "436", "402", "401"])
        #expect((try progress(folder)["exams"] as? [[String: Any]])?.count == 2)
    }

    @Test func blueprintQuotasAreMetAndErrorsPointAtTheLine() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "total: 6\npass_mark: 70%\nclasses: {4xx: 3, 5xx: 2, 6xx: 1}\nkinds: {scenario: 2}\n"
            .write(toFile: folder + "/bp.yaml", atomically: true, encoding: .utf8)
        let result = run(["exam", "--blueprint", folder + "/bp.yaml", "--seed", "9", "--print", folder + "/p.md"], folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let key = try String(contentsOfFile: folder + "/p-key.md", encoding: .utf8)
        let rows = key.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| #") }
        #expect(rows.count == 6)
        // The class of each answer: "401 …" → 4, "a) 480 …" → 4, "6xx Global Failure" (a class card) → 6.
        let classes = rows.compactMap { row in
            row.split(separator: "|")[1].split(separator: " ").first { $0.first?.isNumber == true }?.first?.wholeNumberValue
        }
        #expect(classes.filter { $0 == 4 }.count == 3)
        #expect(classes.filter { $0 == 5 }.count == 2)
        #expect(classes.filter { $0 == 6 }.count == 1)
        #expect(rows.filter { $0.contains("| scenario |") }.count >= 2)
        #expect(key.contains("pass mark 70%"))
        try "total: 6\nclasses: {4xx: 3, 9xx: 1}\nkinds: {essay: 2}\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = run(["exam", "--blueprint", folder + "/bad.yaml", "--print", folder + "/x.md"], folder: folder)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.yaml:2: 'classes' is '9xx'"))
        #expect(bad.stderr.contains("bad.yaml:3: 'kinds' is 'essay'"))
    }

    @Test func worstConfusionsDrillTheirCodes() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/SipdrillCoreTests/Fixtures/stats/alice.json")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: folder + "/default.json")
        // alice's most confused pair is 486 → 480 (twice): the drill asks only those two codes.
        let result = run(["drill", "--worst", "1", "--count", "6", "--seed", "2", "--kind", "phrase"],
                         input: String(repeating: "skip\n", count: 6), folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let asked = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  4") && $0.hasSuffix(" ?") }
        #expect(!asked.isEmpty)
        #expect(Set(asked.map { String($0.dropFirst(2).prefix(3)) }).isSubset(of: ["486", "480"]))
    }
}
