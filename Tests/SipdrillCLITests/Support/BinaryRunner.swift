import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `sipdrill` binary with scripted stdin and captures its output. Uses
/// posix_spawn with files for the three streams: Foundation.Process is avoided because a
/// daemonised tmux started by a test inherits its exit-detection socket and hangs it.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sipdrill` binary built next to this test bundle.
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The xctest runner may live inside the bundle folder on some layouts.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("sipdrill").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("sipdrill").path
    }

    /// A fresh private folder for progress files, so tests never touch the checkout's.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "sipdrill-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Environment with no locale, no colour preference and a fixed width: the transcript
    /// must not depend on the machine running the test.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "COLUMNS": "80"]
        env.merge(extra) { _, new in new }
        return env
    }

    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = environment()) -> Result {
        spawn(binary, arguments, stdin: stdin, environment: environment)
    }

    /// Runs any program (tmux too) with files for its streams, and waits for it.
    static func spawn(_ executable: String, _ arguments: [String], stdin: Data = Data(),
                      environment: [String: String] = environment()) -> Result {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inPath = folder + "/stdin", outPath = folder + "/stdout", errPath = folder + "/stderr"
        FileManager.default.createFile(atPath: inPath, contents: stdin)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The child gets a clean signal mask and default handlers: test-runner threads may block
        // SIGINT, and a blocked mask would be inherited by tmux and the app under test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        precondition(spawned == 0, "cannot start \(executable): \(spawned)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func read(_ path: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return Result(status: exitStatus, stdout: read(outPath), stderr: read(errPath))
    }

    /// The repository root (for fixtures shared with the README and golden files).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }
}
