import Testing
@testable import BriefingKit

@Suite struct ContentLoaderTests {
    @Test func validSiteLoadsWithoutDiagnostics() {
        let loaded = LoaderFixture.load()
        #expect(loaded.diagnostics.items.map(\.description) == [])
    }

    @Test func siteConfigValuesAndDefaults() {
        let config = LoaderFixture.load().site.config
        #expect(config == SiteConfig(title: "Test Site", baseURL: "https://example.org/briefings/",
                                     description: "A test", language: "en", autolink: .firstInSection,
                                     paginate: 10, unsafeHTML: false))
        let other = LoaderFixture.load(["site.yaml": """
            title: X
            baseURL: http://example.com/
            language: fr
            autolink: off
            unsafeHTML: true
            """]).site.config
        #expect(other == SiteConfig(title: "X", baseURL: "http://example.com/", language: "fr",
                                    autolink: .off, paginate: 50, unsafeHTML: true))
    }

    @Test func briefingValues() throws {
        let site = LoaderFixture.load().site
        #expect(site.briefings.map(\.slug) == ["b-one"])
        let briefing = try #require(site.briefings.first)
        #expect(briefing.path == "Content/briefings/b-one.md")
        #expect(briefing.title == "One")
        #expect(briefing.date == PartialDate(year: 2024, month: 11, day: 5))
        #expect(briefing.updated == PartialDate(year: 2024, month: 11, day: 20))
        #expect(briefing.authors == ["Ann"])
        #expect(briefing.summary == "Sum.")
        #expect(briefing.tags == ["security", "sanctions"])
        #expect(briefing.draft)
        #expect(briefing.body.text == "Text [x](claim:c-one).\n")
        #expect(briefing.body.file == "Content/briefings/b-one.md")
        #expect(briefing.body.firstLine == 18)
        #expect(briefing.body.firstColumn == 1)

        #expect(briefing.claims.map(\.id) == ["c-one", "c-two"])
        let claim = briefing.claims[0]
        #expect(claim.status == .supported)
        #expect(claim.confidence == .high)
        #expect(claim.location == SourceLocation(file: "Content/briefings/b-one.md", line: 10, column: 3))
        #expect(claim.sources == [
            IDReference("src-a", at: SourceLocation(file: "Content/briefings/b-one.md", line: 13, column: 15)),
            IDReference("src-b", at: SourceLocation(file: "Content/briefings/b-one.md", line: 13, column: 22)),
        ])
        let note = try #require(claim.note)
        #expect(note.text == "A *note*.")
        #expect((note.firstLine, note.firstColumn) == (14, 12))
        #expect(claim.correction == nil)
        #expect(briefing.claims[1].status == .opinion)
        #expect(briefing.claims[1].confidence == nil)
    }

    @Test func glossaryValues() throws {
        let glossary = LoaderFixture.load().site.glossary
        #expect(glossary.map(\.id) == ["north-korea", "russia"])
        let russia = glossary[1]
        #expect(russia.path == "Content/glossary/russia.md")
        #expect(russia.name == "Russia")
        #expect(russia.kind == .state)
        #expect(russia.aliases == ["Russian Federation"])
        #expect(russia.summary == "A state.")
        #expect(russia.related.map(\.id) == ["north-korea"])
        #expect(russia.sources.map(\.id) == ["src-a"])
        #expect(russia.parties.isEmpty)
        #expect(russia.dates.map(\.label) == ["joined", "left"])
        #expect(russia.dates.map(\.value) == ["1991", "2024-01-02"])
        #expect(russia.body.text == "Body of Russia.\n")
        #expect(russia.body.firstLine == 10)
        #expect(russia.nameLocation == SourceLocation(file: "Content/glossary/russia.md", line: 2, column: 7))
        #expect(russia.aliasLocations == [SourceLocation(file: "Content/glossary/russia.md", line: 4, column: 11)])
        #expect(glossary[0].aliases == ["DPRK", "Pyongyang"])
    }

    @Test func sourceValuesKeepFileOrder() throws {
        let sources = LoaderFixture.load().site.sources
        #expect(sources.map(\.id) == ["src-a", "src-b"])
        let a = sources[0]
        #expect(a.title == "Source A")
        #expect(a.authors == ["Ann", "Bob"])
        #expect(a.publisher == "Pub")
        #expect(a.date == PartialDate(year: 2024))
        #expect(a.url == "https://example.org/a")
        #expect(a.archived == nil)
        #expect(a.location == SourceLocation(file: "Content/sources.yaml", line: 1, column: 1))
        let note = try #require(a.note)
        #expect((note.text, note.file, note.firstLine, note.firstColumn)
            == ("See [x](term:russia).", "Content/sources.yaml", 7, 10))
        #expect(sources[1].date == PartialDate(year: 2024, month: 11))
        #expect(sources[1].location.line == 8)
    }

    @Test func assetsAndStaticFilesAreListedRecursively() {
        let site = LoaderFixture.load().site
        #expect(site.assets == ["a.txt", "img/map.png"])
        #expect(site.staticFiles == [".well-known/security.txt", "CNAME"])
    }

    @Test func absentSourcesFileMeansNoSources() {
        let loaded = LoaderFixture.load([
            "sources.yaml": nil,
            "glossary/russia.md": LoaderFixture.russia.replacing("sources: [src-a]\n", with: ""),
            "briefings/b-one.md": LoaderFixture.briefing(replacingLine: 13, with: nil),
        ])
        #expect(loaded.site.sources.isEmpty)
        #expect(loaded.diagnostics.items.map(\.description)
            == ["Content/briefings/b-one.md:10:3: warning: claim 'c-one' has no sources"])
    }

    @Test func contentDirectoryWithTrailingSlashGivesTheSamePaths() {
        let memory = FileSystem.memory(Dictionary(uniqueKeysWithValues: LoaderFixture.files.map {
            ("/tmp/x/Content/" + $0, $1)
        }))
        let loaded = ContentLoader(fileSystem: memory).load(contentDirectory: "/tmp/x/Content/")
        #expect(loaded.diagnostics.items.isEmpty)
        #expect(loaded.site.briefings.map(\.path) == ["/tmp/x/Content/briefings/b-one.md"])
    }

    @Test func literalBlockNoteStartsOnTheNextLine() throws {
        let text = LoaderFixture.briefing(replacingLine: 14, with: "    note: |\n\n      Line one\n      Line two")
        let loaded = LoaderFixture.load(["briefings/b-one.md": text])
        #expect(loaded.diagnostics.items.isEmpty)
        let note = try #require(loaded.site.briefings.first?.claims.first?.note)
        #expect(note.text == "\nLine one\nLine two\n")
        #expect((note.firstLine, note.firstColumn) == (15, 7))
    }

    @Test func plainNoteStartsAtTheValue() throws {
        let text = LoaderFixture.briefing(replacingLine: 14, with: "    note: Plain *text*")
        let note = try #require(LoaderFixture.load(["briefings/b-one.md": text]).site.briefings.first?.claims.first?.note)
        #expect((note.text, note.firstLine, note.firstColumn) == ("Plain *text*", 14, 11))
    }

    @Test func loadBriefingFromBytes() throws {
        let result = ContentLoader(fileSystem: .memory([:]))
            .loadBriefing(bytes: Array(LoaderFixture.briefing.utf8), path: "-", slug: "stdin")
        #expect(result.diagnostics.items.isEmpty)
        let briefing = try #require(result.briefing)
        #expect(briefing.title == "One")
        #expect(briefing.claims.count == 2)
        #expect(briefing.body.firstLine == 18)
    }

    @Test func fileWithoutFrontMatterBodyStartsAtLineOne() throws {
        let result = ContentLoader(fileSystem: .memory([:]))
            .loadBriefing(bytes: Array("# Heading\n\nText.\n".utf8), path: "-", slug: "stdin")
        #expect(result.briefing?.body.text == "# Heading\n\nText.\n")
        #expect(result.briefing?.body.firstLine == 1)
        #expect(result.diagnostics.items.count == 2)
    }
}
