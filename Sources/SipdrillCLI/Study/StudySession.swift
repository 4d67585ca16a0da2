import Foundation
import SipdrillCore

/// One `study` / `learn` / `review` session: asks the planned cards, grades, schedules with
/// FSRS, and records every answer durably before the next question.
final class StudySession {
    let context: Context
    let store: ProgressStore
    let reader: any LineReader
    let decks: [Deck]
    let mode: StudyMode
    let clock: AppClock
    var generator: SeededGenerator
    let cards: [StudyCard]
    let scheduler: Scheduler

    var remaining: [PlannedCard] = []
    var asked = 0
    var total = 0
    var skipped: Set<CardID> = []
    var tally = SessionTally()
    /// Answers recorded this session, newest last, for undo.
    var recorded: [(planned: PlannedCard, answer: SessionTally.Answer)] = []
    /// Entries whose card was shown before their first question in this session.
    var introduced: Set<EntryID> = []

    var io: IO { context.io }
    var presenter: QuizPresenter { QuizPresenter(context: context) }
    var style: Style { context.style }
    var language: LanguageChoice { context.language }

    init(context: Context, store: ProgressStore, reader: any LineReader, decks: [Deck], mode: StudyMode, clock: AppClock) {
        self.context = context
        self.store = store
        self.reader = reader
        self.decks = decks
        self.mode = mode
        self.clock = clock
        self.generator = SeededGenerator(seed: context.global.seed ?? UInt64.random(in: 0...UInt64.max))
        self.cards = decks.flatMap { CardCatalog.cards(in: $0) }
        self.scheduler = Scheduler(settings: store.document.settings.scheduler)
    }

    enum Step { case next, quit }

    func run() throws {
        tally.started = clock.now()
        remaining = try plan(at: tally.started!, mode: mode).queue
        total = remaining.count
        guard !remaining.isEmpty else {
            io.print(text(StudyText.nothingDue))
            printNextDue()
            return
        }
        while let planned = remaining.first {
            remaining.removeFirst()
            if try ask(planned) == .quit { break }
            try appendCardsDueAgain()
        }
        printSummary()
    }

    // MARK: Planning

    func plan(at now: Date, mode: StudyMode) throws -> SessionPlan {
        var states: [CardID: SchedulerCard] = [:]
        var suspended: Set<CardID> = []
        for (key, record) in store.document.cards {
            guard let id = CardID(rawValue: key) else { continue }
            states[id] = record.card
            if record.suspended { suspended.insert(id) }
        }
        let today = try history(on: Calendar.current.startOfDay(for: now))
        let settings = store.document.settings
        return SessionPlanner.plan(
            cards: cards, states: states, suspended: suspended.union(skipped), studiedToday: today.studied,
            now: now, mode: mode, dailyNewLimit: settings.dailyNewLimit, newIntroducedToday: today.newCards,
            model: FSRS(parameters: settings.parameters))
    }

    /// What the review log says about one day: the cards answered and how many were new.
    struct DayHistory {
        let day: Date
        var studied: Set<CardID> = []
        var firstReview: [String: Date] = [:]
        var newCards: Int { firstReview.values.count(where: { $0 >= day }) }

        mutating func add(_ review: ReviewRecord) {
            if firstReview[review.card] == nil { firstReview[review.card] = review.at }
            if review.at >= day, let id = CardID(rawValue: review.card) { studied.insert(id) }
        }
    }

    /// Read from the log once per day and then kept up to date answer by answer: the session
    /// plans again after every answer, and decoding a long log each time would be slow.
    var dayHistory: DayHistory?

    func history(on day: Date) throws -> DayHistory {
        if let dayHistory, dayHistory.day == day { return dayHistory }
        var fresh = DayHistory(day: day)
        for review in try store.logEntries() { fresh.add(review) }
        dayHistory = fresh
        return fresh
    }

    /// Cards that fell due again during the session (a failed card's 1-minute step) join the end.
    func appendCardsDueAgain() throws {
        let queued = Set(remaining.map(\.card.id))
        let again = try plan(at: clock.now(), mode: .review).queue.filter { !queued.contains($0.card.id) }
        remaining += again
        total += again.count
    }

    // MARK: One question

