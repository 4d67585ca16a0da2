import ArgumentParser
import Foundation
import SipdrillCore

/// The learner profiles in the progress folder, read without locking (a session may be open).
enum ProfileDirectory {
    struct Summary: Encodable {
        let profile: String
        let cards: Int
        let reviews: Int
        let exams: Int
        let last_active: Date?
        let error: String?
    }

    static func names(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .filter { (try? ProfileName.validate($0)) != nil }.sorted()
    }

    static func summary(_ name: String, directory: String) -> Summary {
        do {
            let store = try ProgressStore(directory: directory, profile: name, locking: false)
            defer { store.close() }
            let document = store.document
            let times = document.cards.values.compactMap(\.card.lastReview) + document.practice.map(\.at)
                + document.exams.map(\.finished)
            return Summary(profile: name, cards: document.cards.count, reviews: document.log.count,
                           exams: document.exams.count, last_active: times.max(), error: nil)
        } catch {
            return Summary(profile: name, cards: 0, reviews: 0, exams: 0, last_active: nil, error: error.message)
        }
    }
}

struct ProfilesCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the learner profiles in the progress folder, with last activity.")

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run(in context: Context) throws {
        let directory = context.app.progressDirectory(global)
        let summaries = ProfileDirectory.names(in: directory).map { ProfileDirectory.summary($0, directory: directory) }
        if json {
            try context.printJSON(summaries)
            return
        }
        guard !summaries.isEmpty else {
            context.io.print("no profiles yet in \(directory) — 'study' creates one, '--profile NAME' names it")
            return
        }
        var table = TextTable(header: ["profile", "cards", "reviews", "exams", "last active"],
                              alignments: [.left, .right, .right, .right, .left])
        for summary in summaries {
            table.add([summary.profile, "\(summary.cards)", "\(summary.reviews)", "\(summary.exams)",
                       summary.error ?? summary.last_active.map(IntervalText.localTime) ?? "—"])
        }
        table.render(maxWidth: context.width, headerStyle: context.style.bold).forEach { context.io.print($0) }
    }
}
