import ArgumentParser
import Foundation
import SipdrillCore

/// The clock and calendar statistics use: the session clock, the local time zone.
enum StatsTime {
    static func now(_ context: Context) -> Date { context.app.clock.now() }
    static var calendar: Calendar { Calendar.current }
}

struct StatsCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Your statistics: today, forecast, calendar, true retention, mastery, confusions, leeches.")

    @Option(help: "Forecast days (14 or 30).")
    var days: Int = 14

    @Option(help: "Deck whose cards the mastery and forecast count (sip, http or all; default: the session's).")
    var deck: String?

    @Flag(help: "Print JSON (the same figures).")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...90).contains(days) else { throw ValidationError("--days takes 1 to 90") }
    }

    func run(in context: Context) throws {
        let (store, close) = try context.app.progress(for: global, writing: false)
        defer { close() }
        let report = StatsCalculator.report(document: store.document, entries: try store.logEntries(),
                                            decks: try DeckChoice.decks(deck, context: context), now: StatsTime.now(context),
                                            calendar: StatsTime.calendar, forecastDays: days)
        if json {
            try context.printJSON(report)
            return
        }
        StatsRenderer.lines(report, language: context.language, width: min(context.width, 100), colour: context.style.enabled)
            .forEach { context.io.print($0) }
    }
}

struct CardCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Each card of a code: state, stability, difficulty, retrievability, due, lapses, history.")

    @Argument(help: "A code, e.g. 486 or http:404.")
    var code: String

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        let entry = try context.resolve(code)
        guard let deck = context.catalogue.deck(entry.deck) else { return }
        let (store, close) = try context.app.progress(for: global, writing: false)
        defer { close() }
        let now = StatsTime.now(context)
        let details = StatsCalculator.cardDetails(code: entry.code, deck: deck, document: store.document,
                                                  entries: try store.logEntries(), now: now)
        if json {
            try context.printJSON(details)
            return
        }
        context.io.print(context.style.code(entry.title(context.language)))
        StatsRenderer.cardLines(details, now: now, calendar: StatsTime.calendar, language: context.language,
                                width: min(context.width, 100)).forEach { context.io.print($0) }
    }
}

struct TeamCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "A report over every profile in the progress folder: per person, and the team's weakest codes.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv, json }

    @Option(help: "text, md, csv or json.")
    var format: Format = .text

    @Option(help: "With --format csv: members or weakest_codes.")
    var table: String = "members"

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        let directory = context.app.progressDirectory(global)
        var profiles: [TeamProfile] = []
        for name in ProfileDirectory.names(in: directory) {
            var options = global
            options.profile = name
            let (store, close) = try context.app.progress(for: options, writing: false)
            defer { close() }
            let best = store.document.exams.map(\.score).max()
            profiles.append(TeamProfile(profile: name, document: store.document, entries: try store.logEntries(),
                                        bestExamScore: best))
        }
        guard !profiles.isEmpty else {
            context.io.print("no profiles in \(directory) yet")
            return
        }
        let report = TeamReport.build(profiles: profiles, decks: context.catalogue.decks, now: StatsTime.now(context),
                                      calendar: StatsTime.calendar)
        switch format {
        case .json: try context.printJSON(report)
        case .md: context.io.out(report.markdown(language: context.language))
        case .csv:
            guard let which = TeamReport.Table(rawValue: table) else {
                throw CLIError.badOption("--table is members or weakest_codes")
            }
            context.io.out(report.csv(which))
        case .text:
            report.text(width: min(context.width, 100), language: context.language).forEach { context.io.print($0) }
        }
    }
}
