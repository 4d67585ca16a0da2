import ArgumentParser

/// A command that runs against the app's context, so the same parsed command works as a
/// subcommand (`sipdrill show 486`) and inside the REPL (`show 486`).
protocol AppCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(in context: Context) throws
    /// False for commands that read `--content` themselves (`check` reports its problems
    /// instead of refusing the folder).
    static var loadsContentFolder: Bool { get }
}

extension AppCommand {
    static var loadsContentFolder: Bool { true }

    /// ArgumentParser's own entry point is not used: `SipdrillMain` dispatches with an `App`.
    mutating func run() throws {
        fatalError("AppCommand.run() is dispatched by SipdrillMain")
    }
}
