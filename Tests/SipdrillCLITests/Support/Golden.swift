import Foundation
import Testing

/// Compares output with a recorded file; `SIPDRILL_RECORD=1 swift test` re-records instead.
enum Golden {
    static func assertMatches(_ raw: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // The catalogue's content version changes with every content edit; transcripts should
        // not, so it is masked (tests that care about it check it directly).
        let actual = raw.replacing(/catalogue [0-9a-f]{12}/, with: "catalogue <version>")
        let url = BinaryRunner.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SIPDRILL_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); record it with SIPDRILL_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                output differs from golden \(name) at line \(first + 1):
                  expected: \(first < e.count ? String(e[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                (re-record with SIPDRILL_RECORD=1 swift test if the change is intended)
                """, sourceLocation: sourceLocation)
        }
    }
}
