import ArgumentParser
import Foundation
import SipdrillCore

/// `settings` shows the learner's settings; `settings KEY VALUE…` changes one. Changes that
/// affect scheduling rebuild every card's state from the review log.
struct SettingsCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change retention, daily new cards, steps, maximum interval, Easy thresholds.",
        discussion: """
            Keys: retention 0.70–0.97 · new N (new cards a day) · steps M… (learning steps, minutes) · \
            relearning M… · max-interval DAYS · easy-recall SECONDS · easy-scenario SECONDS · \
            params 21 numbers | default
            """)

    @Argument(help: "A key and its new value(s); nothing to show the settings.")
    var words: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    static let keys = ["retention", "new", "steps", "relearning", "max-interval", "easy-recall", "easy-scenario", "params"]

    func run(in context: Context) throws {
        let (store, close) = try context.app.progress(for: global, writing: true)
        defer { close() }
        if let key = words.first {
            try change(key, Array(words.dropFirst()), store: store, context: context)
        }
        let settings = store.document.settings
        if json {
            try context.printJSON(settings)
            return
        }
        var table = TextTable(header: ["setting", "value"])
        func minutes(_ list: [Double]) -> String { list.map { $0.formatted() + "m" }.joined(separator: " ") }
        table.add(["retention", String(settings.desiredRetention)])
        table.add(["new", "\(settings.dailyNewLimit) a day"])
        table.add(["steps", minutes(settings.learningStepsMinutes)])
        table.add(["relearning", minutes(settings.relearningStepsMinutes)])
        table.add(["max-interval", "\(settings.maximumInterval) days"])
        table.add(["easy-recall", "under \(settings.easySecondsRecall.formatted()) s"])
        table.add(["easy-scenario", "under \(settings.easySecondsScenario.formatted()) s"])
        table.add(["params", settings.parameters == SchedulerSettings.defaultParameters ? "FSRS-6 defaults" : "custom (21)"])
        table.render(headerStyle: context.style.bold).forEach { context.io.print($0) }
    }

    func change(_ key: String, _ values: [String], store: ProgressStore, context: Context) throws {
        var settings = store.document.settings
        func numbers() throws -> [Double] {
            let parsed = values.flatMap { $0.split(separator: ",") }.map { Double(String($0).normalizedDigits) }
            guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else {
                throw CLIError.badOption("settings \(key) needs numbers, e.g. 'settings \(key) \(example(key))'")
            }
            return parsed.map { $0! }
        }
        func one() throws -> Double {
            let list = try numbers()
            guard list.count == 1 else { throw CLIError.badOption("settings \(key) takes one number") }
            return list[0]
        }
        var rebuild = true
        switch key {
        case "retention": settings.desiredRetention = try one()
        case "new":
            let value = try one()
            guard value >= 0, value <= 1000, value == value.rounded() else { throw CLIError.badOption("settings new takes a whole number 0–1000") }
            settings.dailyNewLimit = Int(value)
            rebuild = false
        case "steps": settings.learningStepsMinutes = values == ["none"] ? [] : try numbers()
        case "relearning": settings.relearningStepsMinutes = values == ["none"] ? [] : try numbers()
        case "max-interval":
            let value = try one()
            guard value == value.rounded(), value >= 1, value <= 36500 else { throw CLIError.badOption("settings max-interval takes whole days 1–36500") }
            settings.maximumInterval = Int(value)
        case "easy-recall", "easy-scenario":
            let value = try one()
            guard value >= 0, value <= 600 else { throw CLIError.badOption("settings \(key) takes seconds 0–600") }
            if key == "easy-recall" { settings.easySecondsRecall = value } else { settings.easySecondsScenario = value }
            rebuild = false
        case "params": settings.parameters = values == ["default"] ? SchedulerSettings.defaultParameters : try numbers()
        default:
            throw CLIError.badOption("unknown setting '\(key)'; settings are: \(Self.keys.joined(separator: ", "))")
        }
        let problems = settings.scheduler.validate()
        guard problems.isEmpty else {
            throw CLIError.badOption("settings \(key): " + problems.map(\.description).joined(separator: "; "))
        }
        try store.loadLog()
        var rebuildError: ProgressError?
        try store.update { document in
            document.settings = settings
            if rebuild {
                do throws(ProgressError) { try document.rebuildCards() } catch { rebuildError = error }
            }
        }
        if let rebuildError { throw CLIError.progress(file: store.filePath, rebuildError) }
        context.io.print("saved \(key)" + (rebuild ? "; card schedules recomputed from the review log (\(store.document.log.count) reviews)" : ""))
    }

    func example(_ key: String) -> String {
        switch key {
        case "retention": "0.85"
        case "steps": "1 10"
        case "relearning": "10"
        case "max-interval": "3650"
        default: "5"
        }
    }
}

/// `suspend CODE…` / `unsuspend CODE…`: take every card of a code out of the schedule, or back.
struct SuspendCommand: AppCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Take every card of a code out of the schedule.")
    @Argument(help: "Codes.") var codes: [String] = []
    @OptionGroup var global: GlobalOptions
    func validate() throws { if codes.isEmpty { throw ValidationError("suspend needs a code, e.g. 'suspend 486'") } }
    func run(in context: Context) throws { try Suspension.set(true, codes: codes, context: context) }
}

struct UnsuspendCommand: AppCommand {
    static let configuration = CommandConfiguration(commandName: "unsuspend", abstract: "Put a suspended code's cards back into the schedule.")
    @Argument(help: "Codes.") var codes: [String] = []
    @OptionGroup var global: GlobalOptions
    func validate() throws { if codes.isEmpty { throw ValidationError("unsuspend needs a code, e.g. 'unsuspend 486'") } }
    func run(in context: Context) throws { try Suspension.set(false, codes: codes, context: context) }
}

enum Suspension {
    static func set(_ suspended: Bool, codes: [String], context: Context) throws {
        let entries = try codes.map(context.resolve)
        let (store, close) = try context.app.progress(for: context.global, writing: true)
        defer { close() }
        guard let deck = context.catalogue.deck(entries[0].deck) else { return }
        let ids = CardCatalog.cards(in: deck).filter { card in entries.contains { $0.code == card.code } }.map(\.id.rawValue)
        try store.update { $0.setSuspended(suspended, cards: ids) }
        context.io.print((suspended ? "suspended" : "unsuspended") + ": " + entries.map { String($0.code) }.joined(separator: ", ")
                         + " (\(ids.count) card\(ids.count == 1 ? "" : "s"))")
    }
}
