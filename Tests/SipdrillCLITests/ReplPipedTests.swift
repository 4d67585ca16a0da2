import Foundation
import Testing

/// The REPL fed from a pipe: no prompt, no escape codes, same commands, errors on stderr.
@Suite struct ReplPipedTests {
    func repl(_ input: String, env: [String: String] = [:]) -> BinaryRunner.Result {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return BinaryRunner.run(["--progress-dir", folder], stdin: Data(input.utf8),
                                environment: BinaryRunner.environment(env))
    }

    @Test func browseTranscriptMatchesTheRecordedOne() {
        let script = """
            help
            show 486
            list --class 6xx
            search 忙
            compare 401 407
            lang zh
            603
            lang en
            shwo 486
            show 999

            quit
            show 200
            """
        let result = repl(script + "\n")
        #expect(result.status == 0)
        Golden.assertMatches(result.stdout, file: "repl-browse.stdout")
        #expect(result.stderr == """
            error: unknown command 'shwo'. Did you mean 'show'?
            sipdrill: error: '999' is not a status code (expected e.g. 486 or sip:486)

            """)
    }

    @Test func endOfInputEndsTheSessionCleanly() {
        let result = repl("show 100")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("100 Trying"))
    }

    @Test func hostileInputNeverCrashes() {
        var bytes = Data("   \n\t\n".utf8)
        bytes.append(Data(String(repeating: "x", count: 100_000).utf8))
        bytes.append(Data("\n".utf8))
        bytes.append(contentsOf: [0x73, 0x68, 0x6F, 0x77, 0x20, 0xFF, 0xFE, 0x0A])       // "show " + invalid UTF-8
        bytes.append(Data("\u{1B}[A\u{7}\u{0}\n\"unclosed\nsearch \u{3000}忙\nshow 486 --lang en\n".utf8))
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = BinaryRunner.run(["--progress-dir", folder], stdin: bytes)
        #expect(result.status == 0)
        #expect(result.stdout.contains("486 Busy Here"))
        #expect(result.stderr.contains("unknown command 'xxxx"))
        #expect(result.stderr.contains("unclosed quote"))
    }
}
