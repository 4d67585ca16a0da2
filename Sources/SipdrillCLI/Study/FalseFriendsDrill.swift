import Foundation
import SipdrillCore

/// `drill --false-friends`: a number and what it means in one protocol — SIP or HTTP?
/// Practice only: answers go to the practice log, never to the schedule.
struct FalseFriendsDrill {
    let context: Context
    let store: ProgressStore
    let reader: any LineReader
    let clock: AppClock
    let count: Int

    func run() throws {
        let friends = context.catalogue.falseFriends
        guard !friends.isEmpty else {
            throw CLIError.badOption("no false friends in the catalogue (content/false-friends.yaml)")
        }
        let presenter = QuizPresenter(context: context)
        let style = context.style, io = context.io
        var generator = SeededGenerator(seed: context.global.seed ?? UInt64.random(in: 0...UInt64.max))
        let picked = Array(DeterministicRandom.shuffled(friends, using: &generator).prefix(count))
        var right = 0, asked = 0
        var missed: [Int] = []
        for friend in picked {
            let question = FalseFriendQuestion.make(friend, generator: &generator)
            asked += 1
            io.print()
            io.print(style.dim("[\(asked)/\(picked.count)] " + presenter.text(Bilingual(en: "same number, which protocol?", zh: "同一个数字，哪个协议？"))))
            io.print(style.bold("  \(friend.code)"))
            presenter.lines(question.meaning).forEach { io.print($0) }
            io.print("  a) SIP   b) HTTP")
            var answer: FalseFriendQuestion.Side?
            while answer == nil {
                guard let line = reader.readLine(prompt: "answer> ")?.trimmingWhitespace else { return summary(right, asked - 1, missed) }
                if ["quit", "exit", "q"].contains(line.lowercased()) { return summary(right, asked - 1, missed) }
                answer = FalseFriendQuestion.parseAnswer(line)
                if answer == nil { io.print(style.dim(presenter.text(Bilingual(en: "Answer sip or http (a or b).", zh: "请回答 sip 或 http（a 或 b）。")))) }
            }
            let correct = answer == question.answer
            if correct {
                right += 1
                io.print(style.good("✓ " + presenter.text(StudyText.right)) + "  " + question.answer.label)
            } else {
                missed.append(friend.code)
                io.print(style.bad("✗ " + presenter.text(StudyText.wrong)) + "  " + presenter.text(StudyText.answerIs) + ": " + question.answer.label)
            }
            io.print(style.heading(presenter.text(Bilingual(en: "What differs", zh: "区别"))))
            presenter.lines(friend.difference).forEach { io.print($0) }
            try store.recordPractice(PracticeRecord(at: clock.now(), card: question.cardID, correct: correct,
                                                    given: answer?.rawValue, mode: "drill"))
        }
        summary(right, asked, missed)
    }

    func summary(_ right: Int, _ asked: Int, _ missed: [Int]) {
        let presenter = QuizPresenter(context: context)
        context.io.print()
        context.io.print(context.style.heading(presenter.text(Bilingual(en: "Drill finished", zh: "练习结束"))) + "  \(right)/\(asked)"
                         + (missed.isEmpty ? "" : " · " + presenter.text(Bilingual(en: "missed", zh: "答错")) + ": "
                            + missed.map(String.init).joined(separator: ", ")))
    }
}
