import ArgumentParser
import BriefingKit
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of one Markdown file's body, as its page has it.",
        discussion: """
            Front matter is allowed. Glossary names, sources and briefings come from the content folder \
            when there is one; without it the glossary is empty.
            """)

    @OptionGroup var folders: FolderOptions

    @Argument(help: "A Markdown file, or - (the default) for standard input.")
    var file = "-"

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                Terminal.error("error: cannot read '\(file)'")
                throw ExitCode(2)
            }
            data = contents
        }
        let path = file == "-" ? "<stdin>" : file
        var site = Site(config: SiteConfig(title: "", baseURL: "http://localhost/"))
        var diagnostics = Diagnostics()
        if FileManager.default.fileExists(atPath: folders.content + "/site.yaml") {
            site = ContentLoader().load(contentDirectory: folders.content).site
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let slug = name.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil ? name : "document"
        let bytes = [UInt8](data)
        let briefing: Briefing
        if bytes.starts(with: Array("---".utf8)) {
            let loaded = ContentLoader().loadBriefing(bytes: bytes, path: path, slug: slug)
            diagnostics.append(Diagnostics(loaded.diagnostics.items.filter { !$0.message.hasPrefix("missing required key") }))
            guard let parsed = loaded.briefing else {
                Terminal.report(diagnostics)
                throw ExitCode(1)
            }
            briefing = parsed
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                Terminal.error("\(path): error: invalid UTF-8")
                throw ExitCode(1)
            }
            let body = MarkdownSource(text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: path, firstLine: 1)
            briefing = Briefing(slug: slug, path: path, title: slug, date: PartialDate(year: 1970, month: 1, day: 1), body: body)
        }
        let (html, bodyDiagnostics) = Annotator().renderBody(of: briefing, in: site, options: BuildOptions())
        diagnostics.append(bodyDiagnostics)
        let relevant = Diagnostics(diagnostics.items.filter { !$0.message.contains("is never marked") })
        if !relevant.items.isEmpty { Terminal.report(relevant) }
        FileHandle.standardOutput.write(Data(html.utf8))
        if relevant.hasErrors { throw ExitCode(1) }
    }
}
