import Foundation
import Testing

/// Study sessions through the real binary, with a fixed clock and seed so they repeat exactly.
@Suite struct StudySessionTests {
    /// learn 4 asks 100 (code → phrase), 180 (phrase → code), 183 (meaning → code) and the
    /// 1xx class card.
    static let script = """
        learn 4
        trying

        hint
        180

        183
        4
        undo
        183

        show 486 --lang en
        1xx

        quit

        """

    func session(_ input: String, folder: String, now: String = "2026-01-05T09:00:00Z",
                 arguments: [String] = ["--seed", "7", "--lang", "en"]) -> BinaryRunner.Result {
        BinaryRunner.run(["--progress-dir", folder] + arguments, stdin: Data(input.utf8),
                         environment: BinaryRunner.environment(["SIPDRILL_NOW": now]))
    }

    func check(_ folder: String) throws -> [String: Any] {
        let result = BinaryRunner.run(["check", "--json", "--progress-dir", folder])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["progress"] as? [String: Any])
    }

    @Test func pipedSessionMatchesTheRecordedTranscriptAndRepeatsExactly() throws {
        let first = BinaryRunner.temporaryFolder(), second = BinaryRunner.temporaryFolder()
        defer { [first, second].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let a = session(Self.script, folder: first)
        let b = session(Self.script, folder: second)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stderr.isEmpty)
        Golden.assertMatches(a.stdout, file: "study-learn.stdout")
        // The files are identical too: same answers, same times, same states.
        #expect(try String(contentsOfFile: first + "/default.json", encoding: .utf8)
                == String(contentsOfFile: second + "/default.json", encoding: .utf8))
    }

    @Test func answersSurviveQuittingAndComeBackWhenDue() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = session(Self.script, folder: folder)
        var progress = try check(folder)
        #expect(progress["reviews"] as? Int == 4)     // 100, 180, 183 (the undone answer is gone), 1xx
        #expect(progress["cards"] as? Int == 4)
        // Ten minutes later nothing is due yet (the steps said 10m for Good, 6m for Hard)…
        let early = session("review\nquit\n", folder: folder, now: "2026-01-05T09:03:00Z")
        #expect(early.stdout.contains("Nothing to study right now."))
        // …and twenty minutes later the learning cards are back.
        let later = session("review\n" + String(repeating: "wrong\n\n", count: 6) + "quit\n", folder: folder,
                            now: "2026-01-05T09:25:00Z")
        #expect(later.stdout.contains("[1/"))
        #expect(later.stdout.contains("Session summary"))
        progress = try check(folder)
        #expect((progress["reviews"] as? Int ?? 0) > 4)
    }

    @Test func sessionStartedFromTheShellContinuesAtTheREPL() {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["learn", "1", "--progress-dir", folder, "--seed", "1", "--lang", "en"],
                                      stdin: Data("Trying\n\nshow 100\n".utf8),
                                      environment: BinaryRunner.environment(["SIPDRILL_NOW": "2026-01-05T09:00:00Z"]))
        #expect(result.status == 0)
        #expect(result.stdout.contains("✓ Right  100 Trying"))
        #expect(result.stdout.contains("Session summary"))
        #expect(result.stdout.hasSuffix(try! #require(result.stdout.components(separatedBy: "RFC 3261 §21.1.1").last)))
        #expect(result.stdout.contains("RFC 3261 §21.1.1 · sent by"))   // the REPL ran 'show 100' afterwards
    }

    @Test func hostileAnswersNeverCrashOrLoseProgress() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = Data("learn 3\n\n   \n".utf8)
        bytes.append(Data(String(repeating: "ü", count: 60_000).utf8))             // ~120 KB line
        bytes.append(Data("\n\n".utf8))
        bytes.append(contentsOf: [0xFF, 0xFE, 0x31, 0x0A, 0x0A])                   // invalid UTF-8
        bytes.append(Data("\u{1B}[A\u{7}\u{0}\t\n\n".utf8))                         // control characters
        bytes.append(Data("１００\n".utf8))                                          // full-width digits
        // …and the input ends mid-session (Ctrl-D): the session must end cleanly.
        let result = BinaryRunner.run(["--progress-dir", folder, "--seed", "3", "--lang", "en"], stdin: bytes,
                                      environment: BinaryRunner.environment(["SIPDRILL_NOW": "2026-01-05T09:00:00Z"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Session summary"))
        let progress = try check(folder)
        #expect(progress["error"] == nil)
        #expect(progress["reviews"] as? Int == 3)
    }

    @Test func settingsChangeIsSavedAndRebuildsSchedules() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = session(Self.script, folder: folder)
        let changed = BinaryRunner.run(["settings", "retention", "0.8", "--progress-dir", folder])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.hasPrefix("saved retention; card schedules recomputed from the review log (4 reviews)"))
        let json = BinaryRunner.run(["settings", "--json", "--progress-dir", folder])
        #expect(json.stdout.contains("\"desired_retention\" : 0.8"))
        let bad = BinaryRunner.run(["settings", "retention", "0.99", "--progress-dir", folder])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("0.99"))
        let unknown = BinaryRunner.run(["settings", "colour", "red", "--progress-dir", folder])
        #expect(unknown.stderr.contains("unknown setting 'colour'"))
    }

    @Test func suspendedCodesLeaveTheSchedule() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["suspend", "100", "--progress-dir", folder])
        #expect(result.stdout.hasPrefix("suspended: 100 ("))
        let learn = session("learn 1\nRinging\n\nquit\n", folder: folder)
        #expect(learn.stdout.contains("180 Ringing"))
        #expect(!learn.stdout.contains("100 Trying"))
    }
}
