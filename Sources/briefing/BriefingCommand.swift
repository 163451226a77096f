import ArgumentParser
import BriefingKit
import Foundation

struct BriefingCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Builds annotated briefings into a static website.",
        version: "briefing \(version) (cmark \(cmarkVersion))",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, RenderCommand.self, NewCommand.self]
    )
}

/// The folders every command reads.
struct FolderOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The templates folder: its files override the built-in templates one by one (it may be missing).")
    var templates = "Templates"
}

enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Diagnostics with source excerpts, and the summary line, on standard error.
    static func report(_ diagnostics: Diagnostics) {
        guard !diagnostics.items.isEmpty else { return }
        var formatter = DiagnosticFormatter { path in
            // Regular files only: a symbolic link (which may point outside the content, e.g. at a
            // secret) is never followed into the excerpt, and a FIFO is never opened.
            guard FileSystem.live.kind(path) == .file, let bytes = try? FileSystem.live.read(path) else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
        error(formatter.text(for: diagnostics))
    }
}
