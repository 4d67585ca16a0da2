import Foundation
import SipdrillCatalogue
import SipdrillCore

/// The state that lives as long as the process (or the REPL session): the streams, the loaded
/// catalogue, and the session's choices. Commands get a `Context` made from it per invocation.
public final class App {
    public let io: IO
    /// Session language, changed by the REPL's `lang`; `--lang` overrides it per command.
    var language: LanguageChoice
    var deck: DeckID = .sip
    var noColor: Bool
    private var embedded: [Deck]?
    private var loadedFolders: [String: [Deck]] = [:]
    /// The command line that started this command, so a session command run from the shell can
    /// restart itself inside the REPL.
    var commandWords: [String] = []
    /// The REPL's line reader while the REPL runs (study sessions read answers through it).
    var reader: (any LineReader)?
    /// The session clock (`SIPDRILL_NOW` fixes it for tests and demos).
    lazy var clock = AppClock(environment: io.environment)
    /// The REPL's current learner (`profile NAME`); `--profile` on a command overrides it.
    var profile: String?
    /// The learner's progress, opened (and locked) by sessions that read or write it.
    private(set) var progress: ProgressStore?

    public init(io: IO, global: GlobalOptions = GlobalOptions()) {
        self.io = io
        self.language = global.lang
            ?? LanguageChoice.from(locale: io.environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
                ?? io.environment["LANG"])
            ?? .both
        self.noColor = global.noColor
    }

    /// The decks compiled into the binary, built once per process.
    var builtIn: [Deck] {
        if let embedded { return embedded }
        let decks = EmbeddedCatalogue.decks()
        embedded = decks
        return decks
    }

    /// The context a command runs in: session choices with this command's options on top.
    func context(_ global: GlobalOptions, loadingContent: Bool = true) throws -> Context {
        var catalogue = Catalogue(decks: builtIn, falseFriends: EmbeddedCatalogue.falseFriends())
        if loadingContent, let folder = global.content {
            catalogue.merge(try decks(in: folder))
        }
        return Context(
            io: io, app: self, catalogue: catalogue, language: global.lang ?? language, deck: deck,
            style: Style.decide(isTTY: io.stdoutIsTTY, environment: io.environment, noColorFlag: global.noColor || noColor),
            global: global)
    }

    /// Opens the profile's progress once per process (locking it against a second session).
    func openProgress(_ global: GlobalOptions) throws -> ProgressStore {
        if let progress { return progress }
        let store = try ProgressStore(directory: progressDirectory(global),
                                      profile: global.profile ?? profile ?? ProfileName.default)
        progress = store
        return store
    }

    /// A profile's progress for one command: the session's open store when it is that profile,
    /// otherwise one opened for this command alone — locked when the command writes, read
    /// without the lock otherwise (reading is safe beside a running session). Call `close`.
    func progress(for global: GlobalOptions, writing: Bool) throws -> (store: ProgressStore, close: () -> Void) {
        let name = global.profile ?? profile ?? ProfileName.default
        if let progress, progress.profile == name { return (progress, {}) }
        let store = try ProgressStore(directory: progressDirectory(global), profile: name, locking: writing)
        return (store, { store.close() })
    }

    func closeProgress() {
        progress?.close()
        progress = nil
    }

    func progressDirectory(_ global: GlobalOptions) -> String {
        ProgressLocation.directory(option: global.progressDir, environment: io.environment)
    }

    /// Decks from a `--content` folder; any problem refuses the folder (use `check` to list them).
    func decks(in folder: String) throws -> [Deck] {
        if let cached = loadedFolders[folder] { return cached }
        let (decks, problems) = try ContentFolder.load(folder, against: builtIn)
        if !problems.isEmpty { throw CLIError.contentProblems(folder: folder, problems: problems) }
        loadedFolders[folder] = decks
        return decks
    }
}

/// What one command invocation sees.
struct Context {
    let io: IO
    let app: App
    let catalogue: Catalogue
    let language: LanguageChoice
    let deck: DeckID
    let style: Style
    let global: GlobalOptions

    var width: Int { min(max(io.columns(), 40), 120) }

    /// The same context writing its normal output to stderr (interactive UI beside `--json`).
    func writingToStandardError() -> Context {
        var io = self.io
        io.out = io.err
        return Context(io: io, app: app, catalogue: catalogue, language: language, deck: deck,
                       style: Style.decide(isTTY: false, environment: io.environment, noColorFlag: true), global: global)
    }

    func resolve(_ reference: String) throws -> Entry {
        switch catalogue.resolve(reference, defaultDeck: deck) {
        case .success(let entry): return entry
        case .failure(let error): throw CLIError.lookup(error)
        }
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        io.print(try JSONOutput.string(value))
    }
}
