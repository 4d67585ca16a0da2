import Foundation
@testable import SipdrillCore

/// The py-fsrs 6.3.2 reference vectors made by tools/fsrs/generate_vectors.py.
enum FSRSFixtures {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture Fixtures/fsrs/\(name).json is missing from the test bundle" }
    }

    /// Raw bytes of `Fixtures/fsrs/NAME.json`.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json",
                                          subdirectory: "Fixtures/fsrs")
        else { throw Missing(name: name) }
        return try Data(contentsOf: url)
    }

    /// The replay input: settings and review sequences.
    static func input() throws -> ReplayInput {
        try JSONDecoder().decode(ReplayInput.self, from: data("replay-input"))
    }

    /// py-fsrs's card after every review, in the replay output format.
    static func expected() throws -> ReplayOutput {
        try JSONDecoder().decode(ReplayOutput.self, from: data("replay-expected"))
    }

    /// py-fsrs's four outcomes before every review, keyed "1"…"4".
    struct Previews: Decodable {
        struct Case: Decodable {
            var id: String
            var previews: [[String: ReplayResult]]
        }
        var cases: [Case]
    }

    static func previews() throws -> Previews {
        try JSONDecoder().decode(Previews.self, from: data("previews-expected"))
    }

    /// The settings in force for a case (top level, then the case's overrides), fuzz off.
    static func settings(for replayCase: ReplayCase, in input: ReplayInput) -> SchedulerSettings {
        let base = input.settings.applied(to: SchedulerSettings(enableFuzz: false))
        return replayCase.scheduler?.applied(to: base) ?? base
    }

    /// Relative closeness for values that py-fsrs and Swift compute with the same formulas.
    static func isClose(_ a: Double?, _ b: Double?, relative: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a == b || abs(a - b) <= relative * max(abs(a), abs(b))
        default: return false
        }
    }

    /// Empty when `actual` matches `expected`: state, step and due exactly, S and D to 1e-9.
    static func differences(_ actual: ReplayResult, _ expected: ReplayResult) -> [String] {
        var problems: [String] = []
        if actual.state != expected.state { problems.append("state \(actual.state) ≠ \(expected.state)") }
        if actual.step != expected.step {
            problems.append("step \(actual.step.map(String.init) ?? "nil") ≠ \(expected.step.map(String.init) ?? "nil")")
        }
        if actual.due != expected.due { problems.append("due \(actual.due) ≠ \(expected.due)") }
        if !isClose(actual.stability, expected.stability) {
            problems.append("S \(actual.stability.map { "\($0)" } ?? "nil") ≠ \(expected.stability.map { "\($0)" } ?? "nil")")
        }
        if !isClose(actual.difficulty, expected.difficulty) {
            problems.append("D \(actual.difficulty.map { "\($0)" } ?? "nil") ≠ \(expected.difficulty.map { "\($0)" } ?? "nil")")
        }
        return problems
    }
}
