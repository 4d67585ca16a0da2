import ArgumentParser
import Foundation
import SipdrillCore

/// `sipdrill replay FILE`: the scheduler workbench. Feeds review sequences through the same
/// code that rebuilds card states from the log, so anyone can compare it with another FSRS.
struct ReplayCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay review sequences through the FSRS-6 scheduler and print the states as JSON.",
        discussion: """
            FILE (or - for standard input) holds {"desired_retention", "learning_steps_minutes", \
            "relearning_steps_minutes", "maximum_interval", "params", "cases": [{"id", "scheduler", \
            "reviews": [{"rating": 1-4, "at": ISO-8601}]}]}. Fuzz is always off.
            """)

    static let loadsContentFolder = false

    @Argument(help: "Replay input file, or - for standard input.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CLIError.fileUnreadable(file)
            }
            data = contents
        }
        do {
            let output = try Replay.run(data)
            context.io.out(String(decoding: output, as: UTF8.self))
        } catch {
            throw CLIError.replay(file: file, error.description)
        }
    }
}
