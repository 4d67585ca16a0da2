import ArgumentParser
import Foundation
import SipdrillCatalogue
import SipdrillCore

struct ExamCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Sit an exam: fixed paper (same --seed, same paper), optional time limit, marked at the end.")

    @OptionGroup var selection: SelectionOptions

    @Option(help: "Number of questions (default 20, or the blueprint's).")
    var count: Int?

    @Option(help: "Time limit in minutes.")
    var minutes: Double?

    @Option(name: .customLong("pass-mark"), help: "Pass mark, 0–1 or per cent (default 0.8).")
    var passMark: Double?

    @Option(help: "A YAML blueprint: total, minutes, pass_mark, classes: {4xx: 8}, kinds: {scenario: 5}.")
    var blueprint: String?

    @Flag(name: .customLong("retry-wrong"), help: "A paper from the mistakes of your last three attempts.")
    var retryWrong = false

    @Option(name: .customLong("print"), help: "Write the paper to FILE.md and its answer key to FILE-key.md instead of sitting it.")
    var printFile: String?

    @Flag(help: "Print the marked result as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        if printFile == nil, context.app.reader == nil {
            try ReplCommand.start(context, initialLine: context.app.commandWords)
            return
        }
        let (store, close) = try context.app.progress(for: global, writing: true)
        defer { close() }
        var plan = try loadBlueprint()
        if let count { plan.total = count }
        if let minutes { plan.minutes = minutes }
        if let passMark { plan.passMark = passMark > 1 ? passMark / 100 : passMark }
        var (decks, cards, _) = try selection.resolve(context, store: store)
        var description = selection.summary
        if retryWrong {
            let wrong = Set(store.document.exams.suffix(3).flatMap { $0.answers.filter { !$0.correct }.map(\.card) })
            cards = cards.filter { wrong.contains($0.id.rawValue) }
            description += " --retry-wrong"
            guard !cards.isEmpty else { throw CLIError.badOption("no mistakes in your last exams to retry") }
            if count == nil { plan.total = cards.count }
        }
        let seed = global.seed ?? UInt64.random(in: 0...999_999)
        let paper: ExamPaper
        do {
            paper = try ExamPaper.build(pool: cards, decks: decks, blueprint: plan, seed: seed, language: context.language)
        } catch {
            throw CLIError.badOption(error.description)
        }
        if let printFile {
            try ExamPrinter(context: context).write(paper, blueprint: plan, selection: description, to: printFile)
            return
        }
        // With --json the questions go to stderr, so stdout carries only the marked result.
        let ui = json ? context.writingToStandardError() : context
        try ExamSession(context: ui, store: store, reader: context.app.reader!, decks: decks, paper: paper,
                        blueprint: plan, selection: description, clock: context.app.clock, json: json,
                        resultContext: context).run()
    }

    func loadBlueprint() throws -> ExamBlueprint {
        guard let blueprint else { return ExamBlueprint() }
        guard let data = FileManager.default.contents(atPath: blueprint), let text = String(data: data, encoding: .utf8) else {
            throw CLIError.fileUnreadable(blueprint)
        }
        let (parsed, problems) = ExamBlueprint.parse(text, file: blueprint)
        guard let parsed else { throw CLIError.contentProblems(folder: blueprint, problems: problems) }
        return parsed
    }
}

/// `exams`: past attempts with their scores.
struct ExamsCommand: AppCommand {
    static let configuration = CommandConfiguration(commandName: "exams", abstract: "List your past exam attempts and scores.")

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        let (store, close) = try context.app.progress(for: global, writing: true)
        defer { close() }
        let exams = store.document.exams
        if json {
            try context.printJSON(exams)
            return
        }
        guard !exams.isEmpty else {
            context.io.print("no exams yet — try: exam 4xx --count 10")
            return
        }
        var table = TextTable(header: ["#", "date", "score", "result", "questions", "seed", "selection"],
                              alignments: [.right, .left, .right, .left, .right, .right, .left])
        for (index, exam) in exams.enumerated() {
            table.add(["\(index + 1)", IntervalText.localTime(exam.started), "\(Int((exam.score * 100).rounded()))%",
                       (exam.passed ? "pass" : "fail") + (exam.timedOut ? " (time)" : ""), "\(exam.answers.count)",
                       "\(exam.seed)", exam.selection])
        }
        table.render(maxWidth: context.width, headerStyle: context.style.bold).forEach { context.io.print($0) }
    }
}
