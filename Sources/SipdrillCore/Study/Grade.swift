/// The verdict on one answer, with everything the UI needs to teach from it. Values only:
/// the UI formats them.
public struct Grade: Codable, Equatable, Sendable {
    public var outcome: GradeOutcome
    /// The code the learner gave, typed or chosen; nil when the answer was not a code.
    public var givenCode: Int?
    /// The pair of codes mixed up, to record in the confusion log (wrong answers only).
    public var confusion: Confusion?
    public var feedback: Feedback

    public init(outcome: GradeOutcome, givenCode: Int? = nil, confusion: Confusion? = nil, feedback: Feedback) {
        self.outcome = outcome
        self.givenCode = givenCode
        self.confusion = confusion
        self.feedback = feedback
    }

    /// Right, with or without a tolerated typo.
    public var isCorrect: Bool { outcome.isCorrect }
}

/// How an answer was judged.
public enum GradeOutcome: Codable, Equatable, Sendable {
    /// Right (an alias or the other language's name counts as right).
    case correct
    /// Right but for a small typo; `canonical` is the spelling meant ("accepted: Busy Here").
    case acceptedWithTypo(canonical: String)
    case wrong
    /// Nothing typed: the learner did not know. Rated like a wrong answer.
    case empty

    public var isCorrect: Bool {
        switch self {
        case .correct, .acceptedWithTypo: true
        case .wrong, .empty: false
        }
    }

    /// The word stored in the review log's `grade` field (`correct`, `typo`, `wrong`, `empty`).
    public var logName: String {
        switch self {
        case .correct: "correct"
        case .acceptedWithTypo: "typo"
        case .wrong: "wrong"
        case .empty: "empty"
        }
    }
}

/// Two codes the learner mixed up: asked `expected`, answered with `given`.
public struct Confusion: Codable, Hashable, Sendable {
    public var deck: DeckID
    public var expected: Int
    public var given: Int

    public init(deck: DeckID, expected: Int, given: Int) {
        self.deck = deck
        self.expected = expected
        self.given = given
    }
}

/// What to teach after an answer.
public struct Feedback: Codable, Equatable, Sendable {
    /// The right answer and what it means.
    public var answer: AnswerKey
    /// What the learner's wrong answer actually is, when it is something (another code,
    /// another code's name, another class).
    public var given: GivenAnswer?
    /// The rule that separates the right answer from the given one, from either entry's
    /// confusable list; nil when the content has none for the pair.
    public var rule: Bilingual?

    public init(answer: AnswerKey, given: GivenAnswer? = nil, rule: Bilingual? = nil) {
        self.answer = answer
        self.given = given
        self.rule = rule
    }
}

/// What a wrong answer actually means.
public enum GivenAnswer: Codable, Equatable, Sendable {
    /// Another code of the deck (typed, chosen, or named by its phrase on a phrase card).
    /// `status` tells the UI to say "historical" for 409 and the like.
    case entry(code: Int, name: Bilingual, meaning: Bilingual, status: EntryStatus)
    /// A well-formed code the deck does not have, or a code of another deck (`http:404`).
    case unknownCode(String)
    /// Another class.
    case codeClass(label: String, name: Bilingual, description: Bilingual)
}
