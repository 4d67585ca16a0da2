import Foundation
import Testing
@testable import SipdrillCore

/// The model functions against the numbers quoted in docs/fsrs-6.md (from py-fsrs 6.3.2).
@Suite("FSRS-6 model")
struct FSRSModelTests {
    let model = FSRS(parameters: SchedulerSettings.defaultParameters)

    @Test("decay and factor make R(S, S) = 0.9")
    func forgettingCurve() {
        #expect(model.decay == -0.1542)
        #expect(FSRSFixtures.isClose(model.factor, 0.98034649441, relative: 1e-10))
        for stability in [0.5, 1, 3.7, 100, 3650] {
            #expect(FSRSFixtures.isClose(model.retrievability(elapsedDays: stability, stability: stability), 0.9, relative: 1e-12))
        }
        #expect(model.retrievability(elapsedDays: 0, stability: 5) == 1)
        // A different decay still passes through 0.9 at t = S.
        var w = SchedulerSettings.defaultParameters
        w[20] = 0.5
        #expect(FSRSFixtures.isClose(FSRS(parameters: w).retrievability(elapsedDays: 7, stability: 7), 0.9, relative: 1e-12))
    }

    @Test("initial stability is w[G−1]; initial difficulty is clamped", arguments: [
        (Rating.again, 0.212, 6.4133), (.hard, 1.2931, 5.1122), (.good, 2.3065, 2.1181), (.easy, 8.2956, 1.0),
    ])
    func initialState(rating: Rating, stability: Double, difficulty: Double) {
        #expect(model.initialStability(rating) == stability)
        #expect(abs(model.initialDifficulty(rating) - difficulty) < 5e-5)
    }

    @Test("mean reversion aims at Easy's unclamped D0")
    func meanReversionTarget() {
        #expect(abs(model.initialDifficulty(.easy, clamped: false) - -4.7716) < 5e-5)
        // Good leaves D almost unchanged: only the 0.1 % pull toward −4.77.
        let d = model.nextDifficulty(5, rating: .good)
        #expect(FSRSFixtures.isClose(d, 0.001 * model.initialDifficulty(.easy, clamped: false) + 0.999 * 5))
        // All-Again saturates just below 10, not at 10.
        var saturated = 5.0
        for _ in 0..<200 { saturated = model.nextDifficulty(saturated, rating: .again) }
        #expect(abs(saturated - 9.978) < 1e-3)
        #expect(model.nextDifficulty(1, rating: .easy) == 1)
    }

    @Test("same-day increase at S = 1 is 0.355, 0.611, 1.051, 1.808 before the floor of 1")
    func shortTerm() {
        // At S = 1 the S^−w19 factor is 1, so S_st equals the (floored) increase.
        #expect(abs(model.shortTermStability(1, rating: .again) - 0.355) < 5e-4)
        #expect(model.shortTermStability(1, rating: .hard) == 1)  // 0.611 raised to 1
        #expect(abs(model.shortTermStability(1, rating: .good) - 1.051) < 5e-4)
        #expect(abs(model.shortTermStability(1, rating: .easy) - 1.808) < 5e-4)
        #expect(model.shortTermStability(0.001, rating: .again) == FSRS.minimumStability)
    }

    @Test("a lapse never raises stability; a pass always does")
    func lapseAndRecall() {
        for stability in [0.01, 0.5, 2, 30, 400] {
            for retrievability in [0.2, 0.7, 0.95] {
                let lapse = model.forgetStability(difficulty: 5, stability: stability, retrievability: retrievability)
                #expect(lapse <= stability / pow(FSRS.e, 0.5425 * 0.0912) * (1 + 1e-15))
                for rating in [Rating.hard, .good, .easy] {
                    #expect(model.recallStability(difficulty: 5, stability: stability,
                                                  retrievability: retrievability, rating: rating) > stability)
                }
            }
        }
        // Hard < Good < Easy for the same card.
        let s = [Rating.hard, .good, .easy].map {
            model.recallStability(difficulty: 5, stability: 10, retrievability: 0.9, rating: $0)
        }
        #expect(s[0] < s[1] && s[1] < s[2])
    }

    @Test("interval per stability at each retention", arguments: [
        (0.70, 9.29), (0.80, 3.32), (0.85, 1.91), (0.90, 1.00), (0.95, 0.40), (0.97, 0.22),
    ])
    func intervalRatio(retention: Double, ratio: Double) {
        let days = model.interval(stability: 1000, desiredRetention: retention, maximumInterval: 36500)
        #expect(abs(Double(days) / 1000 - ratio) < 0.006)
    }

    @Test("intervals are whole days, at least 1, at most the cap, halves to even")
    func intervalRounding() {
        #expect(model.interval(stability: 0.2, desiredRetention: 0.9, maximumInterval: 36500) == 1)
        #expect(model.interval(stability: 1e6, desiredRetention: 0.9, maximumInterval: 365) == 365)
        #expect(model.interval(stability: 3.4, desiredRetention: 0.9, maximumInterval: 36500) == 3)
        #expect(model.interval(stability: 3.6, desiredRetention: 0.9, maximumInterval: 36500) == 4)
        // Raw intervals of exactly x.5 (checked first, so the test cannot pass by accident).
        for (half, even) in [(2.5, 2.0), (3.5, 4.0)] {
            let stability = half * model.factor
            #expect(stability / model.factor == half)
            #expect(model.interval(stability: stability, retentionTerm: 1, maximumInterval: 36500) == Int(even))
        }
        #expect(model.interval(stability: .nan, retentionTerm: 1, maximumInterval: 36500) == 1)
    }
}
