import Testing
@testable import SipdrillCore

struct QuestionMakerTests {
    let deck = StudyFixture.deck

    @Test func phraseCardAsksForTheName() throws {
        let q = try StudyFixture.question("sip-486:phrase", language: .both)
        #expect(q.stimulus == Bilingual(en: "486 ?", zh: "486 ?"))
        #expect(q.expected == .name(en: ["Busy Here", "Busy"], zh: ["此处忙", "这里忙", "本端忙", "被叫忙"]))
        #expect(q.hint == .firstLetter(Bilingual(en: "B", zh: "此")))
        #expect(q.answer.code == 486)
        #expect(q.choices.isEmpty)
        #expect(q.language == .both)
    }

    @Test func codeCardShowsTheNameAndHintsTheClass() throws {
        let q = try StudyFixture.question("sip-486:code")
        #expect(q.stimulus == Bilingual(en: "Busy Here", zh: "此处忙"))
        #expect(q.expected == .code(486))
        #expect(q.hint == .codeClass("4xx"))
        #expect(q.hint.text.en == "4xx")
    }

    /// 406 and 606 are both "Not Acceptable" / "不可接受": the class name makes each prompt
    /// have one right answer.
    @Test func sharedNamesAreDisambiguatedByClass() throws {
        let q406 = try StudyFixture.question("sip-406:code")
        let q606 = try StudyFixture.question("sip-606:code")
        #expect(q406.stimulus == Bilingual(en: "Not Acceptable (Request Failure)", zh: "不可接受（请求失败）"))
        #expect(q606.stimulus == Bilingual(en: "Not Acceptable (Global Failure)", zh: "不可接受（全局失败）"))
        #expect(try StudyFixture.question("sip-488:code").stimulus.en == "Not Acceptable Here")
    }

    @Test func meaningCardShowsTheMeaning() throws {
        let q = try StudyFixture.question("sip-503:meaning", language: .zh)
        #expect(q.stimulus == deck.entry(code: 503)!.meaning)
        #expect(q.expected == .code(503))
    }

    @Test func headersCardAsksForTheMustField() throws {
        let q = try StudyFixture.question("sip-423:headers")
        #expect(q.expected == .headerField(names: ["Min-Expires"], need: .must))
        #expect(q.stimulus.en == "423 Interval Too Brief")
        #expect(q.instruction.en.contains("MUST"))
        #expect(q.answer.headers.map(\.name) == ["Min-Expires"])
        #expect(q.hint == .firstLetter(Bilingual(en: "M", zh: "M")))
        let q503 = try StudyFixture.question("sip-503:headers")
        #expect(q503.expected == .headerField(names: ["Retry-After"], need: .may))
        #expect(q503.instruction.zh.contains("可以"))
    }

    @Test func classCardShowsTheDescription() throws {
        let q = try StudyFixture.question("sip-class-4xx:class")
        let codeClass = try #require(deck.codeClass("4xx"))
        #expect(q.stimulus == codeClass.description)
        #expect(q.expected == .codeClass("4xx"))
        #expect(q.hint == .className(codeClass.name))
        #expect(q.answer.code == nil)
    }

    @Test func everyCardOfTheRealDeckMakesAQuestion() throws {
        var generator = SeededGenerator(seed: 3)
        for card in StudyFixture.cards {
            let q = try QuestionMaker.make(card: card, deck: deck, language: .both, generator: &generator)
            #expect(q.card == card)
            #expect(!q.stimulus.en.isEmpty && !q.stimulus.zh.isEmpty, "\(card.id)")
            #expect(q.choices.isEmpty == (card.kind != .scenario), "\(card.id)")
        }
    }

    @Test func staleCardsThrow() {
        var generator = SeededGenerator(seed: 1)
        let gone = StudyCard(id: CardID(entry: EntryID("sip-499"), kind: .phrase), code: 499, classLabel: "4xx")
        #expect(throws: QuestionMakerError.unknownSubject(gone.id)) {
            try QuestionMaker.make(card: gone, deck: deck, language: .en, generator: &generator)
        }
        let historical = StudyCard(id: CardID(entry: EntryID("sip-409"), kind: .phrase), code: 409, classLabel: "4xx")
        #expect(throws: QuestionMakerError.notQuizzable(historical.id)) {
            try QuestionMaker.make(card: historical, deck: deck, language: .en, generator: &generator)
        }
        let noHeaders = StudyCard(id: CardID(entry: EntryID("sip-486"), kind: .headers), code: 486, classLabel: "4xx")
        #expect(throws: QuestionMakerError.notQuizzable(noHeaders.id)) {
            try QuestionMaker.make(card: noHeaders, deck: deck, language: .en, generator: &generator)
        }
    }

    // MARK: - Seeded determinism

    private func allQuestions(seed: UInt64) throws -> [Question] {
        var generator = SeededGenerator(seed: seed)
        return try StudyFixture.cards.map { card throws(QuestionMakerError) in
            try QuestionMaker.make(card: card, deck: deck, language: .en, generator: &generator)
        }
    }

    @Test func sameSeedSameQuestionsDifferentSeedDifferent() throws {
        let first = try allQuestions(seed: 2024)
        #expect(try allQuestions(seed: 2024) == first)
        let other = try allQuestions(seed: 2025)
        #expect(other != first)
        // Only scenario cards use the generator; every other question is the same under any seed.
        #expect(zip(first, other).allSatisfy { $0.kind == .scenario || $0 == $1 })
    }

    @Test func perCardGeneratorsMakeQuestionsIndependentOfOrder() throws {
        let card = try #require(StudyFixture.card("sip-486:scenario"))
        func make(after others: Int) throws -> Question {
            var shared = SeededGenerator(seed: 9)
            for _ in 0..<others { _ = shared.next() }
            var generator = SeededGenerator(seed: 9, card: card.id)
            return try QuestionMaker.make(card: card, deck: deck, language: .en, generator: &generator)
        }
        #expect(try make(after: 0) == make(after: 5))
    }
}
