/// Turns a card into a question. Pure: every random choice (scenario, distractors, their
/// order) comes from the generator passed in, so a seeded generator repeats a session exactly.
public enum QuestionMaker {
    /// Choice labels, in order.
    public static let choiceLabels = ["a", "b", "c", "d"]

    /// The question for `card` from `deck`'s content.
    public static func make(card: StudyCard, deck: Deck, language: LanguageChoice,
                            generator: inout some RandomNumberGenerator) throws(QuestionMakerError) -> Question {
        guard card.deck == deck.id else { throw .unknownSubject(card.id) }
        if card.kind == .class {
            guard let label = card.id.classLabel, let codeClass = deck.codeClass(label) else {
                throw .unknownSubject(card.id)
            }
            return classQuestion(card: card, codeClass: codeClass, language: language)
        }
        guard let entry = deck.entries.first(where: { $0.id == card.entryID }) else {
            throw .unknownSubject(card.id)
        }
        guard CardCatalog.kinds(for: entry).contains(card.kind) else { throw .notQuizzable(card.id) }

        let key = AnswerKey(code: entry.code, classLabel: entry.codeClass,
                            name: Bilingual(en: entry.phrase, zh: entry.zh), meaning: entry.meaning)
        let codeAndName = Bilingual(en: "\(entry.code) \(entry.phrase)", zh: "\(entry.code) \(entry.zh)")
        func question(_ instruction: Bilingual, _ stimulus: Bilingual, _ expected: ExpectedAnswer,
                      answer: AnswerKey = key, choices: [Choice] = [], scenario: Int? = nil,
                      hint: Hint = .codeClass(entry.codeClass)) -> Question {
            Question(card: card, language: language, instruction: instruction, stimulus: stimulus,
                     expected: expected, answer: answer, choices: choices, scenarioIndex: scenario, hint: hint)
        }

        switch card.kind {
        case .phrase:
            return question(Prompts.phrase, Bilingual(en: "\(entry.code) ?", zh: "\(entry.code) ?"),
                            .name(en: [entry.phrase] + entry.aliases.en, zh: [entry.zh] + entry.aliases.zh),
                            hint: .firstLetter(Bilingual(en: firstLetter(entry.phrase), zh: firstLetter(entry.zh))))
        case .code:
            return question(Prompts.code, disambiguatedName(entry, in: deck), .code(entry.code))
        case .meaning:
            return question(Prompts.meaning, entry.meaning, .code(entry.code))
        case .scenario:
            let index = DeterministicRandom.index(below: entry.scenarios.count, using: &generator)
            let choices = makeChoices(for: entry, in: deck, using: &generator)
            return question(Prompts.scenario, entry.scenarios[index], .code(entry.code),
                            choices: choices, scenario: index)
        case .headers:
            // kinds(for:) checked that there are headers to ask for.
            let (need, fields) = CardCatalog.askedHeaders(for: entry) ?? (.must, [])
            let names = fields.map(\.name)
            let joined = names.joined(separator: ", ")
            var headersKey = key
            headersKey.name = Bilingual(en: joined, zh: joined)
            headersKey.headers = fields
            let letters = uniqueFirstLetters(names)
            return question(Prompts.headers(need: need, count: fields.count), codeAndName,
                            .headerField(names: names, need: need), answer: headersKey,
                            hint: .firstLetter(Bilingual(en: letters, zh: letters)))
        case .class:
            throw .unknownSubject(card.id)   // handled above
        }
    }

    private static func classQuestion(card: StudyCard, codeClass: CodeClass, language: LanguageChoice) -> Question {
        Question(card: card, language: language, instruction: Prompts.codeClass, stimulus: codeClass.description,
                 expected: .codeClass(codeClass.label),
                 answer: AnswerKey(code: nil, classLabel: codeClass.label, name: codeClass.name,
                                   meaning: codeClass.description),
                 choices: [], scenarioIndex: nil, hint: .className(codeClass.name))
    }

    /// The answer and three distractors, shuffled, labelled a–d.
    static func makeChoices(for entry: Entry, in deck: Deck,
                            using generator: inout some RandomNumberGenerator) -> [Choice] {
        let distractors = Distractors.pick(for: entry, in: deck, count: choiceLabels.count - 1, using: &generator)
        let entries = DeterministicRandom.shuffled([entry] + distractors, using: &generator)
        return zip(choiceLabels, entries).map { label, choice in
            let isCorrect = choice.code == entry.code
            return Choice(label: label, code: choice.code, name: Bilingual(en: choice.phrase, zh: choice.zh),
                          isCorrect: isCorrect, meaning: choice.meaning,
                          rule: isCorrect ? nil : ConfusableRule.between(entry, choice))
        }
    }

    /// The entry's names as a code card shows them. A name another quizzable entry also has
    /// (406 and 606 are both "Not Acceptable" / "不可接受") gets its class name added, or the
    /// question would have two right answers and grading against the card's own code would
    /// be unfair.
    static func disambiguatedName(_ entry: Entry, in deck: Deck) -> Bilingual {
        var others: Set<String> = []
        for other in deck.entries where other.code != entry.code && CardCatalog.isQuizzable(other) {
            for name in [other.phrase, other.zh] + other.aliases.en + other.aliases.zh {
                others.insert(AnswerText.folded(name))
            }
        }
        let className = deck.codeClass(entry.codeClass)?.name
            ?? Bilingual(en: entry.codeClass, zh: entry.codeClass)
        let en = others.contains(AnswerText.folded(entry.phrase)) ? "\(entry.phrase) (\(className.en))" : entry.phrase
        let zh = others.contains(AnswerText.folded(entry.zh)) ? "\(entry.zh)（\(className.zh)）" : entry.zh
        return Bilingual(en: en, zh: zh)
    }

    private static func firstLetter(_ text: String) -> String {
        text.first.map(String.init) ?? ""
    }

    /// "C/R" for Contact, Record-Route, RSeq: each distinct first letter once.
    private static func uniqueFirstLetters(_ names: [String]) -> String {
        var letters: [String] = []
        for name in names {
            let letter = firstLetter(name)
            if !letters.contains(letter) { letters.append(letter) }
        }
        return letters.joined(separator: "/")
    }
}
