import Foundation
import Testing
@testable import SipdrillCore

/// Fuzz: py-fsrs's ranges, Anki's uniform floor pick, seeded so shown = applied.
@Suite("Fuzz")
struct FuzzTests {
    @Test("ranges match py-fsrs", arguments: [
        (3, 2...4), (7, 5...9), (20, 17...23), (50, 46...54), (100, 93...107), (365, 345...385),
    ])
    func ranges(days: Int, expected: ClosedRange<Int>) {
        #expect(Fuzz.range(days: days, maximumInterval: 36500) == expected)
    }

    @Test("the cap bounds the range and the result")
    func cap() {
        #expect(Fuzz.range(days: 100, maximumInterval: 100) == 93...100)
        for step in 0..<100 {
            let days = Fuzz.apply(days: 100, fraction: Double(step) / 100, maximumInterval: 100)
            #expect((93...100).contains(days))
        }
    }

    @Test("intervals under 2.5 days are left alone")
    func short() {
        for fraction in [0.0, 0.5, 0.999] {
            #expect(Fuzz.apply(days: 1, fraction: fraction, maximumInterval: 36500) == 1)
            #expect(Fuzz.apply(days: 2, fraction: fraction, maximumInterval: 36500) == 2)
        }
    }

    @Test("every whole day in [lo, hi] is equally likely and nothing else happens")
    func uniform() {
        // An even grid of fractions hits every day exactly equally often.
        var grid: [Int: Int] = [:]
        for k in 0..<7000 {
            grid[Fuzz.apply(days: 20, fraction: (Double(k) + 0.5) / 7000, maximumInterval: 36500), default: 0] += 1
        }
        #expect(grid == Dictionary(uniqueKeysWithValues: (17...23).map { ($0, 1000) }))

        // The seeded fractions spread evenly too: 70 000 cards, 10 000 expected per day.
        var seeded: [Int: Int] = [:]
        for card in 0..<70_000 {
            let fraction = Fuzz.fraction(seed: Fuzz.seed(cardID: "card-\(card)"), reviewCount: 5)
            seeded[Fuzz.apply(days: 20, fraction: fraction, maximumInterval: 36500), default: 0] += 1
        }
        #expect(Set(seeded.keys) == Set(17...23))
        for (day, count) in seeded {
            #expect(abs(count - 10_000) < 400, "day \(day): \(count)")  // ~4 standard deviations
        }
    }

    @Test("fractions are in [0, 1) and follow splitmix64")
    func fractions() {
        // splitmix64's first output from state 0 is 0xe220a8397b1dcdaf.
        #expect(Fuzz.fraction(seed: 0, reviewCount: 0) == Double(UInt64(0xe220_a839_7b1d_cdaf) >> 11) * 0x1.0p-53)
        var seen = Set<Double>()
        for seed in [UInt64.min, 1, 42, .max] {
            for count in 0..<200 {
                let f = Fuzz.fraction(seed: seed, reviewCount: count)
                #expect(f >= 0 && f < 1)
                seen.insert(f)
            }
        }
        #expect(seen.count == 800)  // no repeats: each review draws afresh
        #expect(Fuzz.apply(days: 20, fraction: 1, maximumInterval: 36500) == 23)  // guarded
    }

    @Test("card seeds are FNV-1a of the id")
    func seeds() {
        #expect(Fuzz.seed(cardID: "") == 0xcbf2_9ce4_8422_2325)
        #expect(Fuzz.seed(cardID: "a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Fuzz.seed(cardID: "foobar") == 0x8594_4171_f739_67e8)
        #expect(Fuzz.seed(cardID: "sip.invite.100") != Fuzz.seed(cardID: "sip.invite.101"))
    }

    static let start = Date(timeIntervalSince1970: 1_709_283_600)

    /// A Review card due in about 30 days, reviewed on time.
    static let matureCard = SchedulerCard(state: .review, step: nil, stability: 30, difficulty: 5,
                                          due: start, lastReview: start.addingTimeInterval(-30 * 86_400),
                                          reps: 6)

    @Test("the same seed gives the same interval, and previews show what review applies")
    func deterministic() {
        let scheduler = Scheduler(settings: SchedulerSettings(enableFuzz: true))
        let seed = Fuzz.seed(cardID: "sip.register.401")
        let first = scheduler.review(Self.matureCard, rating: .good, at: Self.start, fuzzSeed: seed)
        let second = scheduler.review(Self.matureCard, rating: .good, at: Self.start, fuzzSeed: seed)
        #expect(first == second)
        let shown = scheduler.previews(Self.matureCard, at: Self.start, fuzzSeed: seed)
        for rating in Rating.allCases {
            #expect(shown[rating] == scheduler.review(Self.matureCard, rating: rating, at: Self.start,
                                                      fuzzSeed: seed).card)
        }
    }

    @Test("fuzzed due dates stay inside the range and vary between cards")
    func fuzzedReviews() {
        let fuzzy = Scheduler(settings: SchedulerSettings(enableFuzz: true))
        let plain = Scheduler(settings: SchedulerSettings(enableFuzz: false))
        let unfuzzed = plain.review(Self.matureCard, rating: .good, at: Self.start, fuzzSeed: 1).card
        let days = Int(unfuzzed.due.timeIntervalSince(Self.start) / 86_400)
        let range = Fuzz.range(days: days, maximumInterval: 36500)
        var seen = Set<Int>()
        for card in 0..<500 {
            let after = fuzzy.review(Self.matureCard, rating: .good, at: Self.start,
                                     fuzzSeed: Fuzz.seed(cardID: "c\(card)")).card
            let interval = after.due.timeIntervalSince(Self.start) / 86_400
            #expect(interval == interval.rounded())
            #expect(range.contains(Int(interval)))
            #expect(after.stability == unfuzzed.stability)  // fuzz moves the date, not the memory
            seen.insert(Int(interval))
        }
        #expect(seen == Set(range))
        // No seed, no fuzz.
        #expect(fuzzy.review(Self.matureCard, rating: .good, at: Self.start, fuzzSeed: nil).card == unfuzzed)
    }

    @Test("steps are never fuzzed")
    func stepsUnfuzzed() {
        let scheduler = Scheduler(settings: SchedulerSettings(enableFuzz: true))
        for card in 0..<50 {
            let outcomes = scheduler.previews(.new(due: Self.start), at: Self.start, fuzzSeed: UInt64(card))
            #expect(outcomes[.again]?.due == Self.start.addingTimeInterval(60))
            #expect(outcomes[.good]?.due == Self.start.addingTimeInterval(600))
            let lapse = scheduler.review(Self.matureCard, rating: .again, at: Self.start, fuzzSeed: UInt64(card))
            #expect(lapse.card.due == Self.start.addingTimeInterval(600))
        }
    }
}
