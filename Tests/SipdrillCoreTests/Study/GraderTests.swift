import Testing
@testable import SipdrillCore

/// One typed answer and its expected verdict.
struct GraderCase: Sendable, CustomTestStringConvertible {
    var card: String
    var answer: String
    var outcome: GradeOutcome
    /// The code read from the answer (typed codes only).
    var given: Int? = nil
    /// The code the learner confused the card's code with.
    var confusedWith: Int? = nil

    var testDescription: String { "\(card) ← \"\(answer)\"" }
}

struct GraderTests {
    static let cases: [GraderCase] = [
        // Phrase cards: lenient about case, punctuation, spaces; aliases and Chinese accepted.
        GraderCase(card: "sip-486:phrase", answer: "Busy Here", outcome: .correct),
        GraderCase(card: "sip-486:phrase", answer: "  BUSY-here!! ", outcome: .correct),
        GraderCase(card: "sip-486:phrase", answer: "busyhere", outcome: .correct),
        GraderCase(card: "sip-486:phrase", answer: "486 Busy Here", outcome: .correct),
        GraderCase(card: "sip-486:phrase", answer: "Busy", outcome: .correct),              // alias
        GraderCase(card: "sip-486:phrase", answer: "此处忙", outcome: .correct),             // Chinese name
        GraderCase(card: "sip-486:phrase", answer: "此 处 忙。", outcome: .correct),
        GraderCase(card: "sip-486:phrase", answer: "本端忙", outcome: .correct),             // zh alias
        GraderCase(card: "sip-486:phrase", answer: "Busy Hare", outcome: .acceptedWithTypo(canonical: "Busy Here")),
        GraderCase(card: "sip-486:phrase", answer: "Busy Heere", outcome: .acceptedWithTypo(canonical: "Busy Here")),
        GraderCase(card: "sip-486:phrase", answer: "Bsuy Here", outcome: .acceptedWithTypo(canonical: "Busy Here")),
        GraderCase(card: "sip-486:phrase", answer: "Buzy Hare", outcome: .wrong),             // two slips, 8 letters
        GraderCase(card: "sip-486:phrase", answer: "Busy Hear", outcome: .wrong),             // "ar"/"re": two slips
        GraderCase(card: "sip-486:phrase", answer: "此处闲", outcome: .wrong),                // no typos in Chinese
        GraderCase(card: "sip-486:phrase", answer: "Busy Everywhere", outcome: .wrong, confusedWith: 600),
        GraderCase(card: "sip-486:phrase", answer: "486", outcome: .wrong),
        GraderCase(card: "sip-486:phrase", answer: "", outcome: .empty),
        GraderCase(card: "sip-486:phrase", answer: " \t ", outcome: .empty),
        GraderCase(card: "sip-486:phrase", answer: "\u{3000}", outcome: .empty),            // ideographic space
        GraderCase(card: "sip-100:phrase", answer: "Tryin", outcome: .wrong),                // short: exact only
        GraderCase(card: "sip-407:phrase", answer: "Proxy Authentication Requird",
                   outcome: .acceptedWithTypo(canonical: "Proxy Authentication Required")),
        GraderCase(card: "sip-407:phrase", answer: "Proxy Authentcation Requred",          // 2 slips, ≥ 16 letters
                   outcome: .acceptedWithTypo(canonical: "Proxy Authentication Required")),
        GraderCase(card: "sip-407:phrase", answer: "Prxy Authentcation Requred", outcome: .wrong),
        GraderCase(card: "sip-407:phrase", answer: "Proxy Auth Required", outcome: .correct), // alias
        GraderCase(card: "sip-414:phrase", answer: "request uri too long", outcome: .correct),
        GraderCase(card: "sip-414:phrase", answer: "Ｒｅｑｕｅｓｔ－ＵＲＩ过长", outcome: .correct), // full width
        GraderCase(card: "sip-200:phrase", answer: "ok", outcome: .correct),
        GraderCase(card: "sip-200:phrase", answer: "成功", outcome: .correct),
        // 406 and 606 share "Not Acceptable": each card is graded against its own entry.
        GraderCase(card: "sip-406:phrase", answer: "Not Acceptable", outcome: .correct),
        GraderCase(card: "sip-606:phrase", answer: "not acceptable", outcome: .correct),
        GraderCase(card: "sip-606:phrase", answer: "不可接受", outcome: .correct),
        GraderCase(card: "sip-406:phrase", answer: "Not Acceptable Here", outcome: .wrong, confusedWith: 488),
        GraderCase(card: "sip-606:phrase", answer: "Not Acceptable Here", outcome: .wrong, confusedWith: 488),
        // Both 406 and 606 are named so; 488 lists 606 as confusable, so that is the mix-up.
        GraderCase(card: "sip-488:phrase", answer: "Not Acceptable", outcome: .wrong, confusedWith: 606),
        // Another code's name is a confusion, historical codes included.
        GraderCase(card: "sip-491:phrase", answer: "Conflict", outcome: .wrong, confusedWith: 409),

        // Code cards: exact codes; full-width digits and the deck prefix are fine.
        GraderCase(card: "sip-486:code", answer: "486", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: " 486\n", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: "４８６", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: "sip:486", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: "SIP: 486", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: "ｓｉｐ：４８６", outcome: .correct, given: 486),
        GraderCase(card: "sip-486:code", answer: "http:486", outcome: .wrong),
        GraderCase(card: "sip-486:code", answer: "600", outcome: .wrong, given: 600, confusedWith: 600),
        GraderCase(card: "sip-486:code", answer: "499", outcome: .wrong, given: 499),       // not in the deck
        GraderCase(card: "sip-486:code", answer: "4860", outcome: .wrong),
        GraderCase(card: "sip-486:code", answer: "48", outcome: .wrong),
        GraderCase(card: "sip-486:code", answer: "486.", outcome: .wrong),
        GraderCase(card: "sip-486:code", answer: "Busy Here", outcome: .wrong),
        GraderCase(card: "sip-486:code", answer: "a", outcome: .wrong),                     // no choices here
        GraderCase(card: "sip-486:code", answer: "", outcome: .empty),
        GraderCase(card: "sip-406:code", answer: "606", outcome: .wrong, given: 606, confusedWith: 606),
        GraderCase(card: "sip-606:code", answer: "606", outcome: .correct, given: 606),
        GraderCase(card: "sip-491:code", answer: "409", outcome: .wrong, given: 409, confusedWith: 409),
        GraderCase(card: "sip-503:meaning", answer: "503", outcome: .correct, given: 503),
        GraderCase(card: "sip-503:meaning", answer: "500", outcome: .wrong, given: 500, confusedWith: 500),

        // Headers cards.
        GraderCase(card: "sip-423:headers", answer: "Min-Expires", outcome: .correct),
        GraderCase(card: "sip-423:headers", answer: "min expires", outcome: .correct),
        GraderCase(card: "sip-423:headers", answer: "Min-Expire", outcome: .acceptedWithTypo(canonical: "Min-Expires")),
        GraderCase(card: "sip-423:headers", answer: "Expires", outcome: .wrong),
        GraderCase(card: "sip-180:headers", answer: "RSeq", outcome: .correct),
        GraderCase(card: "sip-180:headers", answer: "Contact, RSeq", outcome: .correct),
        GraderCase(card: "sip-180:headers", answer: "Contact, Alert-Info", outcome: .wrong),
        GraderCase(card: "sip-503:headers", answer: "retry-after", outcome: .correct),

        // Class cards.
        GraderCase(card: "sip-class-4xx:class", answer: "4xx", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "4XX", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "4", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "４ｘｘ", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "Request Failure", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "请求失败", outcome: .correct),
        GraderCase(card: "sip-class-4xx:class", answer: "5xx", outcome: .wrong),
        GraderCase(card: "sip-class-4xx:class", answer: "486", outcome: .wrong),
        GraderCase(card: "sip-class-4xx:class", answer: "7xx", outcome: .wrong),
    ]

