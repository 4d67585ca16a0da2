import Foundation
import PackagePlugin

/// Compiles `content/*.yaml` into the binary so a copied release binary is self-contained.
/// Every content file and the folder itself are inputs, so edits and additions rebuild it.
@main
struct EmbedCatalogue: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let content = context.package.directoryURL.appending(path: "content")
        let files = try FileManager.default.contentsOfDirectory(at: content, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedCatalogue.swift")
        return [
            .buildCommand(
                displayName: "Compiling the catalogue in content/",
                executable: try context.tool(named: "catalogue-compiler").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files + [content],
                outputFiles: [output]
            ),
        ]
    }
}
