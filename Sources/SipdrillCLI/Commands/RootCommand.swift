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
        ReplayCommand.self,
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
        let reader: any LineReader
        if context.io.stdinIsTTY && context.io.stdoutIsTTY {
            let folder = ProgressLocation.directory(option: global.progressDir, environment: context.io.environment)
            reader = ReadlineLineReader(historyPath: ProgressLocation.historyFile(in: folder, profile: global.profile))
        } else {
            reader = PlainLineReader()
        }
        REPL(app: context.app, reader: reader, global: global).run()
    }
}
