// Build-time tool run by the EmbedCatalogue plugin: parses and validates every content file and
// writes a Swift source file that builds the decks directly (nothing to decode at start-up). Content
// problems fail the build with `file:line: error:` lines that editors and terminals link to.
import Foundation
import SipdrillCore

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: catalogue-compiler OUTPUT.swift DECK.yaml...\n".utf8))
    exit(2)
}
var sources: [CatalogueLoader.Source] = []
for path in arguments.dropFirst().sorted() {
    do {
        sources.append(.init(name: path, text: try String(contentsOfFile: path, encoding: .utf8)))
    } catch {
        FileHandle.standardError.write(Data("\(path):1: error: cannot read: \(error)\n".utf8))
        exit(1)
    }
}
let (decks, falseFriends, problems) = CatalogueLoader.loadCatalogue(sources, against: [])
if !problems.isEmpty {
    for problem in problems {
        FileHandle.standardError.write(Data("\(problem.file):\(problem.line): error: \(problem.message)\n".utf8))
    }
    exit(1)
}
let swift = SwiftEmitter.source(decks: decks, falseFriends: falseFriends,
                                contentVersion: ContentVersion.of(sources.map(\.text)))
do {
    let url = URL(fileURLWithPath: outputPath)
    if (try? String(contentsOf: url, encoding: .utf8)) != swift {
        try swift.write(to: url, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
    exit(1)
}
