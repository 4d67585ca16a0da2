import ArgumentParser
import Foundation
import SipdrillCore

/// The card filters `drill` and `exam` share.
struct SelectionOptions: ParsableArguments {
    @Argument(help: "Classes (4xx), codes (486) and ranges (480-489).")
    var words: [String] = []

    @Option(help: "A code and everything it is confused with.")
    var confusables: String?

    @Option(help: "Only these question kinds (phrase, code, meaning, scenario, headers, class).")
    var kind: [CardKind] = []

    @Option(help: "Deck (default: the session's deck, sip).")
    var deck: String?

    @Flag(help: "Cards answered wrong in the last 7 days or in the last exam.")
    var wrong = false

    @Flag(help: "Cards marked as leeches.")
    var leeches = false

    @Option(help: "The N confusion pairs you get wrong most.")
    var worst: Int?

    /// The deck and the cards selected from it (history filters need the progress store).
    func resolve(_ context: Context, store: ProgressStore) throws -> ([Deck], [StudyCard], CardSelection) {
        let decks = try DeckChoice.decks(deck, context: context)
        var selection: CardSelection
        do { selection = try CardSelection.parse(words) } catch { throw CLIError.badOption(error.description) }
        selection.kinds = Set(kind)
        if let confusables {
            let entry = try context.resolve(confusables)
            selection.confusableGroup = entry.code
        }
        var history: Set<CardID>?
        let now = context.app.clock.now()
        if wrong { history = try HistorySelection.wrong(store: store, now: now) }
        if leeches { history = (history ?? []).union(HistorySelection.leeches(store: store)) }
        if let worst {
            let pairs = try HistorySelection.confusions(store: store, decks: decks)
            let codes = pairs.prefix(worst).flatMap { [$0.expected, $0.given] }
            selection.codes.formUnion(codes)
            if codes.isEmpty && history == nil { history = [] }
        }
        selection.cardIDs = history
        let cards = decks.flatMap { selection.cards(in: $0) }
        guard !cards.isEmpty else {
            throw CLIError.badOption("nothing to ask: the selection has no quizzable cards"
                                     + (history != nil ? " (no matching history yet)" : ""))
        }
        return (decks, cards, selection)
    }

    var summary: String {
        var parts = words
        if let confusables { parts.append("--confusables \(confusables)") }
        parts += kind.map { "--kind \($0.rawValue)" }
        if wrong { parts.append("--wrong") }
        if leeches { parts.append("--leeches") }
        if let worst { parts.append("--worst \(worst)") }
        return parts.isEmpty ? "all codes" : parts.joined(separator: " ")
    }
}

extension CardKind: ExpressibleByArgument {}

struct DrillCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Practise outside the schedule (drill 4xx, drill 480-489 503, --confusables 486).")

    @OptionGroup var selection: SelectionOptions

    @Option(help: "How many cards (default 20).")
    var count: Int = 20

    @Flag(name: .customLong("false-friends"), help: "Same number, which protocol? SIP or HTTP.")
    var falseFriends = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        guard let reader = context.app.reader else {
            try ReplCommand.start(context, initialLine: context.app.commandWords)
            return
        }
        let store = try context.app.openProgress(global)
        if falseFriends {
            try FalseFriendsDrill(context: context, store: store, reader: reader, clock: context.app.clock, count: max(1, count)).run()
            return
        }
        let (decks, cards, _) = try selection.resolve(context, store: store)
        try DrillSession(context: context, store: store, reader: reader, decks: decks, cards: cards,
                         count: max(1, count), clock: context.app.clock).run()
    }
}
