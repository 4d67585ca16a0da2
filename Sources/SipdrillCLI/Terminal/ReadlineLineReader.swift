@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// GNU readline: line editing, persistent history, Tab completion, Ctrl-C clears the line.
/// Used only when stdin and stdout are both terminals.
final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    init(historyPath: String?) {
        self.historyPath = historyPath
        Self.ensureUTF8Locale()
        rl_readline_name = UnsafePointer(strdup("sipdrill"))   // lives as long as the process
        rl_variable_bind("show-all-if-ambiguous", "on")
        rl_variable_bind("enable-bracketed-paste", "on")
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1   // never fall back to file names
            let prefix = text.map { String(cString: $0) } ?? ""
            var firstWord = true
            if let buffer = rl_line_buffer {
                for offset in 0..<Int(start) where buffer[offset] != 32 { firstWord = false }
            }
            Completion.begin(prefix: prefix, firstWord: firstWord)
            return rl_completion_matches(text) { _, _ in
                guard let word = Completion.next() else { return nil }
                return strdup(word)
            }
        }
        rl_getc_function = { stream in ReadlineLineReader.getKey(stream) }
        // Ctrl-C clears the line instead of killing the process.
        rl_catch_signals = 0
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)   // a parent may have left it blocked
        signal(SIGINT) { _ in
            write(1, "^C\n", 3)
            rl_on_new_line()
            rl_replace_line("", 0)
            rl_redisplay()
        }
        if let historyPath {
            stifle_history(1000)
            read_history(historyPath)
        }
    }

    /// Readline's key source: reads one byte, polling so that a timed exam's deadline can end
    /// the line being typed (it returns a newline then).
    static func getKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
        let fd = stream.map { fileno($0) } ?? 0
        while true {
            if Deadline.hasPassed { return 10 }
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            if ready < 0 {
                if errno == EINTR { continue }
                return EOF
            }
            if ready == 0 { continue }
            var byte: UInt8 = 0
            let count = read(fd, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count == 0 { return EOF }
            if errno == EINTR || errno == EAGAIN { continue }
            return EOF
        }
    }

    func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
    }

    func remember(_ line: String) {
        add_history(line)
        guard let historyPath else { return }
        // append_history fails with ENOENT when the file does not exist yet.
        if append_history(1, historyPath) != 0 { write_history(historyPath) }
        history_truncate_file(historyPath, 1000)
    }

    /// Readline decides how to read multibyte input from the environment's locale; with none
    /// (env -i, cron, CI) Chinese input arrives as Meta keys. Force a UTF-8 LC_CTYPE.
    static func ensureUTF8Locale() {
        let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? ""
        if current.lowercased().contains("utf-8") || current.lowercased().contains("utf8") { return }
        unsetenv("LC_ALL")
        setenv("LC_CTYPE", "C.UTF-8", 1)
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
