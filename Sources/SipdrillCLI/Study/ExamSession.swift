import Foundation
import SipdrillCatalogue
import SipdrillCore

/// A sitting of an exam: no feedback until it is submitted; navigation between questions;
/// optional time limit; marked, reviewed and saved at the end.
final class ExamSession {
    let context: Context
    let store: ProgressStore
    let reader: any LineReader
    let decks: [Deck]
    let paper: ExamPaper
    let blueprint: ExamBlueprint
    let selection: String
    let clock: AppClock
    let json: Bool
    /// Where the marked result goes (stdout even when the questions went to stderr).
    let resultContext: Context

    var answers: [String?]
    var seconds: [Double]
    var flagged: Set<Int> = []
    var current = 0
    var presenter: QuizPresenter { QuizPresenter(context: context) }
    var io: IO { context.io }
    var style: Style { context.style }
    func text(_ value: Bilingual) -> String { presenter.text(value) }

    init(context: Context, store: ProgressStore, reader: any LineReader, decks: [Deck], paper: ExamPaper,
         blueprint: ExamBlueprint, selection: String, clock: AppClock, json: Bool, resultContext: Context) {
        self.resultContext = resultContext
        self.context = context
        self.store = store
        self.reader = reader
        self.decks = decks
        self.paper = paper
        self.blueprint = blueprint
        self.selection = selection
        self.clock = clock
        self.json = json
        answers = Array(repeating: nil, count: paper.questions.count)
        seconds = Array(repeating: 0, count: paper.questions.count)
    }

    func run() throws {
        let started = clock.now()
        let deadline = blueprint.minutes.map { started.addingTimeInterval($0 * 60) }
        printHeader()
        Deadline.arm(seconds: blueprint.minutes.map { $0 * 60 })
        defer { Deadline.arm(seconds: nil) }
        var timedOut = false
        var shownAt = started
        var showQuestion = true
        session: while true {
            if showQuestion { printQuestion(deadline: deadline, now: shownAt) }
            showQuestion = true
            let line = reader.readLine(prompt: "exam> ")?.trimmingWhitespace
            let now = clock.now()
            seconds[current] += now.timeIntervalSince(shownAt)
            shownAt = now
            if let deadline, now >= deadline || Deadline.hasPassed {
                timedOut = true
                io.print()
                io.print(style.warn(text(Bilingual(en: "Time is up.", zh: "时间到。"))))
                break
            }
            guard let line else { break }   // end of input: mark what there is
            let lower = line.lowercased()
            switch lower {
            case "", "next", "n":
                if current + 1 < answers.count { current += 1 } else {
                    io.print(style.dim(text(Bilingual(en: "That was the last question: 'submit' to finish, 'list' to see what is open.",
                                                      zh: "这是最后一题：输入 submit 交卷，输入 list 查看未答的题。"))))
                    showQuestion = false
                }
            case "back", "b":
                current = max(0, current - 1)
            case "flag":
                if flagged.remove(current) == nil { flagged.insert(current) }
                io.print(style.dim(flagged.contains(current) ? text(Bilingual(en: "flagged", zh: "已标记"))
                                                             : text(Bilingual(en: "flag removed", zh: "已取消标记"))))
                showQuestion = false
            case "list":
                printList()
                showQuestion = false
            case "submit", "quit", "exit":
                let open = answers.count(where: { $0 == nil })
                if open > 0 {
                    io.print(style.warn(text(Bilingual(en: "\(open) question\(open == 1 ? " is" : "s are") still open. Submit anyway? (yes/no)",
                                                       zh: "还有 \(open) 题未答。仍然交卷吗？(yes/no)"))))
                    let confirm = reader.readLine(prompt: "submit? ")?.trimmingWhitespace.lowercased()
                    guard confirm == nil || ["y", "yes", "是"].contains(confirm!) else {
                        showQuestion = false
                        continue session
                    }
                }
                break session
            default:
                if lower.hasPrefix("goto ") || lower.hasPrefix("g "), let number = Int(lower.split(separator: " ").last ?? ""),
                   (1...answers.count).contains(number) {
                    current = number - 1
                } else {
                    answers[current] = line
                    if current + 1 < answers.count { current += 1 } else {
                        io.print(style.dim(text(Bilingual(en: "Answered. 'submit' to finish, 'list' to review.",
                                                          zh: "已作答。输入 submit 交卷，输入 list 回顾。"))))
                        showQuestion = false
                    }
                }
            }
        }
        let finished = clock.now()
        let result = ExamResult.mark(paper: paper, answers: answers, seconds: seconds, flagged: flagged, decks: decks,
                                     passMark: blueprint.passMark, timedOut: timedOut)
        let attempt = ExamAttempt(
            started: started, finished: finished, seed: paper.seed, contentVersion: EmbeddedCatalogue.contentVersion,
            selection: selection, passMark: blueprint.passMark, score: result.score, passed: result.passed, timedOut: timedOut,
            answers: result.items.map {
                .init(card: $0.question.cardID.rawValue, answer: $0.answer, correct: $0.correct, seconds: $0.seconds, flagged: $0.flagged)
            })
        try store.update { $0.exams.append(attempt) }
        if json {
            try resultContext.printJSON(ExamResultJSON(result, attempt: attempt))
        } else {
            ExamReport(context: context).print(result, attempt: attempt)
        }
    }

    func printHeader() {
        var parts = ["\(paper.questions.count) " + text(Bilingual(en: "questions", zh: "题"))]
        if let minutes = blueprint.minutes { parts.append("\(minutes.formatted()) min") }
        parts.append(text(Bilingual(en: "pass mark", zh: "及格线")) + " \(Int((blueprint.passMark * 100).rounded()))%")
        parts.append("seed \(paper.seed)")
        parts.append(text(Bilingual(en: "catalogue", zh: "题库版本")) + " \(EmbeddedCatalogue.contentVersion)")
        io.print(style.heading(text(Bilingual(en: "Exam", zh: "考试"))) + "  " + parts.joined(separator: " · "))
        io.print(style.dim(text(Bilingual(
            en: "No feedback until you submit. Commands: next · back · goto N · flag · list · submit",
            zh: "交卷前不显示对错。命令：next（下一题）· back（上一题）· goto N · flag（标记）· list（列表）· submit（交卷）"))))
    }

    func printQuestion(deadline: Date?, now: Date) {
        var header = "[\(current + 1)/\(answers.count)"
        if let deadline {
            let left = max(0, Int(deadline.timeIntervalSince(now)))
            header += " · \(left / 60):" + (left % 60 < 10 ? "0" : "") + "\(left % 60) " + text(Bilingual(en: "left", zh: "剩余"))
        }
        if flagged.contains(current) { header += " · ⚑" }
        header += "] " + text(StudyText.kind(paper.questions[current].kind))
        io.print()
        io.print(style.dim(header))
        presenter.printQuestion(paper.questions[current])
        if let answer = answers[current] {
            io.print(style.dim(text(Bilingual(en: "your answer", zh: "你的答案")) + ": " + answer))
        }
    }

    func printList() {
        var table = TextTable(header: ["#", text(Bilingual(en: "status", zh: "状态")), ""])
        for index in answers.indices {
            let status = answers[index] == nil ? text(Bilingual(en: "open", zh: "未答")) : text(Bilingual(en: "answered", zh: "已答"))
            table.add(["\(index + 1)", status, flagged.contains(index) ? "⚑" : ""])
        }
        table.render(headerStyle: style.bold).forEach { io.print($0) }
    }
}
