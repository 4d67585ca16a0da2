import ArgumentParser

/// A command that runs against the app's context, so the same parsed command works as a
/// subcommand (`sipdrill show 486`) and inside the REPL (`show 486`).
protocol AppCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(in context: Context) throws
}

extension AppCommand {
    /// ArgumentParser's own entry point is not used: `SipdrillMain` dispatches with an `App`.
    mutating func run() throws {
        fatalError("AppCommand.run() is dispatched by SipdrillMain")
    }
}
