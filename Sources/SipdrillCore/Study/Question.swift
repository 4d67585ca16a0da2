/// One question, ready to show: prompt texts in both languages, what counts as right, and for
/// scenario cards four choices. Made by ``QuestionMaker``, graded by ``Grader``.
public struct Question: Codable, Equatable, Sendable {
    public var card: StudyCard
    /// The languages the learner chose; ``instruction`` and ``stimulus`` hold both, the UI
    /// shows `language.languages` of them.
    public var language: LanguageChoice
    /// What to do ("Type the code").
    public var instruction: Bilingual
    /// What is asked about: a code, a name, a meaning, a scenario, a class description.
    public var stimulus: Bilingual
    /// What the grader accepts.
    public var expected: ExpectedAnswer
    /// The right answer as shown after answering.
    public var answer: AnswerKey
    /// Four choices (a–d) for scenario cards, otherwise empty. The UI may show them or not:
    /// a typed code is graded the same.
    public var choices: [Choice]
    /// Which of the entry's scenarios the stimulus is (scenario cards only).
    public var scenarioIndex: Int?
    /// What `hint` reveals.
    public var hint: Hint

    public init(card: StudyCard, language: LanguageChoice, instruction: Bilingual, stimulus: Bilingual,
                expected: ExpectedAnswer, answer: AnswerKey, choices: [Choice], scenarioIndex: Int?, hint: Hint) {
        self.card = card
        self.language = language
        self.instruction = instruction
        self.stimulus = stimulus
        self.expected = expected
        self.answer = answer
        self.choices = choices
        self.scenarioIndex = scenarioIndex
        self.hint = hint
    }

    public var cardID: CardID { card.id }
    public var kind: CardKind { card.kind }
}

/// What the grader accepts for a question.
public enum ExpectedAnswer: Codable, Equatable, Sendable {
    /// Exactly this status code.
    case code(Int)
    /// The entry's reason phrase or Chinese name, or one of their aliases; the first of each
    /// list is the canonical form. Either language is right in any language mode.
    case name(en: [String], zh: [String])
    /// Any one of these header fields (the RFC's strength `need` is part of the question).
    case headerField(names: [String], need: HeaderNeed)
    /// A class label such as `4xx`.
    case codeClass(String)
}

/// The right answer as shown after answering, with what it means.
public struct AnswerKey: Codable, Equatable, Sendable {
    /// The code, or nil for class cards.
    public var code: Int?
    /// The class label, `4xx`.
    public var classLabel: String
    /// The entry's phrase and Chinese name, the class name, or the asked header names.
    public var name: Bilingual
    /// The entry's meaning, or the class's description.
    public var meaning: Bilingual
    /// For headers cards: the asked fields, each with why the RFC wants it.
    public var headers: [HeaderField]

    public init(code: Int?, classLabel: String, name: Bilingual, meaning: Bilingual, headers: [HeaderField] = []) {
        self.code = code
        self.classLabel = classLabel
        self.name = name
        self.meaning = meaning
        self.headers = headers
    }
}

/// One of a scenario card's four choices.
public struct Choice: Codable, Equatable, Sendable {
    /// `a` … `d`.
    public var label: String
    public var code: Int
    /// The code's reason phrase and Chinese name.
    public var name: Bilingual
    public var isCorrect: Bool
    /// What the code means (for distractors: why it is not the answer here).
    public var meaning: Bilingual
    /// For distractors: the confusable rule that separates this code from the answer, when the
    /// content gives one (from either entry's list).
    public var rule: Bilingual?

    public init(label: String, code: Int, name: Bilingual, isCorrect: Bool, meaning: Bilingual, rule: Bilingual?) {
        self.label = label
        self.code = code
        self.name = name
        self.isCorrect = isCorrect
        self.meaning = meaning
        self.rule = rule
    }
}

/// What asking for a hint reveals. After a hint the best rating is Hard.
public enum Hint: Codable, Equatable, Sendable {
    /// For code answers (code, meaning, scenario cards): the class, `4xx`.
    case codeClass(String)
    /// For name answers (phrase, headers cards): the first letter of the English answer and
    /// the first character of the Chinese one ("B" / "此").
    case firstLetter(Bilingual)
    /// For class cards: the class's name ("Request Failure" / "请求失败").
    case className(Bilingual)

    /// The hint as text in each language.
    public var text: Bilingual {
        switch self {
        case .codeClass(let label): Bilingual(en: label, zh: label)
        case .firstLetter(let letters): Bilingual(en: letters.en + "…", zh: letters.zh + "…")
        case .className(let name): name
        }
    }
}
