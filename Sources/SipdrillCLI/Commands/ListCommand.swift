import ArgumentParser
import SipdrillCore

struct ListCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the codes of a deck as a table.")

    @Option(help: "Deck to list (sip, …, or all).")
    var deck: String?

    @Option(name: .customLong("class"), help: "Only this class, e.g. 4xx (or 4).")
    var codeClass: String?

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        var entries = try DeckSelection.entries(deck ?? context.deck.rawValue, in: context.catalogue)
        if let codeClass {
            let label = try ClassFilter.label(codeClass)
            entries = entries.filter { $0.codeClass == label }
        }
        if json {
            try context.printJSON(entries.map { EntryJSON($0, in: context.catalogue) })
            return
        }
        ListRenderer(language: context.language, style: context.style, width: context.width)
            .render(entries).forEach { context.io.print($0) }
        context.io.print(context.style.dim("\(entries.count) code\(entries.count == 1 ? "" : "s")"))
    }
}

/// `--deck sip|http|all` resolved against the catalogue.
enum DeckSelection {
    static func entries(_ name: String, in catalogue: Catalogue) throws -> [Entry] {
        if name == "all" { return catalogue.entries }
        guard let deck = catalogue.deck(DeckID(name.lowercased())) else {
            throw CLIError.lookup(.unknownDeck(DeckID(name), known: catalogue.deckIDs))
        }
        return deck.entries
    }
}

/// `--class 4xx`, `4XX` or `4`.
enum ClassFilter {
    static func label(_ text: String) throws -> String {
        let lowered = text.lowercased().trimmingWhitespace
        let digit = lowered.prefix(1)
        guard let first = Int(digit), (1...6).contains(first), lowered == String(digit) || lowered == "\(digit)xx" else {
            throw CLIError.badOption("--class must be one of 1xx, 2xx, 3xx, 4xx, 5xx, 6xx (got '\(text)')")
        }
        return "\(first)xx"
    }
}
