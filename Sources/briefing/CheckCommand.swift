import ArgumentParser
import BriefingKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in the content, writing nothing.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var folders: FolderOptions

    @Option(help: "text (compiler style, on standard error) or json (on standard output).")
    var format: Format = .text

    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on warnings too.")
    var warningsAsErrors = false

    func run() throws {
        let request = BuildRequest(contentDirectory: folders.content, templatesDirectory: folders.templates,
                                   options: BuildOptions(includeDrafts: true))
        let report = SiteBuilder().check(request)
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