    func ask(_ planned: PlannedCard) throws -> Step {
        if planned.isNew { introduce(planned.card) }
        let question: Question
        do {
            guard let deck = decks.deck(for: planned.card) else { return .next }
            question = try QuestionMaker.make(card: planned.card, deck: deck, language: language, generator: &generator)
        } catch {
            return .next   // a card whose entry left the catalogue: nothing to ask
        }
        asked += 1
        printQuestion(question, isNew: planned.isNew)
        let shownAt = clock.now()
        var hintUsed = false
        while true {
            guard let raw = reader.readLine(prompt: "answer> ") else { return .quit }
            let line = raw.trimmingWhitespace
            switch line.lowercased() {
            case "":
                io.print(style.dim(text(StudyText.answerHelp)))
                continue
            case "quit", "exit", "q":
                return .quit
            case "hint", "?":
                hintUsed = true
                io.print(style.warn(text(StudyText.hint)) + ": " + text(question.hint.text) + " " + style.dim(text(StudyText.hintCost)))
                continue
            case "skip":
                skipped.insert(planned.card.id)
                io.print(style.dim(text(StudyText.skipped)))
                return .next
            case "undo":
                try undo(returning: planned)
                return .next
            case "suspend":
                try suspend(planned.card.id)
                return .next
            default:
                if presenter.lookUp(line) { continue }
            }
            let answeredAt = clock.now()
            try grade(line, question: question, planned: planned, hintUsed: hintUsed,
                      elapsed: answeredAt.timeIntervalSince(shownAt), at: answeredAt)
            return try afterFeedback(planned)
        }
    }

    func grade(_ answer: String, question: Question, planned: PlannedCard, hintUsed: Bool,
               elapsed: TimeInterval, at: Date) throws {
        let grade = Grader.grade(answer, for: question, deck: decks.deck(for: planned.card)!)
        let settings = store.document.settings
        let thresholds = AnswerTimeThresholds(recall: settings.easySecondsRecall, scenario: settings.easySecondsScenario)
        var suggested = RatingPolicy.rating(for: grade, elapsed: elapsed, hintUsed: hintUsed, kind: question.kind,
                                            thresholds: thresholds)
        // A card shown moments ago is quick to answer without being known yet: the first
        // answer after an introduction is at best Good (1–4 can still override).
        if planned.isNew, introduced.contains(planned.card.entryID), suggested == .easy { suggested = .good }
        presenter.printFeedback(grade, question: question)
        let id = planned.card.id.rawValue
        let before = store.document.cards[id]?.card ?? .new(due: at)
        let previews = scheduler.previews(before, at: at, fuzzSeed: Fuzz.seed(cardID: id))
        printIntervals(previews, chosen: suggested, at: at)
        pending = Pending(planned: planned, grade: grade, hintUsed: hintUsed, rating: suggested, suggested: suggested,
                          at: at, ms: Int((elapsed * 1000).rounded()), before: before, question: question)
    }

    struct Pending {
        let planned: PlannedCard
        let grade: Grade
        let hintUsed: Bool
        var rating: Rating
        let suggested: Rating
        let at: Date
        let ms: Int
        let before: SchedulerCard
        let question: Question
    }
    var pending: Pending?

    /// After the feedback: Enter records the rating shown, 1–4 changes it first.
    func afterFeedback(_ planned: PlannedCard) throws -> Step {
        io.print(style.dim(text(StudyText.next)))
        var step = Step.next
        if let raw = reader.readLine(prompt: "> ") {
            let line = raw.trimmingWhitespace
            if let value = Int(line.normalizedDigits), let rating = Rating(rawValue: value), var current = pending {
                current.rating = rating
                pending = current
                io.print(text(StudyText.ratingChanged) + " " + ratingName(rating))
            } else if ["quit", "exit", "q"].contains(line.lowercased()) {
                step = .quit
            }
        } else {
            step = .quit
        }
        try commitPending()
        return step
    }

    func commitPending() throws {
        guard let current = pending else { return }
        pending = nil
        let id = current.planned.card.id.rawValue
        let outcome = scheduler.review(current.before, rating: current.rating, at: current.at, fuzzSeed: Fuzz.seed(cardID: id))
        var grade = current.grade.outcome.logName
        if current.hintUsed { grade = "hint" }
        if current.rating != current.suggested { grade += "+override" }
        let review = ReviewRecord(card: id, rating: current.rating, at: current.at, ms: current.ms, grade: grade,
                                  given: current.grade.givenCode.map(String.init))
        let suspended = store.document.cards[id]?.suspended ?? false
        try store.record(review, card: CardRecord(card: outcome.card, suspended: suspended))
        dayHistory?.add(review)
        let answer = SessionTally.Answer(card: current.planned.card.id, code: current.planned.card.code,
                                         kind: current.planned.card.kind, correct: current.grade.isCorrect,
                                         rating: current.rating)
        tally.answers.append(answer)
        recorded.append((current.planned, answer))
        if outcome.isLeechEvent {
            tally.newLeeches.append(current.planned.card.id)
            io.print(style.warn(text(StudyText.leech)))
        }
    }

    func undo(returning current: PlannedCard) throws {
        guard let last = recorded.popLast() else {
            io.print(style.dim(text(StudyText.nothingToUndo)))
            remaining.insert(current, at: 0)
            asked -= 1
            return
        }
        _ = try store.undo()
        dayHistory = nil   // the log lost an answer: read it again when next planning
        tally.removeLast()
        tally.newLeeches.removeAll { $0 == last.planned.card.id }
        io.print(style.warn(text(StudyText.undone)) + ": " + describe(last.planned.card) + " ("
                 + ratingName(last.answer.rating) + ")")
        // Ask the undone card again, then the one that was on screen.
        remaining.insert(current, at: 0)
        remaining.insert(last.planned, at: 0)
        asked -= 2
    }

