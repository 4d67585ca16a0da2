import Synchronization

/// What Tab completes: command names as the first word, then codes, deck names and options.
/// Kept in a global `Mutex` because readline's C callbacks cannot capture context.
enum Completion {
    struct Words: Sendable {
        var commands: [String] = []
        var arguments: [String] = []
        var matches: [String] = []
        var next = 0
    }

    static let words = Mutex(Words())

    static func configure(commands: [String], arguments: [String]) {
        words.withLock {
            $0.commands = commands.sorted()
            $0.arguments = arguments
        }
    }

    /// Candidates for `prefix`, from the command list when it is the line's first word.
    static func candidates(prefix: String, firstWord: Bool) -> [String] {
        words.withLock { state in
            (firstWord ? state.commands : state.arguments).filter { $0.hasPrefix(prefix) }
        }
    }

    /// Prepares the match list for readline's generator (called on its first call for a word).
    static func begin(prefix: String, firstWord: Bool) {
        let found = candidates(prefix: prefix, firstWord: firstWord)
        words.withLock {
            $0.matches = found
            $0.next = 0
        }
    }

    /// The next match, or nil when done.
    static func next() -> String? {
        words.withLock { state in
            guard state.next < state.matches.count else { return nil }
            defer { state.next += 1 }
            return state.matches[state.next]
        }
    }
}
