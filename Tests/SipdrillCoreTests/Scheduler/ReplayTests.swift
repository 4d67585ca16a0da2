import Foundation
import Testing
@testable import SipdrillCore

/// `sipdrill replay`: its output format and the exact text of each bad-input error.
@Suite("Replay")
struct ReplayTests {
    static func run(_ json: String) throws(ReplayError) -> String {
        String(decoding: try Replay.run(Data(json.utf8)), as: UTF8.self)
    }

    @Test("output: sorted keys, explicit null step, ISO dates with Z, per-case overrides")
    func output() throws {
        let text = try Self.run("""
            {"cases": [{"id": "a", "scheduler": {"desired_retention": 0.85},
                        "reviews": [{"rating": 3, "at": "2024-03-01T09:00:00Z"},
                                    {"rating": 4, "at": "2024-03-01T09:10:00Z"}]}]}
            """)
        #expect(text == """
            {
              "cases" : [
                {
                  "id" : "a",
                  "results" : [
                    {
                      "difficulty" : 2.118103970459016,
                      "due" : "2024-03-01T09:10:00Z",
                      "stability" : 2.3065,
                      "state" : "Learning",
                      "step" : 1
                    },
                    {
                      "difficulty" : 1,
                      "due" : "2024-03-09T09:10:00Z",
                      "stability" : 3.946054067969477,
                      "state" : "Review",
                      "step" : null
                    }
                  ]
                }
              ]
            }
            """ + "\n")
    }

    @Test("top-level settings apply to cases; params null means the defaults")
    func inheritance() throws {
        let reviews = #"[{"rating": 4, "at": "2024-03-01T09:00:00Z"}]"#
        let text = try Self.run("""
            {"maximum_interval": 3, "params": null, "cases": [
              {"id": "capped", "reviews": \(reviews)},
              {"id": "uncapped", "scheduler": {"maximum_interval": 36500}, "reviews": \(reviews)},
              {"id": "own-params", "scheduler": {"params": [\(Array(repeating: "1", count: 4).joined(separator: ", ")),
                 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
                 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]}, "reviews": \(reviews)}]}
            """)
        let output = try JSONDecoder().decode(ReplayOutput.self, from: Data(text.utf8))
        #expect(output.cases.map { $0.results[0].due } == ["2024-03-04T09:00:00Z", "2024-03-09T09:00:00Z",
                                                             "2024-03-02T09:00:00Z"])
        #expect(try Self.run(#"{}"#).contains("\"cases\" : ["))
    }

    static let good = #"{"rating": 3, "at": "2024-03-01T09:00:00Z"}"#
    static let params19 = Array(SchedulerSettings.defaultParameters.prefix(19)).map { "\($0)" }
        .joined(separator: ", ")

    @Test("each kind of bad input names the case and review", arguments: [
        // Not JSON at all.
        (#"{"cases": [ "#, "bad JSON: not valid JSON"),
        // Rating out of range, on the third review.
        (#"{"cases": [{"id": "a", "reviews": [\#(good), \#(good), {"rating": 5, "at": "2024-03-02T09:00:00Z"}]}]}"#,
         #"case "a", review 3: rating 5 is outside 1–4"#),
        (#"{"cases": [{"id": "zero", "reviews": [{"rating": 0, "at": "2024-03-01T09:00:00Z"}]}]}"#,
         #"case "zero", review 1: rating 0 is outside 1–4"#),
        // Time going backwards.
        (#"{"cases": [{"id": "a", "reviews": [\#(good), {"rating": 3, "at": "2024-03-01T08:59:59Z"}]}]}"#,
         #"case "a", review 2: time 2024-03-01T08:59:59Z is before the previous review at 2024-03-01T09:00:00Z"#),
        // Not a timestamp.
        (#"{"cases": [{"id": "a", "reviews": [{"rating": 3, "at": "yesterday"}]}]}"#,
         #"case "a", review 1: time "yesterday" is not an ISO-8601 time like 2024-03-01T09:00:00Z"#),
        // A parameter out of range, in a case override.
        (#"{"cases": [{"id": "ok", "reviews": [\#(good)]}, {"id": "b", "scheduler": {"params": [0.212, 1.2931, 2.3065, 150, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.9]}, "reviews": [\#(good)]}]}"#,
         #"case "b": parameter w[3] = 150 is outside 0.001–100; parameter w[20] = 0.9 is outside 0.1–0.8"#),
        // Wrong parameter count, at the top level: reported for the first case it applies to.
        (#"{"params": [\#(params19)], "cases": [{"id": "a", "reviews": [\#(good)]}]}"#,
         #"case "a": expected 21 parameters, got 19"#),
        // Retention out of range.
        (#"{"desired_retention": 0.99, "cases": [{"id": "a", "reviews": [\#(good)]}]}"#,
         #"case "a": desired retention 0.99 is outside 0.7–0.97"#),
        // Bad steps and cap.
        (#"{"cases": [{"id": "s", "scheduler": {"learning_steps_minutes": [1, 0], "maximum_interval": 0}, "reviews": [\#(good)]}]}"#,
         #"case "s": learning step 2 is 0 s; steps must be longer than zero; maximum interval 0 is below 1 day"#),
        // Wrong types and missing keys point into the file.
        (#"{"cases": [{"id": "a", "reviews": [\#(good), {"rating": "good", "at": "2024-03-01T09:00:00Z"}]}]}"#,
         #"case "a", review 2: bad JSON at cases[0].reviews[1].rating: expected a whole number"#),
        (#"{"cases": [{"id": "a", "reviews": [{"at": "2024-03-01T09:00:00Z"}]}]}"#,
         #"case "a", review 1: bad JSON at cases[0].reviews[0]: missing "rating""#),
        (#"{"cases": [{"id": "a"}]}"#,
         #"case "a": bad JSON at cases[0]: missing "reviews""#),
        (#"{"cases": [{"reviews": []}]}"#,
         #"bad JSON at cases[0]: missing "id""#),
        (#"{"desired_retention": "high", "cases": []}"#,
         #"bad JSON at desired_retention: expected a number"#),
        (#"[1, 2]"#, #"bad JSON: expected an object"#),
    ])
    func errors(input: String, message: String) {
        let error = #expect(throws: ReplayError.self) { try Self.run(input) }
        #expect(error?.description == message)
    }

    @Test("a top-level problem overridden by every case is no problem; equal times are fine")
    func overriddenTopLevel() throws {
        let text = try Self.run("""
            {"desired_retention": 0.5, "cases": [{"id": "a", "scheduler": {"desired_retention": 0.9},
              "reviews": [\(Self.good), \(Self.good)]}]}
            """)
        #expect(text.contains("\"id\" : \"a\""))
    }
}