    func suspend(_ id: CardID) throws {
        try store.update { $0.setSuspended(true, cards: [id.rawValue]) }
        let code = id.entryID.rawValue.split(separator: "-").last.map(String.init) ?? id.rawValue
        io.print(style.warn(text(StudyText.suspended)) + " \(code)'")
    }

    // MARK: Output

    func text(_ value: Bilingual) -> String { presenter.text(value) }

    func lines(_ value: Bilingual, indent: String = "  ") -> [String] { presenter.lines(value, indent: indent) }

    /// FSRS's button names: English in both-language mode (as on Anki's buttons), else the
    /// chosen language.
    func ratingName(_ rating: Rating) -> String {
        StudyText.rating(rating)[language == .zh ? .zh : .en]
    }

    func describe(_ card: StudyCard) -> String {
        let subject = card.code.map(String.init) ?? card.classLabel
        return "\(subject) " + text(StudyText.kind(card.kind))
    }

    func introduce(_ card: StudyCard) {
        // Shown once: the first time any card of the code comes up.
        guard let code = card.code, let entry = decks.deck(for: card)?.entry(code: code),
              !store.document.cards.contains(where: { $0.key.hasPrefix(entry.id.rawValue + ":") && !$0.value.card.isNew })
        else { return }
        introduced.insert(card.entryID)
        io.print()
        io.print(style.heading(text(StudyText.newCode)) + "  " + style.code(entry.title(language)))
        lines(entry.meaning).forEach { io.print($0) }
        lines(entry.useWhen).forEach { io.print(style.dim($0)) }
    }

    func printQuestion(_ question: Question, isNew: Bool) {
        let dueLeft = remaining.count(where: { !$0.isNew })
        var header = "[\(asked)/\(total)"
        if dueLeft > 0 { header += " · \(dueLeft) " + text(StudyText.dueLeft) }
        header += "] " + text(StudyText.kind(question.kind))
        if isNew { header += " · " + text(StudyText.new) }
        io.print()
        io.print(style.dim(header))
        presenter.printQuestion(question)
    }

    func printIntervals(_ previews: [Rating: SchedulerCard], chosen: Rating, at: Date) {
        let parts = Rating.allCases.map { rating -> String in
            let label = "\(rating.rawValue) " + ratingName(rating) + " "
                + IntervalText.between(at, previews[rating]?.due ?? at)
            return rating == chosen ? style.bold("[" + label + "]") : label
        }
        io.print(text(StudyText.rated) + ": " + parts.joined(separator: " · "))
    }

    func printNextDue() {
        let next = store.document.cards.values.filter { !$0.suspended }.map(\.card.due).min()
        let now = clock.now()
        io.print(text(StudyText.nextDue) + ": " + (next.map { due in
            IntervalText.localTime(due) + (due <= now ? " (" + text(Bilingual(en: "now", zh: "现在")) + ")"
                                                   : " (" + text(Bilingual(en: "in \(IntervalText.between(now, due))",
                                                                           zh: "\(IntervalText.between(now, due)) 后")) + ")")
        } ?? text(StudyText.noneDue)))
    }

    func printSummary() {
        tally.ended = clock.now()
        let answered = tally.answers.count
        io.print()
        io.print(style.heading(text(StudyText.summary)))
        let accuracy = answered == 0 ? 0 : Int((Double(tally.right) / Double(answered) * 100).rounded())
        io.print("  " + text(StudyText.answered) + ": \(answered) · " + text(StudyText.right) + ": \(tally.right) · "
                 + text(StudyText.accuracy) + ": \(accuracy)%")
        let labelWidth = tally.byKind.map { DisplayWidth.of(text(StudyText.kind($0.0))) }.max() ?? 0
        for (kind, right, count) in tally.byKind {
            io.print("    " + DisplayWidth.padRight(text(StudyText.kind(kind)), to: labelWidth + 2) + "\(right)/\(count)")
        }
        if let start = tally.started, let end = tally.ended {
            let seconds = Int(end.timeIntervalSince(start))
            io.print("  " + text(StudyText.time) + ": \(seconds / 60)m \(seconds % 60)s")
        }
        if !tally.missedCodes.isEmpty {
            io.print("  " + text(StudyText.missed) + ": " + tally.missedCodes.map(String.init).joined(separator: ", "))
        }
        if !tally.newLeeches.isEmpty {
            io.print("  " + text(StudyText.leeches) + ": " + tally.newLeeches.map(\.rawValue).joined(separator: ", "))
        }
        io.out("  ")
        printNextDue()
    }
}
