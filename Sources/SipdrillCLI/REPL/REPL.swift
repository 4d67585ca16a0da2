import ArgumentParser
import SipdrillCore

/// The interactive shell: reads lines, runs the same commands as the command line, keeps going
/// after errors, and ends on `quit` or end of input.
final class REPL {
    let app: App
    let reader: any LineReader
    let global: GlobalOptions

    /// Words the shell itself handles (the rest are `RootCommand` subcommands).
    static let shellCommands = ["help", "lang", "deck", "profile", "quit", "exit"]

    init(app: App, reader: any LineReader, global: GlobalOptions) {
        self.app = app
        self.reader = reader
        self.global = global
    }

    var io: IO { app.io }
    var interactive: Bool { reader is ReadlineLineReader }

    func run(initialLine: [String]? = nil) {
        configureCompletion()
        if interactive {
            let style = Style.decide(isTTY: true, environment: io.environment, noColorFlag: app.noColor)
            let banner = Bilingual(en: " — SIP and HTTP response codes. Type help for commands, quit or Ctrl-D to leave.",
                                   zh: " —— SIP 与 HTTP 响应码。输入 help 查看命令，quit 或 Ctrl-D 退出。")
            io.print(style.bold("sipdrill") + (app.language == .zh ? banner.zh : banner.en))
        }
        if let initialLine {
            _ = SipdrillMain.execute(initialLine + globalArguments, app: app, io: io)
        }
        while let raw = reader.readLine(prompt: prompt) {
            let line = raw.trimmingWhitespace
            if line.isEmpty { continue }
            reader.remember(line)
            if handle(line) == .quit { break }
        }
        if interactive { io.print() }
    }

    var prompt: String {
        app.deck == .sip ? "sipdrill> " : "sipdrill[\(app.deck)]> "
    }

    enum Outcome { case next, quit }

    func handle(_ line: String) -> Outcome {
        let words: [String]
        do {
            words = try CommandLineWords.split(line)
        } catch {
            io.printError("error: unclosed quote in: \(line.prefix(80))")
            return .next
        }
        guard let first = words.first else { return .next }
        let rest = Array(words.dropFirst())
        switch first.lowercased() {
        case "quit", "exit", "q":
            return .quit
        case "help", "?":
            help(rest.first)
        case "lang":
            setLanguage(rest.first)
        case "deck":
            setDeck(rest.first)
        case "profile":
            switchProfile(rest.first)
        default:
            if RootCommand.commandNames.contains(first), first != "repl" {
                _ = SipdrillMain.execute(words + globalArguments, app: app, io: io)
            } else if isCodeReference(first) {
                // A bare code is the commonest question: treat `486` as `show 486`.
                _ = SipdrillMain.execute(["show"] + words + globalArguments, app: app, io: io)
            } else {
                let known = RootCommand.commandNames.filter { $0 != "repl" } + Self.shellCommands
                io.printError("error: " + CLIError.unknownCommand(first, suggestions: Suggestions.near(first, in: known)).message)
            }
        }
        return .next
    }

    /// Options given when the REPL started apply to every command typed in it.
    var globalArguments: [String] {
        var words: [String] = []
        if let content = global.content { words += ["--content", content] }
        if let dir = global.progressDir { words += ["--progress-dir", dir] }
        if let profile = app.profile ?? global.profile { words += ["--profile", profile] }
        if let seed = global.seed { words += ["--seed", String(seed)] }
        return words
    }

    func isCodeReference(_ word: String) -> Bool {
        let code = word.split(separator: ":").last.map { String($0).normalizedDigits } ?? ""
        return code.count == 3 && code.allSatisfy(\.isNumber)
    }

    func setLanguage(_ value: String?) {
        guard let value, let choice = LanguageChoice(rawValue: value.lowercased()) else {
            io.print("language: \(app.language.rawValue)   (lang en | zh | both)")
            return
        }
        app.language = choice
        io.print("language: \(choice.rawValue)")
    }

    /// Switches the learner: the current profile is saved and unlocked, the new one opened.
    func switchProfile(_ name: String?) {
        guard let name else {
            io.print("profile: \(app.profile ?? global.profile ?? ProfileName.default)   (profile NAME · profiles)")
            return
        }
        let previous = app.profile
        app.closeProgress()
        app.profile = name
        var options = global
        options.profile = name
        do {
            let store = try app.openProgress(options)
            io.print("profile: \(name) (\(store.document.log.count) reviews)")
        } catch let error as CLIError {
            io.printError("sipdrill: error: " + error.message)
            app.profile = previous
            options.profile = previous
            _ = try? app.openProgress(options)
        } catch {
            io.printError("sipdrill: error: \(error)")
        }
    }

    func setDeck(_ value: String?) {
        let decks = (try? app.context(global).catalogue.deckIDs) ?? [.sip]
        guard let value else {
            io.print("deck: \(app.deck)   (decks: \(decks.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        let id = DeckID(value.lowercased())
        guard decks.contains(id) else {
            io.printError("error: no deck '\(value)' (decks: \(decks.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        app.deck = id
        io.print("deck: \(id)")
    }

    func help(_ topic: String?) {
        if let topic, let command = RootCommand.configuration.subcommands.first(where: { $0._commandName == topic }) {
            io.print(RootCommand.helpMessage(for: command, columns: io.columns()))
            return
        }
        let style = Style.decide(isTTY: io.stdoutIsTTY, environment: io.environment, noColorFlag: app.noColor)
        let language = app.language
        var table = TextTable(header: [Labels.text(Bilingual(en: "command", zh: "命令"), language),
                                       Labels.text(Bilingual(en: "what it does", zh: "作用"), language)])
        let commands = RootCommand.browseCommands.map { command in
            (command._commandName, Bilingual(en: command.configuration.abstract,
                                             zh: HelpText.chinese[command._commandName] ?? command.configuration.abstract))
        }
        for (word, text) in commands + HelpText.shell {
            table.add([word, language == .zh ? text.zh : text.en])
            if language == .both, text.zh != text.en { table.add(["", text.zh]) }
        }
        table.render(maxWidth: io.columns(), headerStyle: style.bold).forEach { io.print($0) }
    }

    func configureCompletion() {
        let commands = RootCommand.commandNames.filter { $0 != "repl" } + Self.shellCommands
        var arguments: [String] = []
        if let catalogue = try? app.context(global).catalogue {
            arguments += catalogue.entries.map { String($0.code) }
            arguments += catalogue.deckIDs.map(\.rawValue)
        }
        arguments += ["en", "zh", "both", "--json", "--deck", "--class", "--lang", "--scenarios"]
        arguments += (1...6).map { "\($0)xx" }
        Completion.configure(commands: commands, arguments: Array(Set(arguments)).sorted())
    }
}
