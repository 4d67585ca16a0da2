import Foundation
import Testing
@testable import SipdrillCore

/// Every review of every py-fsrs 6.3.2 reference sequence, through each public entry point.
@Suite("FSRS reference vectors (py-fsrs 6.3.2)")
struct ReferenceVectorTests {
    @Test("the fixture covers what it should")
    func fixtureCoverage() throws {
        let input = try FSRSFixtures.input()
        #expect(input.cases.count >= 150)
        let reviews = input.cases.reduce(0) { $0 + $1.reviews.count }
        #expect(reviews >= 2000)
        let ids = input.cases.map(\.id)
        for prefix in ["first-", "same-day-", "boundary-", "lapse-", "gap-", "retention-0.7-",
                       "retention-0.97-", "steps-no-learning", "steps-day-learning", "params-",
                       "max-interval-", "half-even-", "random-"] {
            #expect(ids.contains { $0.hasPrefix(prefix) }, "no case starts with \(prefix)")
        }
    }

    @Test("Replay.run reproduces every review")
    func replayMatchesPyFSRS() throws {
        let output = try JSONDecoder().decode(
            ReplayOutput.self, from: Replay.run(FSRSFixtures.data("replay-input")))
        let expected = try FSRSFixtures.expected()
        #expect(output.cases.map(\.id) == expected.cases.map(\.id))

        var mismatches: [String] = []
        var compared = 0
        for (actual, reference) in zip(output.cases, expected.cases) {
            #expect(actual.results.count == reference.results.count, "case \(actual.id)")
            for (index, (a, e)) in zip(actual.results, reference.results).enumerated() {
                compared += 1
                let problems = FSRSFixtures.differences(a, e)
                if !problems.isEmpty {
                    mismatches.append("case \(actual.id) review \(index + 1): " + problems.joined(separator: ", "))
                }
            }
        }
        #expect(compared == expected.cases.reduce(0) { $0 + $1.results.count })
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    #if os(Linux)
    // Same libm as CPython here, and the same operation order, so the text is identical;
    // this is what makes `sipdrill replay replay-input.json | diff - replay-expected.json` work.
    @Test("Replay.run output is byte-identical to the py-fsrs fixture")
    func replayTextIsIdentical() throws {
        let output = try Replay.run(FSRSFixtures.data("replay-input"))
        let expected = try FSRSFixtures.data("replay-expected")
        #expect(output == expected)
    }
    #endif

    @Test("Scheduler.review and previews reproduce every review and all four outcomes before it")
    func schedulerAndPreviewsMatchPyFSRS() throws {
        let input = try FSRSFixtures.input()
        let expected = try FSRSFixtures.expected()
        let previews = try FSRSFixtures.previews()
        #expect(previews.cases.map(\.id) == input.cases.map(\.id))

        var mismatches: [String] = []
        for ((replayCase, reference), before) in zip(zip(input.cases, expected.cases), previews.cases) {
            let scheduler = Scheduler(settings: FSRSFixtures.settings(for: replayCase, in: input))
            var card = SchedulerCard.new(due: .distantPast)
            for (index, review) in replayCase.reviews.enumerated() {
                let at = try #require(UTCTimestamp.parse(review.at))
                let rating = try #require(Rating(rawValue: review.rating))
                let where_ = "case \(replayCase.id) review \(index + 1)"

                let shown = scheduler.previews(card, at: at, fuzzSeed: nil)
                #expect(shown.count == 4)
                for option in Rating.allCases {
                    guard let mine = shown[option], let theirs = before.previews[index]["\(option.rawValue)"] else {
                        mismatches.append("\(where_): no preview for \(option)")
                        continue
                    }
                    let problems = FSRSFixtures.differences(ReplayResult(mine), theirs)
                    if !problems.isEmpty {
                        mismatches.append("\(where_) preview \(option): " + problems.joined(separator: ", "))
                    }
                }

                card = scheduler.review(card, rating: rating, at: at, fuzzSeed: nil).card
                #expect(card == shown[rating], "\(where_): the preview is what review applies")
                let problems = FSRSFixtures.differences(ReplayResult(card), reference.results[index])
                if !problems.isEmpty {
                    mismatches.append("\(where_): " + problems.joined(separator: ", "))
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    @Test("rebuild gives the final card of every sequence")
    func rebuildMatchesFinalCards() throws {
        let input = try FSRSFixtures.input()
        let expected = try FSRSFixtures.expected()
        for (replayCase, reference) in zip(input.cases, expected.cases) {
            let log = try Replay.reviewLog(of: replayCase)
            let settings = FSRSFixtures.settings(for: replayCase, in: input)
            let card = Scheduler.rebuild(log, settings: settings, newCardDue: .distantPast, fuzzSeed: nil)
            let last = try #require(reference.results.last)
            #expect(FSRSFixtures.differences(ReplayResult(card), last).isEmpty, "case \(replayCase.id)")
            #expect(card.reps == log.count)
            #expect(card.lastReview == log.last?.at)
        }
    }
}