    @Test(arguments: cases)
    func grades(_ c: GraderCase) throws {
        let q = try StudyFixture.question(c.card)
        let grade = Grader.grade(c.answer, for: q, deck: StudyFixture.deck)
        #expect(grade.outcome == c.outcome)
        #expect(grade.givenCode == c.given)
        let expectedConfusion = c.confusedWith.map { Confusion(deck: .sip, expected: q.answer.code!, given: $0) }
        #expect(grade.confusion == expectedConfusion)
        #expect(grade.feedback.answer == q.answer)
        if let other = c.confusedWith {
            // The feedback says what the other code means.
            let entry = try #require(StudyFixture.deck.entry(code: other))
            #expect(grade.feedback.given == .entry(code: other, name: Bilingual(en: entry.phrase, zh: entry.zh),
                                                   meaning: entry.meaning, status: entry.status))
        }
    }

    @Test func wrongCodeTeachesTheSeparatingRule() throws {
        let q = try StudyFixture.question("sip-486:code")
        let grade = Grader.grade("600", for: q, deck: StudyFixture.deck)
        let rule = StudyFixture.deck.entry(code: 486)!.confusable.first { $0.code == 600 }!.rule
        #expect(grade.feedback.rule == rule)
        #expect(grade.feedback.answer.name == Bilingual(en: "Busy Here", zh: "此处忙"))
        // A pair the content does not relate has no rule, but still the other code's meaning.
        let unrelated = Grader.grade("100", for: q, deck: StudyFixture.deck)
        #expect(unrelated.feedback.rule == nil)
        #expect(unrelated.confusion == Confusion(deck: .sip, expected: 486, given: 100))
        #expect(Grader.grade("499", for: q, deck: StudyFixture.deck).feedback.given == .unknownCode("499"))
        #expect(Grader.grade("http:404", for: q, deck: StudyFixture.deck).feedback.given == .unknownCode("http:404"))
    }

    @Test func ruleComesFromTheOtherEntryWhenOnlyItListsThePair() throws {
        // A house deck might give the rule on one side only.
        var deck = StudyFixture.deck
        let index = try #require(deck.entries.firstIndex { $0.code == 486 })
        deck.entries[index].confusable.removeAll { $0.code == 600 }
        var generator = SeededGenerator(seed: 1)
        let card = try #require(StudyFixture.card("sip-486:code"))
        let q = try QuestionMaker.make(card: card, deck: deck, language: .en, generator: &generator)
        let rule600 = deck.entry(code: 600)!.confusable.first { $0.code == 486 }!.rule
        #expect(Grader.grade("600", for: q, deck: deck).feedback.rule == rule600)
    }

    /// Choices are answered by letter, number or code; a distractor is a recorded confusion.
    @Test(arguments: Array(UInt64(0)..<8))
    func choicesByLetterNumberOrCode(seed: UInt64) throws {
        let q = try StudyFixture.question("sip-486:scenario", seed: seed)
        let deck = StudyFixture.deck
        for (index, choice) in q.choices.enumerated() {
            let answers = [choice.label, choice.label.uppercased(), String(index + 1), String(choice.code),
                           String(choice.label.unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })]
            for answer in answers {
                let grade = Grader.grade(answer, for: q, deck: deck)
                #expect(grade.givenCode == choice.code, "\(answer)")
                if choice.isCorrect {
                    #expect(grade.outcome == .correct, "\(answer)")
                    #expect(grade.confusion == nil)
                } else {
                    #expect(grade.outcome == .wrong, "\(answer)")
                    #expect(grade.confusion == Confusion(deck: .sip, expected: 486, given: choice.code))
                    #expect(grade.feedback.rule == choice.rule)
                }
            }
        }
        #expect(Grader.grade("e", for: q, deck: deck).outcome == .wrong)
        #expect(Grader.grade("5", for: q, deck: deck).givenCode == nil)
        #expect(Grader.grade("", for: q, deck: deck).outcome == .empty)
    }

    @Test func wrongClassSaysWhatThatClassMeans() throws {
        let q = try StudyFixture.question("sip-class-4xx:class")
        let grade = Grader.grade("5xx", for: q, deck: StudyFixture.deck)
        let c5 = try #require(StudyFixture.deck.codeClass("5xx"))
        #expect(grade.feedback.given == .codeClass(label: "5xx", name: c5.name, description: c5.description))
        #expect(grade.confusion == nil)
    }

    @Test func typoToleranceByLength() {
        #expect(TypoTolerance.allowedEdits(for: "Decline") == 0)            // 7 letters
        #expect(TypoTolerance.allowedEdits(for: "Busy Here") == 1)          // 8 letters
        #expect(TypoTolerance.allowedEdits(for: "Request-URI Too Long") == 2) // 17 letters
        #expect(TypoTolerance.allowedEdits(for: "Session Progress") == 1)   // 15 letters
        #expect(TypoTolerance.allowedEdits(for: "服务器内部错误服务器内部错误") == 0)
        #expect(GradeOutcome.acceptedWithTypo(canonical: "x").logName == "typo")
    }
}
