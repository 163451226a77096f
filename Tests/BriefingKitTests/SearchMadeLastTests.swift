import Foundation
import Testing
@testable import BriefingKit

/// A one-off build makes its search index after writing every other page (`SearchMadeLast`), and
/// writes exactly the files a full plan renders; a `static/` file under a `search/` folder makes it
/// plan the index with the rest, so that collisions with the index's files are still found.
@Suite struct SearchMadeLastTests {
    static let options = BuildOptions(now: PartialDate(year: 2025, month: 6, day: 1))

    @Test(arguments: ["golden-site", "trust-site", "languages-site"])
    func aOneOffBuildWritesTheFilesOfAFullPlan(fixture: String) throws {
        let site = TestSite(GoldenSiteTests.fixtureContent(fixture), options: Self.options)
        let expected = site.build()
        #expect(expected.errors.isEmpty, "\(expected.errors)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (path, text) in site.files { try folder.write(path, text) }
        let report = SiteBuilder().build(BuildRequest(contentDirectory: folder.path("Content"),
                                                      templatesDirectory: folder.path("Templates"),
                                                      outputDirectory: folder.path("Public"), options: Self.options))
        #expect(report.outcome == .success)
        // The index was made after the pages were written, not while planning.
        #expect(report.timings.map(\.stage).suffix(2) == ["render and write", "of which the search index"])
        let written = folder.snapshot("Public").compactMapValues { $0 }
        #expect(Set(written.keys) == Set(expected.output.keys).union([OutputWriter.markerName]))
        #expect(expected.output.keys.contains { $0.hasPrefix("search/r/") })
        if fixture == "languages-site" { #expect(written.keys.contains { $0.hasPrefix("fr/search/manifest.") }) }
        for (path, text) in expected.output where !text.isEmpty {
            #expect(written[path].map { String(decoding: $0, as: UTF8.self) } == text, "\(path)")
        }
    }

    @Test func thePlanHoldsAStandInSearchPageAndTheDocumentsToIndex() throws {
        let site = try SearchMemoTests().annotated()
        let full = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions()).plan(site)
        let last = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions(), makesSearchLast: true)
            .plan(site)
        #expect(full.searchMadeLast.isEmpty)
        var later = try #require(last.searchMadeLast.first)
        #expect(last.searchMadeLast.count == 1)
        #expect(last.pages[later.standIn].path == "search/index.html")
        #expect(!last.pages.contains { $0.path.hasPrefix("search/") && $0.path != "search/index.html" })
        // one: briefing, section, claim; two: briefing, section; three: briefing; entry, source, page
        #expect(later.briefingDocuments.map(\.count).sorted() == [1, 2, 3])
        #expect(later.otherDocuments.count == 3)
        // The stand-ins' place taken by the index made afterwards: the full plan's pages, in some order.
        let made = SearchMadeLast.withoutStandIns(last.pages, last.searchMadeLast) + later.makePages().pages
        #expect(later.briefingDocuments.isEmpty && later.otherDocuments.isEmpty)
        #expect(made.count == full.pages.count)
        let byPath = Dictionary(full.pages.map { ($0.path, $0.input) }, uniquingKeysWith: { first, _ in first })
        for page in made { #expect(byPath[page.path] == page.input, "\(page.path)") }
    }

    @Test func onlyAStaticFileInASearchFolderKeepsTheIndexInThePlan() {
        for path in ["search/a.js", "search/r/x.js", "fr/search/notes.txt", "deep/search/x"] {
            #expect(Planner.isUnderSearchFolder(path), "\(path)")
        }
        for path in ["research/paper.pdf", "searches.txt", "search", "fr/research/x", "notes/search.txt"] {
            #expect(!Planner.isUnderSearchFolder(path), "\(path)")
        }
    }

    @Test func aStaticFileUnderASearchFolderHasTheIndexPlannedWithThePages() throws {
        var content = GoldenSiteTests.fixtureContent("golden-site")
        content["static/search/r/1riqkg.js"] = "// mine\n"
        let site = TestSite(content, options: Self.options)
        let check = SiteBuilder(fileSystem: .memory(site.files)).check(BuildRequest(options: Self.options))
        let collisions = check.diagnostics.items.filter { $0.message.contains("collides") }
        #expect(collisions.map(\.message) == ["static file 'search/r/1riqkg.js' collides with a file the build generates"])
        #expect(collisions.first?.location.file == "Content/static/search/r/1riqkg.js")

        content["static/search/r/1riqkg.js"] = nil
        content["static/search/notes.txt"] = "Notes.\n"
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (path, text) in TestSite(content).files { try folder.write(path, text) }
        let report = SiteBuilder().build(BuildRequest(contentDirectory: folder.path("Content"),
                                                      templatesDirectory: folder.path("Templates"),
                                                      outputDirectory: folder.path("Public"), options: Self.options))
        #expect(report.outcome == .success)
        #expect(report.timings.map(\.stage).last == "render and write")
        #expect(folder.read("Public/search/notes.txt") == "Notes.\n")
        #expect(folder.snapshot("Public/search").keys.contains { $0.hasPrefix("manifest.") })
    }
}
