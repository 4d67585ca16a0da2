import ArgumentParser
import SipdrillCore

/// Options every command accepts, in the REPL and as subcommands alike.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("progress-dir"), help: "Folder holding progress files and history.")
    public var progressDir: String?

    @Option(help: "Learner profile (progress file <profile>.json).")
    public var profile: String?

    @Option(help: "Folder with extra deck files (*.yaml); a deck with a built-in id replaces it.")
    public var content: String?

    @Option(help: "Language shown: en, zh or both (default: both, or from LANG).")
    public var lang: LanguageChoice?

    @Flag(name: .customLong("no-color"), help: "No colour, even on a terminal (NO_COLOR does the same).")
    public var noColor = false

    @Option(help: "Seed for shuffles and question choice, to repeat a session exactly.")
    public var seed: UInt64?

    public init() {}
}

extension LanguageChoice: ExpressibleByArgument {}
