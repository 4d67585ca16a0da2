/// A marked exam: score, pass or fail, breakdowns and every mistake with its feedback.
public struct ExamResult: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var number: Int
        public var question: Question
        public var answer: String?
        public var grade: Grade?
        public var seconds: Double
        public var flagged: Bool
        public var correct: Bool { grade?.isCorrect ?? false }
    }

    public struct Breakdown: Equatable, Sendable, Codable {
        public var label: String
        public var right: Int
        public var total: Int
    }

    public var items: [Item]
    public var passMark: Double
    public var timedOut: Bool

    public var right: Int { items.count(where: \.correct) }
    public var score: Double { items.isEmpty ? 0 : Double(right) / Double(items.count) }
    public var passed: Bool { score + 1e-9 >= passMark }
    public var mistakes: [Item] { items.filter { !$0.correct } }

    /// Marks answers (nil = unanswered, which counts as wrong).
    public static func mark(paper: ExamPaper, answers: [String?], seconds: [Double], flagged: Set<Int>,
                            decks: [Deck], passMark: Double, timedOut: Bool) -> ExamResult {
        let items = paper.questions.enumerated().map { index, question -> Item in
            let answer = index < answers.count ? answers[index] : nil
            let deck = decks.deck(for: question.card)
            let grade = deck.flatMap { deck in answer.map { Grader.grade($0, for: question, deck: deck) } }
            return Item(number: index + 1, question: question, answer: answer, grade: grade,
                        seconds: index < seconds.count ? seconds[index] : 0, flagged: flagged.contains(index))
        }
        return ExamResult(items: items, passMark: passMark, timedOut: timedOut)
    }

    public var byClass: [Breakdown] { breakdown { $0.question.card.classLabel } }
    public var byKind: [Breakdown] { breakdown { $0.question.kind.rawValue } }

    private func breakdown(_ key: (Item) -> String) -> [Breakdown] {
        var order: [String] = []
        var totals: [String: (Int, Int)] = [:]
        for item in items {
            let label = key(item)
            if totals[label] == nil { order.append(label) }
            let (right, total) = totals[label] ?? (0, 0)
            totals[label] = (right + (item.correct ? 1 : 0), total + 1)
        }
        return order.sorted().map { Breakdown(label: $0, right: totals[$0]!.0, total: totals[$0]!.1) }
    }
}
