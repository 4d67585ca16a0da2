import ArgumentParser
import Foundation
import SipdrillCatalogue
import SipdrillCore

struct CheckCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the catalogue (and a --content folder); list every problem with file:line.")

    static let loadsContentFolder = false

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    struct Output: Encodable {
        let ok: Bool
        let entries: Int
        let decks: Int
        let content_version: String
        let problems: [Problem]
        let progress: ProgressReport
    }

    /// What `check` finds in the profile's progress file (read-only: no lock, no fold).
    struct ProgressReport: Encodable {
        let file: String
        let exists: Bool
        let cards: Int
        let reviews: Int
        let unsaved_journal: Bool
        let orphaned_cards: [String]
        let error: String?
    }

    struct Problem: Encodable {
        let file: String
        let line: Int
        let message: String
    }

    func progressReport(_ context: Context, catalogue: Catalogue) -> ProgressReport {
        let directory = context.app.progressDirectory(global)
        let profile = global.profile ?? ProfileName.default
        let file = directory + "/\(profile).json"
        do {
            let store = try ProgressStore(directory: directory, profile: profile, locking: false)
            defer { store.close() }
            let known = Set(catalogue.entries.map(\.id.rawValue)
                            + catalogue.decks.flatMap { deck in deck.classes.map { "\(deck.id)-class-\($0.label)" } })
            let orphans = store.document.cards.keys.filter { id in
                !known.contains(String(id.split(separator: ":").first ?? ""))
            }.sorted()
            return ProgressReport(file: store.filePath, exists: store.hasFile, cards: store.document.cards.count,
                                  reviews: store.document.log.count,
                                  unsaved_journal: FileManager.default.fileExists(atPath: store.journalPath),
                                  orphaned_cards: orphans, error: nil)
        } catch {
            let message = error.message
            return ProgressReport(file: file, exists: FileManager.default.fileExists(atPath: file), cards: 0, reviews: 0,
                                  unsaved_journal: false, orphaned_cards: [], error: message)
        }
    }

    func printProgress(_ report: ProgressReport, context: Context) {
        if let error = report.error {
            context.io.printError("sipdrill: error: " + error)
            return
        }
        guard report.exists || report.unsaved_journal else {
            context.io.print("progress: no progress file yet (\(report.file))")
            return
        }
        context.io.print("progress: \(report.file): \(report.cards) cards, \(report.reviews) reviews"
                         + (report.unsaved_journal ? " (including answers not yet folded in from the journal)" : ""))
        if !report.orphaned_cards.isEmpty {
            context.io.print(context.style.warn("progress: \(report.orphaned_cards.count) card id(s) no longer in the catalogue, kept: ")
                             + report.orphaned_cards.joined(separator: ", "))
        }
    }

    /// Problems are this command's normal output, so it reports them itself and signals
    /// failure through the exit status.
    struct Failed: Error {}

    func run(in context: Context) throws {
        var catalogue = Catalogue(decks: context.app.builtIn)
        var problems: [ContentProblem] = []
        if let folder = global.content {
            let loaded = try ContentFolder.load(folder, against: context.app.builtIn)
            problems = loaded.problems
            catalogue.merge(loaded.decks)
        }
        let entries = catalogue.entries.count
        let progress = progressReport(context, catalogue: catalogue)
        if json {
            try context.printJSON(Output(
                ok: problems.isEmpty && progress.error == nil, entries: entries, decks: catalogue.decks.count,
                content_version: EmbeddedCatalogue.contentVersion,
                problems: problems.map { Problem(file: $0.file, line: $0.line, message: $0.message) },
                progress: progress))
        } else {
            if problems.isEmpty {
                context.io.print(context.style.good("ok") + " (\(entries) entries in \(catalogue.decks.count) deck\(catalogue.decks.count == 1 ? "" : "s"))")
            } else {
                for problem in problems { context.io.printError(problem.description) }
                context.io.printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
            }
            printProgress(progress, context: context)
        }
        if !problems.isEmpty || progress.error != nil { throw Failed() }
    }
}
