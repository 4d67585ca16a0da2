import ArgumentParser
import SipdrillCore

/// The process entry: parses arguments, runs one command (or the REPL), returns the exit status.
public enum SipdrillMain {
    /// Options that take a value, so a command name after them is not mistaken for their value.
    static let valueOptions: Set<String> = ["--progress-dir", "--profile", "--content", "--lang", "--seed",
                                            "--deck", "--class", "--limit"]

    public static func run(_ arguments: [String], io: IO) -> Int32 {
        var words = Array(arguments)
        let commands = RootCommand.commandNames
        // Global options may come before the command (`sipdrill --lang zh show 486`):
        // ArgumentParser wants the command first.
        if let index = commandIndex(words), index > 0 {
            words.insert(words.remove(at: index), at: 0)
        } else if commandIndex(words) == nil, let first = firstPositional(words) {
            let word = words[first]
            io.printError("sipdrill: error: " + CLIError.unknownCommand(word, suggestions: Suggestions.near(word, in: commands)).message)
            return 64
        }
        return execute(words, app: nil, io: io)
    }

    /// Parses and runs one command line; `app` is the REPL's session, nil for a one-shot process.
    static func execute(_ words: [String], app existing: App?, io: IO) -> Int32 {
        // `show --help`: the command's own help (ArgumentParser's default subcommand would
        // otherwise answer with the top-level help).
        if let first = words.first, words.contains(where: { $0 == "--help" || $0 == "-h" }),
           let command = RootCommand.configuration.subcommands.first(where: { $0._commandName == first }) {
            io.print(RootCommand.helpMessage(for: command, columns: io.columns()))
            return 0
        }
        let parsed: ParsableCommand
        do {
            parsed = try RootCommand.parseAsRoot(words)
        } catch {
            let message = RootCommand.fullMessage(for: error)
            let code = RootCommand.exitCode(for: error).rawValue
            if code == 0 { io.print(message) } else { io.printError(message) }
            return code
        }
        guard let command = parsed as? any AppCommand else {
            io.print(RootCommand.helpMessage())
            return 0
        }
        let app = existing ?? App(io: io, global: command.global)
        app.commandWords = words
        do {
            try command.run(in: try app.context(command.global, loadingContent: type(of: command).loadsContentFolder))
            return 0
        } catch let error as CLIError {
            io.printError("sipdrill: error: " + error.message)
            return error.exitCode
        } catch is CheckCommand.Failed {
            return 1
        } catch {
            io.printError("sipdrill: error: \(error)")
            return 1
        }
    }

    static func commandIndex(_ words: [String]) -> Int? {
        guard let index = firstPositional(words), RootCommand.commandNames.contains(words[index]) else { return nil }
        return index
    }

    static func firstPositional(_ words: [String]) -> Int? {
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" { return index + 1 < words.count ? index + 1 : nil }
            if word.hasPrefix("-") {
                index += valueOptions.contains(word) ? 2 : 1
                continue
            }
            return index
        }
        return nil
    }
}
