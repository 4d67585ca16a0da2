import Foundation
import SipdrillCore

/// The marked exam as text: score, pass/fail, breakdowns, time per question, every mistake.
struct ExamReport {
    let context: Context
    var presenter: QuizPresenter { QuizPresenter(context: context) }
    var io: IO { context.io }
    var style: Style { context.style }
    func text(_ value: Bilingual) -> String { presenter.text(value) }

    func print(_ result: ExamResult, attempt: ExamAttempt) {
        let percent = Int((result.score * 100).rounded())
        let verdict = result.passed ? style.good(text(Bilingual(en: "PASS", zh: "通过")))
                                    : style.bad(text(Bilingual(en: "FAIL", zh: "未通过")))
        io.print()
        io.print(style.heading(text(Bilingual(en: "Result", zh: "成绩"))) + "  \(result.right)/\(result.items.count) (\(percent)%) — "
                 + verdict + style.dim("  (" + text(Bilingual(en: "pass mark", zh: "及格线"))
                                       + " \(Int((result.passMark * 100).rounded()))%)"))
        if result.timedOut {
            io.print(style.warn(text(Bilingual(en: "Time ran out: unanswered questions count as wrong.",
                                               zh: "已超时：未作答的题按答错计。"))))
        }
        for (title, rows) in [(Bilingual(en: "By class", zh: "按类别"), result.byClass),
                              (Bilingual(en: "By question kind", zh: "按题型"), result.byKind)] {
            io.print(style.bold(text(title)))
            var table = TextTable(header: ["", text(Bilingual(en: "right", zh: "答对")), "%"], alignments: [.left, .right, .right])
            for row in rows {
                let label = CardKind(rawValue: row.label).map { text(StudyText.kind($0)) } ?? row.label
                table.add(["  " + label, "\(row.right)/\(row.total)", "\(Int((Double(row.right) / Double(max(row.total, 1)) * 100).rounded()))"])
            }
            table.render().dropFirst().forEach { io.print($0) }
        }
        io.print(style.bold(text(Bilingual(en: "Time per question", zh: "每题用时"))))
        let times = result.items.map { "\($0.number):\(Int($0.seconds.rounded()))s" + ($0.correct ? "" : "✗") }
        DisplayWidth.wrap(times.joined(separator: " "), width: context.width - 2).forEach { io.print("  " + $0) }
        guard !result.mistakes.isEmpty else { return }
        io.print()
        io.print(style.heading(text(Bilingual(en: "Review of mistakes", zh: "错题回顾"))))
        for item in result.mistakes {
            io.print()
            io.print(style.dim("#\(item.number) " + text(StudyText.kind(item.question.kind))))
            presenter.lines(item.question.stimulus).forEach { io.print(style.bold($0)) }
            io.print(text(Bilingual(en: "your answer", zh: "你的答案")) + ": "
                     + (item.answer ?? text(Bilingual(en: "(none)", zh: "（未作答）"))))
            if let grade = item.grade {
                presenter.printFeedback(grade, question: item.question)
            } else {
                let answer = item.question.answer
                io.print(text(StudyText.answerIs) + ": " + style.code((answer.code.map { "\($0) " } ?? "\(answer.classLabel) ") + text(answer.name)))
                presenter.lines(answer.meaning).forEach { io.print($0) }
            }
        }
    }
}

/// `exam --json`: the marked result for tooling.
struct ExamResultJSON: Encodable {
    struct Item: Encodable {
        let number: Int
        let card: String
        let kind: String
        let code: Int?
        let answer: String?
        let correct: Bool
        let expected: String
        let seconds: Double
        let flagged: Bool
    }

    let score: Double
    let right: Int
    let total: Int
    let passed: Bool
    let pass_mark: Double
    let timed_out: Bool
    let seed: UInt64
    let content_version: String
    let by_class: [ExamResult.Breakdown]
    let by_kind: [ExamResult.Breakdown]
    let items: [Item]

    init(_ result: ExamResult, attempt: ExamAttempt) {
        score = result.score
        right = result.right
        total = result.items.count
        passed = result.passed
        pass_mark = result.passMark
        timed_out = result.timedOut
        seed = attempt.seed
        content_version = attempt.contentVersion
        by_class = result.byClass
        by_kind = result.byKind
        items = result.items.map { item in
            let key = item.question.answer
            return Item(number: item.number, card: item.question.cardID.rawValue, kind: item.question.kind.rawValue,
                        code: item.question.card.code, answer: item.answer, correct: item.correct,
                        expected: key.code.map(String.init) ?? key.classLabel, seconds: item.seconds, flagged: item.flagged)
        }
    }
}
