import ArgumentParser

/// `sipdrill`: with no command it starts the REPL; every command also works inside it.
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sipdrill",
        abstract: "Learn SIP (and HTTP) response codes: browse the bilingual catalogue and drill with spaced repetition.",
        subcommands: [ReplCommand.self] + browseCommands,
        defaultSubcommand: ReplCommand.self)

    /// Commands that work both as subcommands and in the REPL.
    static let browseCommands: [any AppCommand.Type] = [
        ShowCommand.self, ListCommand.self, SearchCommand.self, CompareCommand.self, CheckCommand.self,
        StudyCommand.self, LearnCommand.self, ReviewCommand.self, DrillCommand.self, ExamCommand.self,
        ExamsCommand.self, StatsCommand.self, CardCommand.self, TeamCommand.self, PartyCommand.self,
        ProfilesCommand.self, SettingsCommand.self,
        SuspendCommand.self, UnsuspendCommand.self, ReplayCommand.self,
    ]

    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName }
    }
}

struct ReplCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive shell (the default).")

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        try Self.start(context, initialLine: nil)
    }

    /// Runs the REPL, first running `initialLine` (e.g. `study` when started as a subcommand).
    static func start(_ context: Context, initialLine: [String]?) throws {
        // Progress first: a damaged or newer file, or a profile open in another session,
        // stops the REPL before anything could be written.
        let global = context.global
        let store = try context.app.openProgress(global)
        defer { context.app.closeProgress() }
        if store.lostInFlight > 0 {
            context.io.printError("note: the last session ended abruptly; the answer being saved at that moment was lost (\(store.lostInFlight)).")
        }
        let reader: any LineReader
        if context.io.stdinIsTTY && context.io.stdoutIsTTY {
            reader = ReadlineLineReader(historyPath: ProgressLocation.historyFile(in: store.directory, profile: global.profile))
        } else {
            reader = PlainLineReader()
        }
        context.app.reader = reader
        defer { context.app.reader = nil }
        REPL(app: context.app, reader: reader, global: global).run(initialLine: initialLine)
    }
}
