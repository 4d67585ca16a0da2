import Foundation
import SipdrillCore

/// Practice outside the schedule: missed cards come back later in the same drill until each
/// has been answered right once. Nothing here touches a card's FSRS state.
final class DrillSession {
    let context: Context
    let store: ProgressStore
    let reader: any LineReader
    let decks: [Deck]
    let clock: AppClock
    var generator: SeededGenerator
    var queue: [StudyCard]
    var presenter: QuizPresenter { QuizPresenter(context: context) }
    var io: IO { context.io }
    var style: Style { context.style }

    /// How many cards later a missed card returns.
    static let retryGap = 3

    init(context: Context, store: ProgressStore, reader: any LineReader, decks: [Deck], cards: [StudyCard],
         count: Int, clock: AppClock) {
        self.context = context
        self.store = store
        self.reader = reader
        self.decks = decks
        self.clock = clock
        var generator = SeededGenerator(seed: context.global.seed ?? UInt64.random(in: 0...UInt64.max))
        self.queue = Array(DeterministicRandom.shuffled(cards, using: &generator).prefix(count))
        self.generator = generator
    }

    func run() throws {
        let total = queue.count
        var mastered: Set<CardID> = []
        var missed: [StudyCard] = []
        var asked = 0
        loop: while let card = queue.first {
            queue.removeFirst()
            guard let deck = decks.deck(for: card),
                  let question = try? QuestionMaker.make(card: card, deck: deck, language: context.language,
                                                         generator: &generator) else { continue }
            asked += 1
            io.print()
            io.print(style.dim("[drill · \(mastered.count)/\(total) " + presenter.text(Bilingual(en: "done", zh: "完成"))
                               + " · " + presenter.text(StudyText.kind(card.kind)) + "]"))
            presenter.printQuestion(question)
            var answer: String?
            while answer == nil {
                guard let raw = reader.readLine(prompt: "answer> ") else { break loop }
                let line = raw.trimmingWhitespace
                switch line.lowercased() {
                case "": io.print(style.dim(presenter.text(Bilingual(en: "Type your answer — or hint · skip · quit",
                                                                     zh: "输入答案——或 hint（提示）· skip（跳过）· quit（退出）"))))
                case "quit", "exit", "q": break loop
                case "skip": continue loop
                case "hint": io.print(style.warn(presenter.text(StudyText.hint)) + ": " + presenter.text(question.hint.text))
                default:
                    if !presenter.lookUp(line) { answer = line }
                }
            }
            let grade = Grader.grade(answer!, for: question, deck: deck)
            presenter.printFeedback(grade, question: question)
            try store.recordPractice(PracticeRecord(at: clock.now(), card: card.id.rawValue, correct: grade.isCorrect,
                                                    given: grade.givenCode.map(String.init), mode: "drill"))
            if grade.isCorrect {
                mastered.insert(card.id)
            } else {
                if !missed.contains(card) { missed.append(card) }
                queue.insert(card, at: min(Self.retryGap, queue.count))
            }
        }
        io.print()
        io.print(style.heading(presenter.text(Bilingual(en: "Drill finished", zh: "练习结束"))) + "  "
                 + "\(mastered.count)/\(total) " + presenter.text(Bilingual(en: "answered right", zh: "已答对"))
                 + " · \(asked) " + presenter.text(Bilingual(en: "questions", zh: "题")))
        if !missed.isEmpty {
            io.print("  " + presenter.text(Bilingual(en: "missed along the way", zh: "途中答错")) + ": "
                     + missed.map { ($0.code.map(String.init) ?? $0.classLabel) + " " + $0.kind.rawValue }.joined(separator: ", "))
        }
    }
}
