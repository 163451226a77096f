import ArgumentParser
import BriefingKit
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in the content, writing nothing.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var folders: FolderOptions

    @Option(help: "text (compiler style, on standard error) or json (on standard output).")
    var format: Format = .text

    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on warnings too.")
    var warningsAsErrors = false

    @Flag(name: .customLong("external"), help: "Also request every source url and archived address (warnings).")
    var external = false

    @OptionGroup var publishing: NowOption

    @OptionGroup var since: SinceOption

    func run() async throws {
        // Every file is checked, drafts and scheduled briefings included. Links to drafts pass (as
        // they always have), links to scheduled briefings fail as in `build` (that is what `--now`
        // is for here), and `--since` judges what a plain build would publish.
        let now = publishing.date ?? .todayUTC()
        let request = BuildRequest(contentDirectory: folders.content, templatesDirectory: folders.templates,
                                   options: BuildOptions(includeDrafts: true, now: now),
                                   since: try since.check(publishing: BuildOptions(now: now)))
        var report = SiteBuilder().check(request)
        if external {
            let sources = ContentLoader().load(contentDirectory: folders.content).site.sources
            report.diagnostics.append(await ExternalLinkChecker().check(sources))
        }
        switch format {
        case .text:
            Terminal.report(report.diagnostics)
            if report.diagnostics.items.isEmpty { Terminal.error(DiagnosticFormatter.summary(report.diagnostics)) }
        case .json:
            print(DiagnosticFormatter.json(for: report.diagnostics), terminator: "")
        }
        if report.diagnostics.hasErrors || (warningsAsErrors && report.diagnostics.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}
