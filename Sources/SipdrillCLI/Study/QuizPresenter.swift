import SipdrillCore

/// How a question and the feedback on an answer look, shared by study, drill and exam.
struct QuizPresenter {
    let context: Context

    var io: IO { context.io }
    var style: Style { context.style }
    var language: LanguageChoice { context.language }

    func text(_ value: Bilingual) -> String { Labels.text(value, language) }

    /// Both languages on separate lines (one line when they are the same), wrapped.
    func lines(_ value: Bilingual, indent: String = "  ") -> [String] {
        var seen: Set<String> = []
        return language.languages.map { value[$0] }.filter { seen.insert($0).inserted }
            .flatMap { DisplayWidth.wrap($0, width: context.width - indent.count) }.map { indent + $0 }
    }

    /// `show CODE…` typed at an answer prompt: looks codes up without leaving the session.
    /// Returns false when the line is something else (an answer).
    func lookUp(_ line: String) -> Bool {
        guard line.lowercased().hasPrefix("show ") else { return false }
        _ = SipdrillMain.execute(["show"] + line.split(separator: " ").dropFirst().map(String.init), app: context.app, io: io)
        return true
    }

    /// The instruction, the stimulus and the choices.
    func printQuestion(_ question: Question) {
        // Bare codes mean SIP, so a question from another deck says which protocol it is about.
        if question.card.deck != .sip {
            io.print(style.warn("[\(question.card.deck.rawValue.uppercased())]"))
        }
        lines(question.instruction, indent: "").forEach { io.print(style.dim($0)) }
        lines(question.stimulus).forEach { io.print(style.bold($0)) }
        for choice in question.choices {
            io.print("  \(choice.label)) \(choice.code) " + style.dim(text(choice.name)))
        }
    }

    func printFeedback(_ grade: Grade, question: Question) {
        let answer = grade.feedback.answer
        let title = (answer.code.map { "\($0) " } ?? "\(answer.classLabel) ") + text(answer.name)
        switch grade.outcome {
        case .correct:
            io.print(style.good("✓ " + text(StudyText.right)) + "  " + style.code(title))
        case .acceptedWithTypo(let canonical):
            io.print(style.good("✓ " + text(StudyText.right)) + "  " + style.code(title) + "  "
                     + style.warn("(" + text(StudyText.accepted) + ": \(canonical))"))
        case .wrong, .empty:
            io.print(style.bad("✗ " + text(StudyText.wrong)) + "  " + text(StudyText.answerIs) + ": " + style.code(title))
        }
        if case .headerField(let names, _) = question.expected, names.count > 1 {
            io.print("  " + names.joined(separator: ", "))
        }
        lines(answer.meaning).forEach { io.print($0) }
        guard !grade.isCorrect else { return }
        switch grade.feedback.given {
        case .entry(let code, let name, let meaning, let status):
            let mark = status == .current ? "" : " (" + text(Labels.status(status)) + ")"
            io.print(text(StudyText.youGave) + ": " + style.code("\(code) " + text(name)) + mark)
            lines(meaning).forEach { io.print(style.dim($0)) }
        case .unknownCode(let given):
            io.print(text(StudyText.youGave) + ": \(given) — " + text(Bilingual(en: "not a code of this deck", zh: "不是本卡组中的状态码")))
        case .codeClass(let label, let name, _):
            io.print(text(StudyText.youGave) + ": \(label) " + text(name))
        case nil:
            break
        }
        if let rule = grade.feedback.rule {
            io.print(style.heading(text(StudyText.tellApart)))
            lines(rule).forEach { io.print($0) }
        }
    }

}
