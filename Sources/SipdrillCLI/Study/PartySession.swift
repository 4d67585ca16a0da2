import Foundation
import SipdrillCore

/// `party`: a hot-seat quiz for a room sharing one screen. Questions go to each player in turn
/// (or, with `--all`, every player answers each question); a point per right answer; a
/// scoreboard after every round and a final ranking with each player's misses. Answers go to
/// each player's practice log, never to their schedule.
final class PartySession {
    struct Player {
        let name: String
        let store: ProgressStore
        var points = 0
        var missed: [Int] = []
    }

    let context: Context
    let reader: any LineReader
    let decks: [Deck]
    var players: [Player]
    let rounds: Int
    let everyone: Bool
    let secondsPerQuestion: Double?
    let streakBonus: Bool
    let clock: AppClock
    var generator: SeededGenerator
    var presenter: QuizPresenter { QuizPresenter(context: context) }
    var io: IO { context.io }
    var style: Style { context.style }

    init(context: Context, reader: any LineReader, decks: [Deck], players: [Player], rounds: Int, everyone: Bool,
         secondsPerQuestion: Double?, streakBonus: Bool, clock: AppClock) {
        self.context = context
        self.reader = reader
        self.decks = decks
        self.players = players
        self.rounds = rounds
        self.everyone = everyone
        self.secondsPerQuestion = secondsPerQuestion
        self.streakBonus = streakBonus
        self.clock = clock
        generator = SeededGenerator(seed: context.global.seed ?? UInt64.random(in: 0...UInt64.max))
    }

    func run() throws {
        let pool = DeterministicRandom.shuffled(decks.flatMap { CardCatalog.cards(in: $0) }, using: &generator)
        var next = 0
        var streaks = Array(repeating: 0, count: players.count)
        game: for round in 1...rounds {
            io.print()
            io.print(style.heading("Round \(round)/\(rounds)"))
            for turn in players.indices {
                guard next < pool.count else { break game }
                let card = pool[next]
                next += 1
                guard let deck = decks.deck(for: card),
                      let question = try? QuestionMaker.make(card: card, deck: deck, language: context.language, generator: &generator)
                else { continue }
                let answering = everyone ? Array(players.indices) : [turn]
                if !everyone { io.print(); io.print(style.bold("→ \(players[turn].name)")) } else { io.print() }
                presenter.printQuestion(question)
                for index in answering {
                    Deadline.arm(seconds: secondsPerQuestion)
                    let line = reader.readLine(prompt: "\(players[index].name)> ")
                    Deadline.arm(seconds: nil)
                    guard let answer = line?.trimmingWhitespace else { break game }
                    if answer.lowercased() == "quit" { break game }
                    let grade = Grader.grade(answer, for: question, deck: deck)
                    if grade.isCorrect {
                        streaks[index] += 1
                        players[index].points += streakBonus && streaks[index] >= 3 ? 2 : 1
                    } else {
                        streaks[index] = 0
                        if let code = card.code { players[index].missed.append(code) }
                    }
                    if everyone {
                        io.print("  \(players[index].name): " + (grade.isCorrect ? style.good("✓") : style.bad("✗")))
                    }
                    try players[index].store.recordPractice(PracticeRecord(
                        at: clock.now(), card: card.id.rawValue, correct: grade.isCorrect,
                        given: grade.givenCode.map(String.init), mode: "party"))
                    if !everyone { presenter.printFeedback(grade, question: question) }
                }
                if everyone {
                    let key = question.answer
                    io.print(presenter.text(StudyText.answerIs) + ": "
                             + style.code((key.code.map { "\($0) " } ?? "\(key.classLabel) ") + presenter.text(key.name)))
                }
            }
            printScoreboard(title: "Scoreboard after round \(round)")
        }
        printRanking()
    }

    func printScoreboard(title: String) {
        io.print(style.bold(title))
        for player in players.sorted(by: { $0.points > $1.points }) {
            io.print("  " + DisplayWidth.padRight(player.name, to: 16) + "\(player.points)")
        }
    }

    func printRanking() {
        io.print()
        io.print(style.heading("Final ranking"))
        let ranked = players.sorted { $0.points != $1.points ? $0.points > $1.points : $0.name < $1.name }
        var place = 0
        var lastPoints: Int?
        for (index, player) in ranked.enumerated() {
            if player.points != lastPoints { place = index + 1; lastPoints = player.points }
            let misses = player.missed.isEmpty ? "no misses" : "missed " + player.missed.map(String.init).joined(separator: ", ")
            io.print("  \(place). " + DisplayWidth.padRight(player.name, to: 14) + DisplayWidth.padLeft("\(player.points)", to: 3)
                     + "  " + style.dim(misses))
        }
    }
}
