/// Grades a typed answer against the question's own card only (406 and 606 share a phrase, but
/// a 406 card is graded against 406). Pure: the deck is passed in to explain wrong answers.
public enum Grader {
    /// The verdict on `answer` for `question`.
    public static func grade(_ answer: String, for question: Question, deck: Deck) -> Grade {
        guard !answer.foldingFullWidth.trimmingWhitespace.isEmpty else {
            return Grade(outcome: .empty, feedback: Feedback(answer: question.answer))
        }
        switch question.expected {
        case .code(let code):
            return gradeCode(answer, expected: code, question: question, deck: deck)
        case .name(let en, let zh):
            return gradeName(answer, candidates: en + zh, question: question, deck: deck)
        case .headerField(let names, _):
            return gradeHeader(answer, names: names, question: question)
        case .codeClass(let label):
            return gradeClass(answer, expected: label, question: question, deck: deck)
        }
    }

    // MARK: - Codes

    private static func gradeCode(_ answer: String, expected: Int, question: Question, deck: Deck) -> Grade {
        let feedback = Feedback(answer: question.answer)
        let given: Int
        if let index = AnswerText.choiceIndex(answer, count: question.choices.count) {
            given = question.choices[index].code
        } else {
            switch AnswerText.code(answer, deck: deck.id) {
            case .code(let code):
                given = code
            case .otherDeck(let prefix, let code):
                return Grade(outcome: .wrong, feedback: Feedback(answer: question.answer,
                                                                 given: .unknownCode("\(prefix):\(code)")))
            case .notACode:
                return Grade(outcome: .wrong, feedback: feedback)
            }
        }
        if given == expected { return Grade(outcome: .correct, givenCode: given, feedback: feedback) }
        return wrong(expected: expected, other: given, givenCode: given, question: question, deck: deck)
    }

    /// A wrong answer that names another code: what that code means, the separating rule, and
    /// the confusion to record (only for codes the deck has; 999 teaches nothing to log).
    private static func wrong(expected: Int, other: Int, givenCode: Int?, question: Question, deck: Deck) -> Grade {
        guard let otherEntry = deck.entry(code: other) else {
            return Grade(outcome: .wrong, givenCode: givenCode,
                         feedback: Feedback(answer: question.answer, given: .unknownCode("\(other)")))
        }
        let rule = deck.entry(code: expected).flatMap { ConfusableRule.between($0, otherEntry) }
        let given = GivenAnswer.entry(code: other, name: Bilingual(en: otherEntry.phrase, zh: otherEntry.zh),
                                      meaning: otherEntry.meaning, status: otherEntry.status)
        return Grade(outcome: .wrong, givenCode: givenCode,
                     confusion: Confusion(deck: deck.id, expected: expected, given: other),
                     feedback: Feedback(answer: question.answer, given: given, rule: rule))
    }

    // MARK: - Names

    private static func gradeName(_ answer: String, candidates: [String], question: Question, deck: Deck) -> Grade {
        var folded = AnswerText.folded(answer)
        // "486 Busy Here" on a "486 ?" card: the repeated code is not part of the answer.
        if let code = question.answer.code, folded.hasPrefix(String(code)), folded.count > 3 {
            folded.removeFirst(3)
        }
        let feedback = Feedback(answer: question.answer)
        if candidates.contains(where: { AnswerText.folded($0) == folded }) {
            return Grade(outcome: .correct, feedback: feedback)
        }
        // Exactly another code's name is a confusion, even when it is one typo away from ours.
        if let expected = question.answer.code,
           let other = entryNamed(folded, excluding: expected, preferring: deck.entry(code: expected), in: deck) {
            return wrong(expected: expected, other: other.code, givenCode: nil, question: question, deck: deck)
        }
        if let canonical = nearMiss(folded, candidates: candidates) {
            return Grade(outcome: .acceptedWithTypo(canonical: canonical), feedback: feedback)
        }
        return Grade(outcome: .wrong, feedback: feedback)
    }

    /// Another entry whose phrase, Chinese name or alias is exactly `folded`; among several, one
    /// the expected entry lists as confusable first (488 → 606 rather than 406), else deck order.
    private static func entryNamed(_ folded: String, excluding code: Int, preferring expected: Entry?,
                                   in deck: Deck) -> Entry? {
        let matches = deck.entries.filter { entry in
            entry.code != code
                && ([entry.phrase, entry.zh] + entry.aliases.en + entry.aliases.zh)
                    .contains { AnswerText.folded($0) == folded }
        }
        let confusable = Set(expected?.confusableCodes ?? [])
        return matches.first { confusable.contains($0.code) } ?? matches.first
    }

    /// The candidate `folded` is a tolerated typo of (closest first, then list order).
    private static func nearMiss(_ folded: String, candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let allowed = TypoTolerance.allowedEdits(for: candidate)
            guard allowed > 0 else { continue }
            let distance = Suggestions.editDistance(folded, AnswerText.folded(candidate))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    // MARK: - Headers

    /// One header, or several separated by commas: right when every one given is an asked field.
    private static func gradeHeader(_ answer: String, names: [String], question: Question) -> Grade {
        let feedback = Feedback(answer: question.answer)
        let parts = answer.foldingFullWidth.split { ",;/、".contains($0) }.map { AnswerText.folded(String($0)) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return Grade(outcome: .wrong, feedback: feedback) }
        var typo: String?
        for part in parts {
            if names.contains(where: { AnswerText.folded($0) == part }) { continue }
            guard let canonical = nearMiss(part, candidates: names) else {
                return Grade(outcome: .wrong, feedback: feedback)
            }
            typo = typo ?? canonical
        }
        return Grade(outcome: typo.map { .acceptedWithTypo(canonical: $0) } ?? .correct, feedback: feedback)
    }

    // MARK: - Classes

    private static func gradeClass(_ answer: String, expected: String, question: Question, deck: Deck) -> Grade {
        let feedback = Feedback(answer: question.answer)
        let folded = AnswerText.folded(answer)
        let label = AnswerText.classLabel(answer) ?? deck.classes.first { codeClass in
            AnswerText.folded(codeClass.name.en) == folded || AnswerText.folded(codeClass.name.zh) == folded
        }?.label
        guard let label else { return Grade(outcome: .wrong, feedback: feedback) }
        if label == expected { return Grade(outcome: .correct, feedback: feedback) }
        let given = deck.codeClass(label).map {
            GivenAnswer.codeClass(label: $0.label, name: $0.name, description: $0.description)
        }
        return Grade(outcome: .wrong, feedback: Feedback(answer: question.answer, given: given))
    }
}
