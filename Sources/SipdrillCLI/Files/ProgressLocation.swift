import Foundation

/// Where progress and history live: `--progress-dir`, else the checkout's `progress/` when the
/// binary runs from a checkout (`swift run`), else `$XDG_DATA_HOME/sipdrill`
/// (`~/.local/share/sipdrill`).
enum ProgressLocation {
    static func directory(option: String?, environment: [String: String],
                          executable: String? = executablePath()) -> String {
        if let option { return option }
        if let executable, let checkout = checkout(containing: executable) {
            return checkout + "/progress"
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/sipdrill" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/sipdrill"
    }

    /// The readline history file of a profile.
    static func historyFile(in directory: String, profile: String?) -> String? {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/\(profile ?? "default").history"
    }

    /// The nearest ancestor folder holding this project's `Package.swift` and `progress/`.
    static func checkout(containing path: String) -> String? {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.path != "/" {
            let manifest = url.appendingPathComponent("Package.swift").path
            if FileManager.default.fileExists(atPath: manifest),
               FileManager.default.fileExists(atPath: url.appendingPathComponent("progress").path),
               let text = try? String(contentsOfFile: manifest, encoding: .utf8), text.contains("name: \"sipdrill\"") {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }

    static func executablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }
}
