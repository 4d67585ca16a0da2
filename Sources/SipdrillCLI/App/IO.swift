#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the app writes and what it knows about the terminal. The live value talks to the
/// process's streams; tests pass a capturing one and run commands in-process.
public struct IO {
    public var out: (String) -> Void
    public var err: (String) -> Void
    public var stdinIsTTY: Bool
    public var stdoutIsTTY: Bool
    public var environment: [String: String]
    /// Terminal columns, asked each time (the window can be resized between commands).
    public var columns: () -> Int

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stdinIsTTY: Bool,
                stdoutIsTTY: Bool, environment: [String: String], columns: @escaping () -> Int) {
        self.out = out
        self.err = err
        self.stdinIsTTY = stdinIsTTY
        self.stdoutIsTTY = stdoutIsTTY
        self.environment = environment
        self.columns = columns
    }

    /// Writes a line to stdout.
    public func print(_ line: String = "") { out(line + "\n") }

    /// Writes a line to stderr.
    public func printError(_ line: String) { err(line + "\n") }

    /// The process's real streams.
    public static func live(environment: [String: String]) -> IO {
        let stdoutTTY = isatty(1) == 1
        return IO(
            out: { text in writeAll(1, text) },
            err: { text in writeAll(2, text) },
            stdinIsTTY: isatty(0) == 1,
            stdoutIsTTY: stdoutTTY,
            environment: environment,
            columns: {
                var size = winsize()
                if stdoutTTY, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
                if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
                return 80
            }
        )
    }

    /// Unbuffered write of the whole text, so output interleaves correctly with readline's.
    /// A failed write (EPIPE: the reader went away) is dropped: there is nobody to tell.
    static func writeAll(_ fd: Int32, _ text: String) {
        try? DurableFile.writeAll(fd, Array(text.utf8), path: "")
    }
}
