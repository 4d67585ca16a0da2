import Foundation
import Testing
@testable import SipdrillCore

struct RatingCase: Sendable, CustomTestStringConvertible {
    var outcome: GradeOutcome
    var elapsed: TimeInterval
    var hint: Bool
    var kind: CardKind
    var rating: Rating
    var testDescription: String { "\(outcome.logName) \(elapsed)s hint:\(hint) \(kind) → \(rating)" }
}

struct RatingPolicyTests {
    static let table: [RatingCase] = [
        RatingCase(outcome: .wrong, elapsed: 1, hint: false, kind: .code, rating: .again),
        RatingCase(outcome: .empty, elapsed: 1, hint: false, kind: .code, rating: .again),
        RatingCase(outcome: .wrong, elapsed: 30, hint: true, kind: .phrase, rating: .again),
        RatingCase(outcome: .correct, elapsed: 4.9, hint: false, kind: .code, rating: .easy),
        RatingCase(outcome: .correct, elapsed: 5, hint: false, kind: .code, rating: .good),       // not under 5 s
        RatingCase(outcome: .correct, elapsed: 8, hint: false, kind: .phrase, rating: .good),
        RatingCase(outcome: .correct, elapsed: 1, hint: true, kind: .code, rating: .hard),
        RatingCase(outcome: .correct, elapsed: 30, hint: true, kind: .code, rating: .hard),
        RatingCase(outcome: .acceptedWithTypo(canonical: "Busy Here"), elapsed: 1, hint: false, kind: .phrase, rating: .hard),
        RatingCase(outcome: .acceptedWithTypo(canonical: "Busy Here"), elapsed: 1, hint: true, kind: .phrase, rating: .hard),
        RatingCase(outcome: .correct, elapsed: 11, hint: false, kind: .scenario, rating: .easy),  // 12 s for scenarios
        RatingCase(outcome: .correct, elapsed: 12, hint: false, kind: .scenario, rating: .good),
        RatingCase(outcome: .correct, elapsed: 4, hint: false, kind: .meaning, rating: .easy),
        RatingCase(outcome: .correct, elapsed: 4, hint: false, kind: .headers, rating: .easy),
        RatingCase(outcome: .correct, elapsed: 6, hint: false, kind: .class, rating: .good),
        RatingCase(outcome: .correct, elapsed: -3, hint: false, kind: .code, rating: .good),      // clock jump
        RatingCase(outcome: .correct, elapsed: .nan, hint: false, kind: .code, rating: .good),
    ]

    @Test(arguments: table)
    func mapsOutcomesToRatings(_ c: RatingCase) {
        #expect(RatingPolicy.rating(for: c.outcome, elapsed: c.elapsed, hintUsed: c.hint, kind: c.kind) == c.rating)
    }

    @Test func thresholdsAreConfigurable() {
        let slow = AnswerTimeThresholds(recall: 10, scenario: 20)
        #expect(RatingPolicy.rating(for: .correct, elapsed: 8, hintUsed: false, kind: .code, thresholds: slow) == .easy)
        #expect(RatingPolicy.rating(for: .correct, elapsed: 15, hintUsed: false, kind: .scenario, thresholds: slow) == .easy)
        #expect(AnswerTimeThresholds.standard.seconds(for: .phrase) == 5)
        #expect(AnswerTimeThresholds.standard.seconds(for: .scenario) == 12)
    }

    @Test func ratesAGrade() throws {
        let q = try StudyFixture.question("sip-486:code")
        let grade = Grader.grade("486", for: q, deck: StudyFixture.deck)
        #expect(RatingPolicy.rating(for: grade, elapsed: 2, hintUsed: false, kind: q.kind) == .easy)
    }

    @Test func thresholdsDecodeWithDefaultsForMissingKeys() throws {
        let decoded = try JSONDecoder().decode(AnswerTimeThresholds.self, from: Data(#"{"recall": 7}"#.utf8))
        #expect(decoded == AnswerTimeThresholds(recall: 7, scenario: 12))
        let empty = try JSONDecoder().decode(AnswerTimeThresholds.self, from: Data("{}".utf8))
        #expect(empty == .standard)
    }
}
