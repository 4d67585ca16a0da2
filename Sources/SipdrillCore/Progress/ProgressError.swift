/// Why a progress file (or its journal) cannot be used. The file is never changed when one of
/// these is raised: the learner's data stays exactly as it was.
public enum ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    case notJSON(String)
    case truncated
    case wrongShape(path: String, detail: String)
    case missingVersion
    case futureVersion(found: Int, supported: Int)
    case badJournalLine(line: Int, detail: String)
    case badProfileName(String)
    case locked(pid: Int32)
    /// A programming error: the log was used before the store attached it.
    case logNotLoaded

    public var description: String {
        switch self {
        case .notJSON(let detail):
            "is not valid JSON (\(detail))"
        case .truncated:
            "is truncated (the JSON stops before its end)"
        case .wrongShape(let path, let detail):
            "has a bad value at \(path.isEmpty ? "the top level" : path): \(detail)"
        case .missingVersion:
            "has no \"version\" key, so it is not a sipdrill progress file"
        case .futureVersion(let found, let supported):
            "was written by a newer sipdrill (format version \(found); this build reads up to \(supported)); update sipdrill to use it"
        case .badJournalLine(let line, let detail):
            "journal line \(line) is damaged (\(detail))"
        case .badProfileName(let name):
            "'\(name)' is not a usable profile name (letters, digits, '-', '_' and '.', not starting with '.')"
        case .logNotLoaded:
            "review log used before it was read (a bug in sipdrill)"
        case .locked(let pid):
            "is in use by another sipdrill session (pid \(pid)); finish that session first"
        }
    }
}
