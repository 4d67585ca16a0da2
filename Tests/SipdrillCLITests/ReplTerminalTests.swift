import Foundation
import SipdrillCore
import Testing

/// The interactive REPL in a real terminal (tmux): prompt, Tab completion, Chinese input,
/// aligned Chinese tables, Ctrl-C, history across runs, Ctrl-D.
@Suite(.serialized) struct ReplTerminalTests {
    @Test func tabCompletionChineseInputAndAlignment() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = TmuxSession(arguments: ["--progress-dir", folder, "--no-color"])
        try #require(session.available, "tmux is needed for the terminal tests")
        session.waitFor(text: "sipdrill>")

        // Tab completes a command name…
        session.send("sea", literal: true)
        session.send("Tab")
        session.waitFor(text: "sipdrill> search")
        // …and Chinese typed at the prompt reaches the command intact (UTF-8 locale forced).
        session.send("忙", literal: true)
        session.send("Enter")
        let screen = session.waitFor(text: "全忙")
        #expect(screen.contains("此处忙"))
        // The RFC column lines up on rows with Chinese names of different lengths.
        let rows = screen.split(separator: "\n").filter { $0.contains("RFC 3261 §") }
        let columns = Set(rows.map { DisplayWidth.of($0[..<$0.range(of: "RFC 3261 §")!.lowerBound]) })
        #expect(rows.count >= 2)
        #expect(columns.count == 1, "misaligned:\n\(rows.joined(separator: "\n"))")

        // Tab on an argument lists matching codes.
        session.send("show 48", literal: true)
        session.send("Tab")
        session.waitFor(text: "489")
        session.send("6", literal: true)
        session.send("Enter")
        session.waitFor(text: "RFC 3261 §21.4.24")

        // Ctrl-C clears the line instead of quitting.
        session.send("garbage", literal: true)
        session.send("C-c")
        session.send("list --class 1xx", literal: true)
        session.send("Enter")
        let afterInterrupt = session.waitFor(text: "Session Progress")
        #expect(!afterInterrupt.contains("unknown command 'garbage"))

        // Ctrl-D leaves.
        session.send("C-d")
        session.waitFor(text: "[exited]")
    }

    @Test func historyPersistsBetweenRuns() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let first = TmuxSession(arguments: ["--progress-dir", folder])
            try #require(first.available)
            first.waitFor(text: "sipdrill>")
            first.send("show 183 --lang zh", literal: true)
            first.send("Enter")
            first.waitFor(text: "会话")
            first.send("quit", literal: true)
            first.send("Enter")
            first.waitFor(text: "[exited]")
        }
        let history = try String(contentsOfFile: folder + "/default.history", encoding: .utf8)
        #expect(history.contains("show 183 --lang zh"))
        let second = TmuxSession(arguments: ["--progress-dir", folder])
        second.waitFor(text: "sipdrill>")
        second.send("Up")   // previous session's line comes back: quit, then show 183
        second.send("Up")
        second.waitFor(text: "sipdrill> show 183 --lang zh")
        second.send("C-c")   // Ctrl-D only ends input on an empty line
        second.send("C-d")
        second.waitFor(text: "[exited]")
    }

    @Test func minimalEnvironmentStillEditsChinese() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // LC_ALL=C is the worst case: readline would read UTF-8 bytes as Meta keys.
        let session = TmuxSession(arguments: ["--progress-dir", folder], environment: ["LC_ALL": "C"])
        try #require(session.available)
        session.waitFor(text: "sipdrill>")
        session.send("search 忙x", literal: true)
        session.send("BSpace")   // one Backspace must delete the whole 'x', then we check 忙 is intact
        session.send("Enter")
        session.waitFor(text: "全忙")
        session.send("C-d")
        session.waitFor(text: "[exited]")
    }

    @Test func studyInATerminalWithChineseAnswersCtrlCAndCtrlD() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = TmuxSession(arguments: ["--progress-dir", folder, "--no-color", "--seed", "2"])
        try #require(session.available)
        session.waitFor(text: "sipdrill>")
        session.send("learn 2", literal: true)
        session.send("Enter")
        session.waitFor(text: "100 ?")
        session.send("正在尝试", literal: true)   // the Chinese name is a right answer
        session.send("Enter")
        session.waitFor(text: "✓ Right")
        session.send("Enter")
        session.waitFor(text: "Type the code.")     // 180's card asks for the code of "Ringing"
        session.send("garbage", literal: true)
        session.send("C-c")                        // clears the answer line, keeps the session
        session.send("180", literal: true)
        session.send("Enter")
        let screen = session.waitFor(text: "180 Ringing · 振铃")
        #expect(!screen.contains("garbage180"))
        session.send("C-d")                        // ends the session (the answer is kept)…
        session.waitFor(text: "Session summary")
        session.send("C-d")                        // …and then the REPL
        session.waitFor(text: "[exited]")
        let progress = BinaryRunner.run(["check", "--progress-dir", folder])
        #expect(progress.stdout.contains("2 cards, 2 reviews"), "\(progress.stdout)")
    }

    @Test func timedExamRunsOutOfTimeWhileWaitingAndMarksUnansweredAsWrong() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = TmuxSession(arguments: ["--progress-dir", folder, "--no-color", "--lang", "en"])
        try #require(session.available)
        session.waitFor(text: "sipdrill>")
        session.send("exam 6xx --count 3 --seed 4 --minutes 0.04", literal: true)   // 2.4 s
        session.send("Enter")
        session.waitFor(text: "[1/3")
        session.send("600", literal: true)
        session.send("Enter")
        session.waitFor(text: "[2/3")
        session.send("half an answ", literal: true)   // still typing when time runs out: no Enter
        // Marked without another key press: the REPL prompt comes back after the result.
        session.waitFor("the exam to be marked", timeout: 15) { screen in
            let last = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return screen.contains("your answer") && last?.hasPrefix("sipdrill>") == true
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/default.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let exam = try #require((file["exams"] as? [[String: Any]])?.first)
        #expect(exam["timed_out"] as? Bool == true)
        let answers = try #require(exam["answers"] as? [[String: Any]])
        #expect(answers.count == 3)
        #expect(answers[0]["answer"] as? String == "600")
        #expect(answers[1]["answer"] == nil && answers[2]["answer"] == nil)   // unanswered …
        #expect(answers[1]["correct"] as? Bool == false && answers[2]["correct"] as? Bool == false)   // … and wrong
        session.send("C-d")
        session.waitFor(text: "[exited]")
    }
}
