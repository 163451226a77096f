import Foundation
import Testing
@testable import BriefingKit

/// `serve` rebuilds translations like any other file (DESIGN §8): after each edit to a translation,
/// to its original, or a translation added or removed, the preview equals a full build.
@Suite struct IncrementalLanguagesTests {
    /// The two-language fixture's content, relative to Content/.
    static func fixture() -> [String: String] {
        let root = ScratchSite.repositoryRoot + "/Tests/BriefingKitTests/Fixtures/languages-site"
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) { files[path] = text }
        }
        return files
    }

    /// Also as the preview rebuilds, every language's search index after the pages.
    @Test(arguments: [false, true])
    func everyTranslationEditGivesWhatAFullBuildGives(defersSearch: Bool) throws {
        let site = try ScratchSite(content: Self.fixture())
        defer { site.remove() }
        let options = BuildOptions(includeDrafts: true, now: PartialDate(year: 2025, month: 6, day: 1))
        var builder = IncrementalBuilder(request: BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                               outputDirectory: site.root + "/preview", options: options),
                                         defersSearch: defersSearch)
        #expect(builder.build().outcome == .success)
        let french = "Content/briefings/gambit.fr.md"
        let edits: [(name: String, path: String, apply: () throws -> Void, expectChanged: String?)] = [
            ("a translation's body", "briefings/gambit.fr.md", {
                try site.write(french, (site.read(french) ?? "").replacingOccurrences(of: "Moscou paie", with: "Moscou règle la note"))
            }, "fr/briefings/gambit/index.html"),
            ("the original's verdict", "briefings/gambit.md", {
                let path = "Content/briefings/gambit.md"
                try site.write(path, (site.read(path) ?? "").replacingOccurrences(of: "  later:\n    status: unverified", with: "  later:\n    status: disputed"))
            }, "fr/claims/disputed/index.html"),
            ("a glossary translation added", "glossary/treaty.fr.md", {
                try site.write("Content/glossary/treaty.fr.md", "---\nname: \"Traité de partenariat\"\nsummary: \"Un traité de 2024.\"\n---\nL’article 4.\n")
            }, "fr/glossary/treaty/index.html"),
            ("a translation removed", "briefings/gambit.fr.md", { try site.delete(french) }, "briefings/gambit/index.html"),
        ]
        for edit in edits {
            try edit.apply()
            let rebuilt = builder.rebuild(after: [FileChange(path: edit.path, inContent: true)])
            let report = try #require(rebuilt, "\(edit.name)")
            #expect(report.outcome == .success, "\(edit.name): \(report.diagnostics.items)")
            if let path = edit.expectChanged { #expect(report.changedPaths.contains(path), "\(edit.name) did not rewrite \(path)") }
            if defersSearch {
                let search = builder.finishSearch()
                #expect(search?.outcome == .success, "\(edit.name): the index was not left for later")
                #expect(search?.changedPaths.contains { $0.hasPrefix("fr/search/") } == true, "\(edit.name)")
            }
            let full = site.root + "/full-\(UUID().uuidString)"
            #expect(SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                     outputDirectory: full, options: options)).outcome == .success)
            #expect(ScratchSite.tree(site.root + "/preview") == ScratchSite.tree(full), "after \(edit.name) the preview differs from a full build")
        }
        #expect(ScratchSite.tree(site.root + "/preview")["fr/briefings/gambit/index.html"] == nil)
    }
}
