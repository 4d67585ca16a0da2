import ArgumentParser
import SipdrillCore

/// Starts a study session in the running REPL, or — run from the shell — starts the REPL in
/// that mode, so the session ends at the REPL prompt rather than the shell.
enum StudyLauncher {
    static func run(_ mode: StudyMode, deck: String?, context: Context) throws {
        guard let reader = context.app.reader else {
            try ReplCommand.start(context, initialLine: context.app.commandWords)
            return
        }
        let store = try context.app.openProgress(context.global)
        let decks = try DeckChoice.decks(deck, context: context)
        let session = StudySession(context: context, store: store, reader: reader, decks: decks, mode: mode,
                                   clock: context.app.clock)
        try session.run()
    }
}

struct StudyCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study: due reviews first, then new cards up to the daily limit.")

    @Option(help: "Deck to study (default: the session's deck, sip).")
    var deck: String?

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        try StudyLauncher.run(.study, deck: deck, context: context)
    }
}

struct LearnCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Introduce N new cards now (default 5): the commonest codes first.")

    @Argument(help: "How many new cards.")
    var count: Int = 5

    @Option(help: "Deck to learn from.")
    var deck: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...200).contains(count) else { throw ValidationError("learn takes 1 to 200 cards") }
    }

    func run(in context: Context) throws {
        try StudyLauncher.run(.learn(count), deck: deck, context: context)
    }
}

struct ReviewCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the cards that are due, and nothing new.")

    @Option(help: "Deck to review.")
    var deck: String?

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        try StudyLauncher.run(.review, deck: deck, context: context)
    }
}
