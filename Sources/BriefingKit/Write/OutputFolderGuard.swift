import Foundation

/// Refuses output folders a mistyped `--output` could wipe (DESIGN §4): the working directory, a folder
/// holding or inside the content or templates folder, or a non-empty folder without the build marker.
public enum OutputFolderGuard {
    /// Why `output` must not be used, or nil when it is safe.
    public static func problem(output: String, content: String, templates: String,
                               workingDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let outputPath = resolved(output)
        let contentPath = resolved(content)
        let templatesPath = resolved(templates)
        if outputPath == resolved(workingDirectory) {
            return "refusing to use the working directory '\(output)' as the output folder"
        }
        if outputPath == "/" { return "refusing to use '/' as the output folder" }
        for (name, path) in [("content", contentPath), ("templates", templatesPath)] {
            if path == outputPath || path.hasPrefix(outputPath + "/") {
                return "refusing output folder '\(output)': it holds the \(name) folder"
            }
            if outputPath.hasPrefix(path + "/") {
                return "refusing output folder '\(output)': it lies inside the \(name) folder"
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputPath, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "refusing output folder '\(output)': it is a file" }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputPath)) ?? []
        if !entries.isEmpty && !entries.contains(OutputWriter.markerName) {
            return "refusing output folder '\(output)': it is not empty and was not made by briefing (no \(OutputWriter.markerName))"
        }
        return nil
    }

    /// Absolute, standardised, with symbolic links resolved as far as the path exists.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return url.resolvingSymlinksInPath().path
    }
}
