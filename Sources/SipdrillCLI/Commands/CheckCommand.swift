import ArgumentParser
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
    }

    struct Problem: Encodable {
        let file: String
        let line: Int
        let message: String
    }

    /// Problems are this command's normal output, so it reports them itself and signals
    /// failure through the exit status.
    struct Failed: Error {}

    func run(in context: Context) throws {
        var catalogue = Catalogue(decks: context.app.builtIn)
        var problems: [ContentProblem] = []
        if let folder = global.content {
            let loaded = try ContentFolder.load(folder)
            problems = loaded.problems
            catalogue.merge(loaded.decks)
        }
        let entries = catalogue.entries.count
        if json {
            try context.printJSON(Output(
                ok: problems.isEmpty, entries: entries, decks: catalogue.decks.count,
                content_version: EmbeddedCatalogue.contentVersion,
                problems: problems.map { Problem(file: $0.file, line: $0.line, message: $0.message) }))
        } else if problems.isEmpty {
            context.io.print(context.style.good("ok") + " (\(entries) entries in \(catalogue.decks.count) deck\(catalogue.decks.count == 1 ? "" : "s"))")
        } else {
            for problem in problems { context.io.printError(problem.description) }
            context.io.printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        }
        if !problems.isEmpty { throw Failed() }
    }
}
