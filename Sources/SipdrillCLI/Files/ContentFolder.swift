import Foundation
import SipdrillCore

/// Reads deck files from a folder on disk: the only place content touches the file system.
enum ContentFolder {
    /// Every `*.yaml` in the folder, parsed and validated. Messages name files as given on the
    /// command line plus the file name, so they can be opened directly.
    static func load(_ folder: String, against builtIn: [Deck] = []) throws -> (decks: [Deck], problems: [ContentProblem]) {
        let url = URL(fileURLWithPath: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            throw CLIError.contentFolderUnreadable(folder, reason: "no such folder or not readable")
        }
        if names.isEmpty { throw CLIError.contentFolderUnreadable(folder, reason: "no *.yaml deck files in it") }
        var sources: [CatalogueLoader.Source] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.contentFolderUnreadable(folder, reason: "cannot read \(name)")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                return ([], [ContentProblem(file: path, line: 1, kind: .yamlSyntax("the file is not valid UTF-8"))])
            }
            sources.append(.init(name: path, text: text))
        }
        let loaded = CatalogueLoader.loadCatalogue(sources, against: builtIn)
        return (loaded.decks, loaded.problems)
    }
}
