import Testing
@testable import SipdrillCore

struct DistractorTests {
    let deck = StudyFixture.deck

    /// Every scenario card of the real deck under many seeds: four distinct codes, the answer
    /// exactly once, no historical or nonstandard code, and confusables before anything else.
    @Test(arguments: Array(UInt64(0)..<40))
    func scenarioChoicesFollowTheRules(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for card in StudyFixture.cards where card.kind == .scenario {
            let q = try QuestionMaker.make(card: card, deck: deck, language: .en, generator: &generator)
            let code = try #require(card.code)
            let entry = try #require(deck.entry(code: code))
            let codes = q.choices.map(\.code)
            #expect(q.choices.map(\.label) == ["a", "b", "c", "d"])
            #expect(Set(codes).count == 4, "\(card.id): \(codes)")
            #expect(q.choices.filter { $0.isCorrect }.map(\.code) == [entry.code])
            #expect(codes.filter { $0 == entry.code }.count == 1)
            for code in codes {
                let status = try #require(deck.entry(code: code)).status
                #expect(status == .current || status == .deprecated, "\(card.id) offered \(code)")
            }
            let scenario = try #require(q.scenarioIndex)
            #expect(q.stimulus == entry.scenarios[scenario])

            // Confusables first: all distractors are confusables when there are three or more;
            // otherwise every (quizzable) confusable is among them.
            let confusables = Set(entry.confusableCodes.filter { code in
                deck.entry(code: code).map(CardCatalog.isQuizzable) ?? false
            })
            let distractors = Set(codes).subtracting([entry.code])
            if confusables.count >= 3 {
                #expect(distractors.isSubset(of: confusables), "\(card.id): \(distractors)")
            } else {
                #expect(confusables.isSubset(of: distractors), "\(card.id): \(distractors)")
            }
            // A distractor's explanation is the content's rule for the pair, when there is one.
            for choice in q.choices where !choice.isCorrect {
                let other = try #require(deck.entry(code: choice.code))
                #expect(choice.rule == ConfusableRule.between(entry, other))
                #expect(choice.meaning == other.meaning)
            }
        }
    }

    @Test func pickOrderIsConfusablesThenClassThenNearest() throws {
        let mini = StudyFixture.mini
        for seed in UInt64(0)..<30 {
            var generator = SeededGenerator(seed: seed)
            // 486 lists four confusables: three of them, whatever the seed.
            let busy = Distractors.pick(for: try StudyFixture.miniEntry(486), in: mini, using: &generator)
            #expect(Set(busy.map(\.code)).isSubset(of: [600, 603, 480, 487]))
            // 400's only confusable is historical 411: skipped; its 4xx class mates instead
            // (not 409/411 historical, not 499 nonstandard).
            let bad = Distractors.pick(for: try StudyFixture.miniEntry(400), in: mini, using: &generator)
            #expect(Set(bad.map(\.code)) == [480, 486, 487])
            // 200: its confusable 202 (deprecated but real), no other 2xx, then the nearest codes.
            let ok = Distractors.pick(for: try StudyFixture.miniEntry(200), in: mini, using: &generator)
            #expect(ok.map(\.code) == [202, 180, 400])
            // 604: no confusables; the other 6xx codes, then the nearest quizzable code (487, not 499).
            let nowhere = Distractors.pick(for: try StudyFixture.miniEntry(604), in: mini, using: &generator)
            #expect(Set(nowhere.prefix(2).map(\.code)) == [600, 603])
            #expect(nowhere.last?.code == 487)
        }
    }

    /// When an entry lists more confusables than there are slots, different seeds practise
    /// different ones.
    @Test func largeConfusableListsAreSampled() throws {
        var seen = Set<Int>()
        for seed in UInt64(0)..<30 {
            var generator = SeededGenerator(seed: seed)
            seen.formUnion(Distractors.pick(for: try StudyFixture.miniEntry(486), in: StudyFixture.mini,
                                            using: &generator).map(\.code))
        }
        #expect(seen == [600, 603, 480, 487])
    }

    @Test func answerPositionVariesWithTheSeed() throws {
        var positions = Set<Int>()
        for seed in UInt64(0)..<30 {
            let q = try StudyFixture.question("sip-486:scenario", seed: seed)
            positions.insert(try #require(q.choices.firstIndex { $0.isCorrect }))
        }
        #expect(positions == [0, 1, 2, 3])
    }
}
