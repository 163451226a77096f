import ArgumentParser
import BriefingKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content and templates folders into the output folder.")

    @OptionGroup var folders: FolderOptions

    @Option(help: "The output folder; replaced as a whole when the build succeeds.")
    var output = "Public"

    @Flag(help: "Include drafts.")
    var drafts = false

    @Flag(help: "Include scheduled briefings (dated after --now).")
    var future = false

    @OptionGroup var publishing: NowOption

    @OptionGroup var since: SinceOption

    @Option(name: .customLong("base-url"), help: "Override site.yaml's baseURL (for a staging site).")
    var baseURL: String?

    @Flag(help: "End links in index.html, so the site works opened from disk.")
    var portable = false

    @Flag(name: .shortAndLong, help: "Say how long each stage took.")
    var verbose = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL, not '\(baseURL)'")
        }
    }

    func run() throws {
        let started = Date()
        let options = BuildOptions(includeDrafts: drafts, portable: portable, baseURL: baseURL,
                                   now: publishing.date ?? .todayUTC(), includeFuture: future)
        let request = BuildRequest(
            contentDirectory: folders.content, templatesDirectory: folders.templates, outputDirectory: output,
            options: options, since: try since.check(publishing: options))
        let report = SiteBuilder().build(request)
        Terminal.report(report.diagnostics)
        if verbose {
            for (index, timing) in report.timings.enumerated() {
                Terminal.error(String(format: "[%d/%d] %@: %.1f ms", index + 1, report.timings.count, timing.stage,
                                      timing.seconds * 1000))
            }
        }
        switch report.outcome {
        case .success:
            Terminal.error(String(format: "built %d files into %@ in %.2f s", report.filesWritten, output,
                                  Date().timeIntervalSince(started)))
        case .contentErrors:
            Terminal.error("build failed: \(output) was left as it was")
            throw ExitCode(1)
        case .environmentError(let message):
            Terminal.error("error: \(message)")
            throw ExitCode(2)
        }
    }
}
