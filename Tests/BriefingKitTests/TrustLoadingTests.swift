import Testing
@testable import BriefingKit

/// DESIGN §7's trust keys read into typed values, and what must not warn: a site using every key
/// correctly loads and annotates without a diagnostic.
@Suite struct TrustLoadingTests {
    static let sources = """
        afp-1:
          title: "AFP story"
          kind: wire
          reliability: B
        repost-1:
          title: "Repost of the AFP story"
          kind: repost
          reliability: D
          original: afp-1
        kcna-1:
          title: "KCNA statement"
          kind: state-media
          reliability: E
        eir-1:
          title: "The article under review"
          kind: analysis

        """

    static let briefing = """
        ---
        title: "One"
        date: 2024-11-05
        updated: 2024-11-08
        reviews: eir-1
        updates:
          - date: 2024-11-05
            kind: update
            text: "Added [a source](cite:afp-1)."
          - date: 2024-11-12
            kind: correction
            text: "Fixed the *figure*."
        claims:
          figure:
            status: incorrect
            confidence: high
            sources: [repost-1, afp-1]
            correction: "Fewer."
            appearance: [kcna-1]
            history:
              - date: 2024-10-23
                status: unverified
                note: "Unknown then."
              - date: 2024-10-23
                status: disputed
              - date: 2024-10-28
                status: incorrect
        ---
        A [figure](claim:figure).

        """

    static let page = "---\ntitle: \"About us\"\nsummary: \"Who we are.\"\nnav: 2\n---\nWe cite [AFP](cite:afp-1).\n"

    func load() -> LoadedContent {
        LoaderFixture.load(["sources.yaml": Self.sources, "briefings/b-one.md": Self.briefing,
                            "glossary/russia.md": nil, "glossary/north-korea.md": nil,
                            "pages/about.md": Self.page,
                            "pages/methodology.md": "---\ntitle: \"How we check\"\n---\nIntro.\n"])
    }

    @Test func everyKeyLoadsWithoutADiagnostic() throws {
        let loaded = load()
        #expect(loaded.diagnostics.items.map(\.description) == [])
        let sources = Dictionary(uniqueKeysWithValues: loaded.site.sources.map { ($0.id, $0) })
        #expect(sources["afp-1"]?.kind == .wire)
        #expect(sources["afp-1"]?.reliability == .b)
        #expect(sources["repost-1"]?.original?.id == "afp-1")
        #expect(sources["kcna-1"]?.kind == .stateMedia)
        #expect(sources["eir-1"]?.reliability == nil)

        let briefing = try #require(loaded.site.briefings.first)
        #expect(briefing.reviews?.id == "eir-1")
        #expect(briefing.updates.map(\.kind) == [.update, .correction])
        #expect(briefing.updates.map(\.date.description) == ["2024-11-05", "2024-11-12"])
        #expect(briefing.updates.last?.text.text == "Fixed the *figure*.")
        #expect(briefing.lastUpdated?.description == "2024-11-12")
        let claim = try #require(briefing.claims.first)
        #expect(claim.appearance.map(\.id) == ["kcna-1"])
        #expect(claim.history.map(\.status) == [.unverified, .disputed, .incorrect])
        #expect(claim.history.first?.note?.text == "Unknown then.")
        #expect(claim.history.first?.location.line == 21)

        #expect(loaded.site.pages.map(\.slug) == ["about", "methodology"])
        #expect(loaded.site.pages.first?.nav == 2)
        #expect(loaded.site.pages.first?.summary == "Who we are.")
    }

    @Test func lastUpdatedIsTheLaterOfUpdatedAndTheLastEntry() throws {
        let briefing = try #require(load().site.briefings.first)
        var written = briefing
        written.updated = PartialDate(year: 2025, month: 1, day: 1)
        #expect(written.lastUpdated?.description == "2025-01-01")
        written.updates = []
        #expect(written.lastUpdated?.description == "2025-01-01")
        written.updated = nil
        #expect(written.lastUpdated == nil)
    }

    @Test func originalsReviewsAppearancesAndPagesCountAsCiting() {
        let loaded = load()
        let (_, diagnostics) = Annotator().annotate(loaded.site, options: BuildOptions())
        // eir-1 is only in `reviews`, kcna-1 only in `appearance`: neither is "never cited".
        #expect(diagnostics.items.map(\.description) == [])
        var pageOnly = loaded.site
        pageOnly.briefings = []
        pageOnly.sources.removeAll { $0.id != "afp-1" && $0.id != "repost-1" }
        // afp-1 is cited by the about page, repost-1 by nothing: the original of a source nothing cites still counts.
        let (_, second) = Annotator().annotate(pageOnly, options: BuildOptions())
        #expect(second.items.map(\.description) == ["Content/sources.yaml:5:1: warning: source 'repost-1' is never cited"])
    }

    @Test func aHighConfidenceClaimWithOneStrongSourceDoesNotWarn() {
        let strong = Self.briefing.replacingOccurrences(of: "sources: [repost-1, afp-1]", with: "sources: [repost-1, kcna-1]")
        let loaded = LoaderFixture.load(["sources.yaml": Self.sources, "briefings/b-one.md": strong,
                                         "glossary/russia.md": nil, "glossary/north-korea.md": nil])
        #expect(loaded.diagnostics.items.map(\.description) == [
            "Content/briefings/b-one.md:14:3: warning: claim 'figure' has high confidence but rests only on reposts, state media, social posts or sources rated D to F (cite a stronger source or lower the confidence)",
        ])
    }

    @Test func aPageNamedMethodologyIsAllowedAndOthersAreChecked() {
        let diagnostics = LoaderFixture.diagnostics(["pages/Bad_Name.md": "---\ntitle: x\n---\n",
                                                     "pages/claims.md": "---\ntitle: x\n---\n",
                                                     "pages/nav.md": "---\ntitle: x\nnav: first\n---\n"])
        #expect(diagnostics == [
            "Content/pages/Bad_Name.md:1:1: error: invalid slug 'Bad_Name': expected lower-case letters and digits in groups joined by single hyphens",
            "Content/pages/claims.md:1:1: error: page 'claims' collides with the folder 'claims/' the build generates (rename the file)",
            "Content/pages/nav.md:3:6: error: 'nav' must be a positive integer",
        ])
    }
}
