import Foundation
import Testing

/// Drives the real binary in a tmux pane — a true terminal, so readline, Tab completion,
/// Chinese input and alignment are exercised as a person would see them.
final class TmuxSession {
    let socket = "sipdrill-test-\(UUID().uuidString.prefix(8))"
    let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.fileExists(atPath: $0) }

    var available: Bool { tmux != nil }

    /// Starts `sipdrill ARGS` in a 100×30 pane; the pane stays open after exit to read the last screen.
    init(arguments: [String], environment: [String: String] = [:]) {
        guard let tmux else { return }
        let env = (["TERM": "xterm-256color", "HOME": NSTemporaryDirectory()].merging(environment) { _, new in new })
            .map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let command = "env -i PATH=/usr/bin:/bin \(env) '\(BinaryRunner.binary)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
            + "; echo '[exited]'; sleep 30"
        _ = BinaryRunner.spawn(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", command])
    }

    deinit {
        if let tmux { _ = BinaryRunner.spawn(tmux, ["-L", socket, "kill-server"]) }
    }

    /// Types keys: tmux key names (Tab, Enter, C-c, C-d) or, with `literal`, text as is.
    func send(_ keys: String..., literal: Bool = false) {
        guard let tmux else { return }
        _ = BinaryRunner.spawn(tmux, ["-L", socket, "send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    func screen() -> String {
        guard let tmux else { return "" }
        return BinaryRunner.spawn(tmux, ["-L", socket, "capture-pane", "-p", "-t", "0"]).stdout
    }

    /// Polls the screen every 50 ms until `predicate` holds (no fixed sleeps); records an
    /// issue with the last screen on time-out.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    func waitFor(text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }
}
