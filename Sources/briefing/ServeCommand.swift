import ArgumentParser
import BriefingKit
import BriefingPreview
#if canImport(CMimalloc)
import CMimalloc
#endif
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with drafts, rebuilding and reloading open pages on every save.")

    @OptionGroup var folders: FolderOptions

    @Option(help: "The preview's own output folder (never the published one).")
    var output = ".preview"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on; the default serves this machine only.")
    var host = "127.0.0.1"

    @OptionGroup var publishing: NowOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let publicFolder = URL(fileURLWithPath: "Public").standardizedFileURL.path
        if URL(fileURLWithPath: output).standardizedFileURL.path == publicFolder {
            Terminal.error("error: serve builds drafts, so it never writes the published folder Public/")
            throw ExitCode(2)
        }
        #if canImport(CMimalloc)
        // Rebuild after rebuild frees and makes the same structures: keep the pages for the next one.
        briefing_keep_freed_memory()
        #endif
        let server = PreviewServer(host: host, port: port, contentDirectory: folders.content,
                                   templatesDirectory: folders.templates, outputDirectory: output,
                                   now: publishing.date)
        let failedToStart = FailedStart()
        do {
            try await server.run(log: { Terminal.error($0) }, onReady: { running in
                if case .environmentError = running.firstBuild.outcome { await failedToStart.set() }
                Terminal.error("serving \(output) at \(running.url) (Ctrl-C to stop)")
            })
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
        if await failedToStart.value { throw ExitCode(2) }
    }
}

/// Whether the first build could not write the output folder at all.
actor FailedStart {
    private(set) var value = false
    func set() { value = true }
}
