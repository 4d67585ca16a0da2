import ArgumentParser
import SipdrillCore

struct PartyCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "party",
        abstract: "A hot-seat quiz for a room: party alice bob --rounds 5 (answers go to each player's practice log).")

    @Argument(help: "Player names (each a profile).")
    var players: [String] = []

    @Option(help: "Rounds (default 3).")
    var rounds: Int = 3

    @Flag(help: "Every player answers each question, one after another.")
    var all = false

    @Option(name: .customLong("minutes-per-question"), help: "Time limit per answer.")
    var minutesPerQuestion: Double?

    @Flag(name: .customLong("streak-bonus"), help: "Two points per right answer from the third in a row.")
    var streakBonus = false

    @Option(help: "Deck (sip, http or all).")
    var deck: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard players.count >= 2 else { throw ValidationError("party needs at least two players, e.g. 'party alice bob'") }
        guard Set(players).count == players.count else { throw ValidationError("each player can join only once") }
        guard (1...50).contains(rounds) else { throw ValidationError("--rounds takes 1 to 50") }
    }

    func run(in context: Context) throws {
        guard let reader = context.app.reader else {
            try ReplCommand.start(context, initialLine: context.app.commandWords)
            return
        }
        let directory = context.app.progressDirectory(global)
        var stores: [PartySession.Player] = []
        for name in players {
            // The REPL's own learner may be playing: reuse its open store rather than lock twice.
            if let open = context.app.progress, open.profile == name {
                stores.append(.init(name: name, store: open))
            } else {
                stores.append(.init(name: name, store: try ProgressStore(directory: directory, profile: name)))
            }
        }
        defer { for player in stores where player.store !== context.app.progress { player.store.close() } }
        try PartySession(context: context, reader: reader, decks: try DeckChoice.decks(deck, context: context),
                         players: stores, rounds: rounds, everyone: all,
                         secondsPerQuestion: minutesPerQuestion.map { $0 * 60 }, streakBonus: streakBonus,
                         clock: context.app.clock).run()
    }
}
