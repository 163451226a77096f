import Foundation
import PackagePlugin

/// Generates `EmbeddedTemplates.swift` from every file under the package's `Templates/` folder,
/// so the default templates and assets travel inside the `briefing` binary (DESIGN §4).
/// `Templates/` stays the one source of truth: each of its files is an input of the command,
/// so editing one regenerates the table.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        let tool = try context.tool(named: "EmbedTemplatesTool")
        let (files, folders) = contents(of: templates)
        return [
            .buildCommand(
                displayName: "Embedding the default templates from Templates/",
                executable: tool.url,
                arguments: [templates.path, output.path],
                // Every file (an edit reruns the command) and every folder (adding or removing a file
                // changes its folder, so the tool, which lists the folder itself, runs again).
                inputFiles: [templates] + folders + files,
                outputFiles: [output]
            ),
        ]
    }

    /// The regular files and the folders under `folder`, sorted; hidden files and symbolic links skipped,
    /// as the tool skips them.
    private func contents(of folder: URL) -> (files: [URL], folders: [URL]) {
        let keys: Set<URLResourceKey> = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: Array(keys),
                                                              options: [.skipsHiddenFiles]) else { return ([], []) }
        var files: [URL] = []
        var folders: [URL] = []
        while let url = enumerator.nextObject() as? URL {
            guard let values = try? url.resourceValues(forKeys: keys), values.isSymbolicLink != true else { continue }
            if values.isDirectory == true { folders.append(url) } else if values.isRegularFile == true { files.append(url) }
        }
        return (files.sorted { $0.path < $1.path }, folders.sorted { $0.path < $1.path })
    }
}
