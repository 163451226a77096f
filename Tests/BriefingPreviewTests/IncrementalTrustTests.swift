import BriefingKit
import Foundation
import Testing

/// Rebuilds after edits to the trust keys (DESIGN §7) equal a full build: an update's text or date
/// reaches `corrections/` and `corrections.xml`, a history entry the claims pages' "changed on", a
/// source's grade every citation, and a new page the header of every page.
@Suite struct IncrementalTrustTests {
    static func briefing(update: String, history: String) -> String {
        """
        ---
        title: "Alpha"
        date: 2024-11-01
        tags: [security]
        updates:
          - date: 2024-11-04
            kind: correction
            text: "\(update)"
        claims:
          main:
            status: incorrect
            correction: "Not so."
            sources: [un-report]
            history:
              - date: \(history)
                status: unverified
              - date: 2024-11-03
                status: incorrect
        ---
        [Russia signed](claim:main) a treaty with North Korea. [Newspaper](cite:newspaper).

        """
    }

    @Test func trustEditsRebuildLikeAFullBuild() throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let options = BuildOptions(includeDrafts: true, baseURL: "http://127.0.0.1:8080/")
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: options)
        var builder = IncrementalBuilder(request: request)
        #expect(builder.build().outcome == .success)
        let edits: [(path: String, text: String)] = [
            ("briefings/alpha.md", Self.briefing(update: "First wording.", history: "2024-11-02")),
            ("briefings/alpha.md", Self.briefing(update: "Second *wording*.", history: "2024-11-02")),
            ("briefings/alpha.md", Self.briefing(update: "Second *wording*.", history: "2024-11-01")),
            ("sources.yaml", SampleContent.sourcesYAML.replacingOccurrences(
                of: "  title: \"A UN report\"\n", with: "  title: \"A UN report\"\n  kind: official\n  reliability: B\n")),
            ("pages/about.md", "---\ntitle: \"About\"\nnav: 1\n---\nWho we are.\n"),
        ]
        for (step, edit) in edits.enumerated() {
            try site.write("Content/" + edit.path, edit.text)
            let rebuilt = builder.rebuild(after: [FileChange(path: edit.path, inContent: true)])
            let incremental = try #require(rebuilt)
            let fullOutput = site.root + "/full-\(step)"
            let full = SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                        outputDirectory: fullOutput, options: options))
            #expect(full.outcome == .success, "step \(step): \(full.diagnostics.items)")
            #expect(incremental.outcome == full.outcome)
            let mine = ScratchSite.tree(request.outputDirectory), theirs = ScratchSite.tree(fullOutput)
            let differing = Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }.sorted()
            #expect(differing.isEmpty, "step \(step) (\(edit.path)): differing files \(differing)")
        }
        let corrections = ScratchSite.tree(request.outputDirectory)["corrections/index.html"] ?? Data()
        #expect(String(decoding: corrections, as: UTF8.self).contains("Second <em>wording</em>."))
    }
}
