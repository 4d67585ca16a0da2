/// Where the REPL gets its lines: readline on a terminal, plain lines from a pipe or a test.
protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at end of input (Ctrl-D, end of pipe).
    func readLine(prompt: String) -> String?
    /// Remembers a line in the history (no-op where there is none).
    func remember(_ line: String)
}

/// Reads lines from standard input with no prompt and no terminal handling, so piped sessions
/// are clean and scriptable. Invalid UTF-8 is replaced (U+FFFD), never fatal.
final class PlainLineReader: LineReader {
    func readLine(prompt: String) -> String? { Swift.readLine(strippingNewline: true) }
    func remember(_ line: String) {}
}

/// Lines from a list, for tests that run the REPL in-process.
final class ScriptedLineReader: LineReader {
    private var lines: [String]
    init(_ lines: [String]) { self.lines = lines }
    func readLine(prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    func remember(_ line: String) {}
}
