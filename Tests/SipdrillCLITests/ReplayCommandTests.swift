import Foundation
import Testing

/// `sipdrill replay` as another implementation's author would use it.
@Suite struct ReplayCommandTests {
    var fsrsFixtures: URL {
        BinaryRunner.repositoryRoot.appendingPathComponent("Tests/SipdrillCoreTests/Fixtures/fsrs")
    }

    @Test func replayReproducesThePyFSRSReferenceVectorsByteForByte() throws {
        let result = BinaryRunner.run(["replay", fsrsFixtures.appendingPathComponent("replay-input.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOf: fsrsFixtures.appendingPathComponent("replay-expected.json"), encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test(arguments: [
        (#"{"cases":[{"id":"a","reviews":[{"rating":5,"at":"2024-03-01T09:00:00Z"}]}]}"#,
         #"case "a", review 1: rating 5 is outside 1–4"#),
        (#"{"cases":[{"id":"b","reviews":[{"rating":3,"at":"2024-03-02T09:00:00Z"},{"rating":3,"at":"2024-03-01T09:00:00Z"}]}]}"#,
         #"case "b", review 2"#),
        (#"{"params":[1,2,3],"cases":[{"id":"c","reviews":[]}]}"#, #"case "c""#),
        ("{not json", "bad JSON"),
    ] as [(String, String)])
    func badInputNamesTheCaseAndReview(input: String, fragment: String) {
        let result = BinaryRunner.run(["replay", "-"], stdin: Data(input.utf8))
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sipdrill: error: standard input: "))
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
    }

    @Test func missingFileIsAClearError() {
        let result = BinaryRunner.run(["replay", "/nonexistent/replay.json"])
        #expect(result.status == 66)
        #expect(result.stderr == "sipdrill: error: cannot read /nonexistent/replay.json: no such file or not readable\n")
    }
}
