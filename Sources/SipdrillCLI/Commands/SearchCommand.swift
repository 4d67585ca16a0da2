import ArgumentParser
import SipdrillCore

struct SearchCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find codes by English or Chinese text (busy, 忙, proxy auth).")

    @Argument(help: "Words to look for.")
    var words: [String] = []

    @Option(help: "Deck to search (default: all decks).")
    var deck: String?

    @Option(help: "Show at most this many results.")
    var limit: Int = 20

    @Flag(help: "Print JSON (best match first).")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if words.isEmpty { throw ValidationError("search needs some text, e.g. 'search busy' or 'search 忙'") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run(in context: Context) throws {
        let pool = try DeckSelection.entries(deck ?? "all", in: context.catalogue)
        let query = words.joined(separator: " ")
        let hits = Array(CatalogueSearch.search(query, in: pool).prefix(limit))
        if json {
            try context.printJSON(hits.map { EntryJSON($0.entry, in: context.catalogue, score: $0.score) })
            return
        }
        guard !hits.isEmpty else { throw CLIError.nothingFound(query) }
        ListRenderer(language: context.language, style: context.style, width: context.width)
            .render(hits.map(\.entry)).forEach { context.io.print($0) }
    }
}
