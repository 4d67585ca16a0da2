import SipdrillCore

/// Errors the commands raise; rendered to the user's text in one place (`message`).
public enum CLIError: Error, Equatable {
    case lookup(LookupError)
    case contentProblems(folder: String, problems: [ContentProblem])
    case contentFolderUnreadable(String, reason: String)
    case unknownCommand(String, suggestions: [String])
    case badOption(String)
    case nothingFound(String)
    case fileUnreadable(String)
    case replay(file: String, String)
    case progress(file: String, ProgressError)
    case progressIO(path: String, reason: String)

    public var message: String {
        switch self {
        case .lookup(let error):
            return error.description
        case .contentProblems(let folder, let problems):
            return "the catalogue in \(folder) has \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
                + "\n(run: sipdrill check --content \(folder))"
        case .contentFolderUnreadable(let folder, let reason):
            return "cannot read content folder \(folder): \(reason)"
        case .unknownCommand(let word, let suggestions):
            let hint = suggestions.isEmpty ? " Type 'help' for the list of commands."
                : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            // A pasted wall of text is not worth echoing in full.
            let shown = word.count > 40 ? word.prefix(40) + "…" : word
            return "unknown command '\(shown)'.\(hint)"
        case .badOption(let text):
            return text
        case .nothingFound(let query):
            return "nothing matches '\(query)'"
        case .fileUnreadable(let path):
            return "cannot read \(path): no such file or not readable"
        case .progress(let file, let error):
            if case .badProfileName = error { return error.description }
            if case .locked = error { return "profile file \(file) \(error.description)" }
            return "progress file \(file) \(error.description). It was left untouched; "
                + "fix or move it away to continue (a fresh start would otherwise lose it)."
        case .progressIO(let path, let reason):
            return "\(path): \(reason)"
        case .replay(let file, let detail):
            return "\(file == "-" ? "standard input" : file): \(detail)"
        }
    }

    /// Exit status: 65 for bad content (EX_DATAERR), 64 for usage errors, 1 otherwise.
    public var exitCode: Int32 {
        switch self {
        case .contentProblems, .contentFolderUnreadable: 65
        case .unknownCommand, .badOption: 64
        case .replay, .progress: 65
        case .progressIO: 74
        case .fileUnreadable: 66
        case .lookup, .nothingFound: 1
        }
    }
}
