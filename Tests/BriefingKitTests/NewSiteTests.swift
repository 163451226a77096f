import Foundation
import Testing
@testable import BriefingKit

/// `briefing new site DIR` and `briefing new templates [DIR]` (DESIGN §4), run through the debug binary.
@Suite struct NewSiteTests {
    private func run(_ arguments: [String], in folder: URL, expecting status: Int32,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BriefingBinary.Result {
        let result = try BriefingBinary.required(sourceLocation: sourceLocation).run(arguments, in: folder)
        #expect(result.status == status,
                "briefing \(arguments.joined(separator: " ")) exited \(result.status)\nstdout:\n\(result.stdout)\nstderr:\n\(result.stderr)",
                sourceLocation: sourceLocation)
        return result
    }

    @Test func newSiteCreatesAWorkingSiteThatBuildsWithTheBuiltInTemplates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try run(["new", "site", "mysite"], in: folder.url, expecting: 0)
        for file in [".gitignore", "Content/site.yaml", "Content/sources.yaml", "Content/glossary/united-nations.md",
                     "Content/briefings/example-briefing.md", "Content/pages/about.md", "Content/pages/methodology.md"] {
            #expect(folder.exists("mysite/" + file), "new site did not create \(file)")
        }
        #expect(!folder.exists("mysite/Templates"))
        #expect(folder.read("mysite/.gitignore")?.contains("/Public/") == true)
        #expect(folder.read("mysite/.gitignore")?.contains("/.preview/") == true)
        let site = folder.url.appendingPathComponent("mysite")
        let check = try run(["check", "--warnings-as-errors"], in: site, expecting: 0)
        #expect(check.stderr.contains("0 errors, 0 warnings"), "\(check.stderr)")
        _ = try run(["build"], in: site, expecting: 0)
        let page = folder.read("mysite/Public/briefings/example-briefing/index.html") ?? ""
        #expect(page.contains("id=\"claim-charter-signed\""), "no claim")
        #expect(page.contains("sources/#source-un-charter"), "no citation")
        #expect(page.contains("glossary/united-nations/"), "no glossary link")
        #expect(folder.exists("mysite/Public/glossary/united-nations/index.html"))
        #expect(folder.exists("mysite/Public/assets/style.css"))
        #expect(page.contains("<a class=\"timeline__event timeline__event--supported\" href=\"#claim-charter-signed\">"),
                "no timeline")
        // On timeline/, the glossary's `founded` date is told once, in the briefing's words.
        let timeline = folder.read("mysite/Public/timeline/index.html") ?? ""
        #expect(timeline.contains("The Charter enters into force") && !timeline.contains("United Nations: founded"))
        #expect(timeline.contains("United Nations: charter signed"))
        // DESIGN §7: an About page and the methodology in the header; the example source is graded.
        #expect(page.contains("<li><a href=\"../../about/\">About</a></li><li><a href=\"../../methodology/\">How we check claims</a></li>"))
        #expect(page.contains("href=\"../../methodology/#reliability-a\""), "no grade")
        #expect(page.contains("methodology/#kind-primary\">primary</a>"), "no kind")
        #expect(folder.exists("mysite/Public/about/index.html"))
        #expect(folder.read("mysite/Public/methodology/index.html")?.contains("How we check claims") == true)
    }

    @Test func newSiteAcceptsAnEmptyFolderAndRefusesANonEmptyOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        _ = try run(["new", "site", "empty"], in: folder.url, expecting: 0)
        try folder.write("busy/notes.txt", "mine")
        let before = folder.snapshot("busy")
        let refused = try run(["new", "site", "busy"], in: folder.url, expecting: 2)
        #expect(refused.stderr.contains("not an empty folder"), "\(refused.stderr)")
        #expect(folder.snapshot("busy") == before)
        try folder.write("afile", "x")
        _ = try run(["new", "site", "afile"], in: folder.url, expecting: 2)
    }

    @Test func newTemplatesCopiesTheDefaultsOutAndNeverOverwrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try run(["new", "templates"], in: folder.url, expecting: 0)
        for path in DefaultTemplates.paths {
            let bytes = FileManager.default.contents(atPath: folder.path("Templates/" + path)).map { [UInt8]($0) }
            #expect(bytes == DefaultTemplates.files[path], "Templates/\(path) is not the default")
        }
        try folder.write("custom/partials/footer.mustache", "<footer>mine</footer>\n")
        let refused = try run(["new", "templates", "custom"], in: folder.url, expecting: 2)
        #expect(refused.stderr.contains("partials/footer.mustache"), "\(refused.stderr)")
        #expect(folder.read("custom/partials/footer.mustache") == "<footer>mine</footer>\n")
        #expect(!folder.exists("custom/layout.mustache"))
    }

    /// On disk, through the command line: a site that overrides only its footer keeps every other default.
    @Test func aSiteOverridingOnlyItsFooterBuilds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try run(["new", "site", "site"], in: folder.url, expecting: 0)
        try folder.write("site/Templates/partials/footer.mustache", "<footer class=\"newsroom\">The Daily Example</footer>\n")
        _ = try run(["build"], in: folder.url.appendingPathComponent("site"), expecting: 0)
        let home = folder.read("site/Public/index.html") ?? ""
        #expect(home.contains("<footer class=\"newsroom\">The Daily Example</footer>"))
        #expect(!home.contains("site-footer__inner"))
        #expect(folder.exists("site/Public/assets/style.css"))
    }
}
