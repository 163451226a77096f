import Foundation
@testable import BriefingKit

/// A whole site in memory (content under `Content/`, the repository's real templates under `Templates/`),
/// built through the same pipeline as the command line, with the output kept in memory.
struct TestSite {
    var files: [String: String]
    var options = BuildOptions()

    /// The repository root, from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every file of the repository's Templates/ folder, keyed `Templates/<relative path>`.
    static let templates: [String: String] = {
        let root = repositoryRoot.appendingPathComponent("Templates")
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let relative = url.path.dropFirst(root.path.count + 1)
            result["Templates/" + relative] = text
        }
        return result
    }()

    static let siteYAML = """
        title: "Test Site"
        baseURL: "https://example.org/"

        """

    /// A site with the given content files (paths relative to Content/); `site.yaml` is added when absent.
    init(_ content: [String: String], options: BuildOptions = BuildOptions()) {
        var files = Self.templates
        if content["site.yaml"] == nil { files["Content/site.yaml"] = Self.siteYAML }
        for (path, text) in content { files["Content/" + path] = text }
        self.files = files
        self.options = options
    }

    struct Result {
        var outcome: BuildReport.Outcome
        var diagnostics: Diagnostics
        /// Output path → text, for generated files (copied assets are listed with an empty text).
        var output: [String: String]

        var errors: [Diagnostic] { diagnostics.items.filter { $0.severity == .error } }
        var warnings: [Diagnostic] { diagnostics.items.filter { $0.severity == .warning } }
    }

    func build() -> Result {
        let output = Locked<[String: String]>([:])
        let builder = SiteBuilder(fileSystem: .memory(files))
        let report = builder.run(BuildRequest(options: options)) { file in
            let text: String
            switch file.contents {
            case .bytes(let bytes): text = String(decoding: bytes, as: UTF8.self)
            case .copy: text = ""
            }
            output.withLock { $0[file.path] = text }
        }
        return Result(outcome: report.outcome, diagnostics: report.diagnostics, output: output.current)
    }

    /// The rendered body of briefing `slug` (the part between the body markers of the briefing template).
    static func body(_ page: String?) -> String {
        guard let page, let start = page.range(of: "<div class=\"briefing__body prose\">\n"),
              let end = page.range(of: "\n  </div>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }
}

/// Builders for content files.
enum Content {
    static func briefing(_ body: String, title: String = "A briefing", date: String = "2024-11-05",
                         extra: String = "", claims: String = "") -> String {
        var text = "---\ntitle: \"\(title)\"\ndate: \(date)\n"
        if !extra.isEmpty { text += extra + "\n" }
        if !claims.isEmpty { text += "claims:\n" + claims + "\n" }
        return text + "---\n" + body + "\n"
    }

    static func term(_ name: String, aliases: [String] = [], kind: String = "state", body: String = "About it.") -> String {
        let aliasList = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        return "---\nname: \"\(name)\"\nkind: \(kind)\naliases: [\(aliasList)]\nsummary: \"Summary of \(name).\"\n---\n\(body)\n"
    }
}
