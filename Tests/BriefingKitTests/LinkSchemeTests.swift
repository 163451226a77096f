import Testing
@testable import BriefingKit

/// `claim:`, `cite:`, `term:`, `briefing:` and `assets/` links, and the diagnostics they give.
@Suite struct LinkSchemeTests {
    static let sources = """
        dod:
          title: "Pentagon briefing"
          url: "https://example.org/dod"
        nis:
          title: "NIS statement"

        """

    static let claims = """
          troops:
            status: supported
            confidence: high
            sources: [dod, nis]
            note: "Confirmed by [the Pentagon](cite:dod)."
          estimate:
            status: incorrect
            sources: [nis]
            correction: "About 10,000 in total."
        """

    func site(_ body: String, extra: [String: String] = [:]) -> TestSite.Result {
        var files = extra
        files["sources.yaml"] = files["sources.yaml"] ?? Self.sources
        files["glossary/russia.md"] = Content.term("Russia")
        files["briefings/b.md"] = files["briefings/b.md"] ?? Content.briefing(body, claims: Self.claims)
        return TestSite(files).build()
    }

    func page(_ result: TestSite.Result) -> String { result.output["briefings/b/index.html"] ?? "" }

    @Test func claimMarksShowTheirVerdictAndAreNumberedByFirstMark() {
        let result = site("[Ten thousand more](claim:estimate) came after [troops](claim:troops), as [said](claim:estimate).")
        #expect(result.errors.isEmpty)
        let html = TestSite.body(page(result))
        #expect(html.contains(##"<span class="claim claim--incorrect" id="claim-estimate">Ten thousand more</span><a class="claim-marker claim-marker--incorrect" href="#note-estimate"><span class="claim-marker__verdict">Incorrect</span><span class="claim-marker__number">1</span></a>"##))
        #expect(html.contains(##"id="claim-troops">troops</span><a class="claim-marker claim-marker--supported" href="#note-troops"><span class="claim-marker__verdict">Supported</span><span class="claim-marker__number">2</span>"##))
        #expect(html.contains(#"id="claim-estimate--2">said</span>"#))
        // The claims section lists them in the same order, with the note back to every mark.
        let notes = page(result).matches(of: #/<li class="claim-note claim-note--[a-z]+" id="(note-[a-z]+)">/#).map { String($0.1) }
        #expect(notes == ["note-estimate", "note-troops"])
        #expect(page(result).contains(##"href="#claim-estimate--2""##))
        #expect(page(result).contains("About 10,000 in total."))
        #expect(page(result).contains(#"<a href="../../sources/#source-dod">Pentagon briefing</a>"#))
    }

    @Test func anUnknownClaimIsAnErrorAtItsPosition() {
        let result = site("Intro.\n\nSome [text](claim:trops).")
        #expect(result.errors.map(\.description) == [
            "Content/briefings/b.md:17:6: error: unknown claim 'trops': claims are defined under 'claims' in the front matter (did you mean 'troops'?)",
        ])
    }

    @Test func aClaimNeverMarkedIsAWarning() {
        let result = site("Only [troops](claim:troops).")
        #expect(result.warnings.map(\.description) == [
            "Content/briefings/b.md:10:3: warning: claim 'estimate' is never marked in the text",
        ])
    }

    @Test func citationsAreNumberedPerSourceAndLinkToTheBibliography() {
        let result = site("[A](cite:dod), [B](cite:nis), [C](cite:dod). [t](claim:troops) [e](claim:estimate)")
        let html = TestSite.body(page(result))
        #expect(html.contains(#"<a class="cite" id="cite-dod-1" href="../../sources/#source-dod">A</a>"#))
        #expect(html.contains(#"<a class="cite" id="cite-nis-1" href="../../sources/#source-nis">B</a>"#))
        #expect(html.contains(#"<a class="cite" id="cite-dod-2" href="../../sources/#source-dod">C</a>"#))
        // "Cited by" on the bibliography links back to the claim and both citations.
        let sources = result.output["sources/index.html"] ?? ""
        #expect(sources.contains(#"href="../briefings/b/#cite-dod-2""#))
        #expect(sources.contains(#"href="../briefings/b/#claim-troops""#))
    }

    @Test func anUnknownSourceIsAnError() {
        let result = site("[A](cite:dodd). [t](claim:troops) [e](claim:estimate)")
        #expect(result.errors.map(\.message) == ["unknown source 'dodd'"])
        #expect(result.errors.first?.hint == "did you mean 'dod'?")
        #expect(result.errors.first?.location.line == 15)
    }

    @Test func explicitTermLinksAndUnknownTerms() {
        let ok = site("[Moscow](term:russia). [t](claim:troops) [e](claim:estimate)")
        #expect(TestSite.body(page(ok)).contains(#"<a class="term" id="mention-russia-1" href="../../glossary/russia/" data-term="russia">Moscow</a>"#))
        let glossaryPage = ok.output["glossary/russia/index.html"] ?? ""
        #expect(glossaryPage.contains(#"href="../../briefings/b/#mention-russia-1""#))
        let bad = site("[Moscow](term:rusia). [t](claim:troops) [e](claim:estimate)")
        #expect(bad.errors.map(\.message) == ["unknown glossary entry 'rusia'"])
        #expect(bad.errors.first?.hint == "did you mean 'russia'?")
    }

    @Test func briefingLinksResolveAnchorsInTheTarget() {
        let other = Content.briefing("## The treaty\n\nText.", title: "Other")
        let result = site("See [the treaty](briefing:other#the-treaty) and [it](briefing:other). [t](claim:troops) [e](claim:estimate)",
                          extra: ["briefings/other.md": other])
        #expect(result.errors.isEmpty)
        #expect(TestSite.body(page(result)).contains(#"<a href="../../briefings/other/#the-treaty">the treaty</a> and <a href="../../briefings/other/">it</a>"#))
    }

    @Test func briefingLinkProblemsAreErrors() {
        let other = Content.briefing("## The treaty", title: "Other")
        let result = site("[a](briefing:othr) [b](briefing:other#the-traety) [t](claim:troops) [e](claim:estimate)",
                          extra: ["briefings/other.md": other])
        #expect(result.errors.map(\.message) == ["unknown briefing 'othr'", "no element '#the-traety' in briefing 'other'"])
        #expect(result.errors.map(\.hint) == ["did you mean 'other'?", "did you mean 'the-treaty'?"])
    }

    @Test func aLinkToADraftIsAnErrorOnlyWithoutDrafts() {
        let draft = Content.briefing("Draft text.", title: "Draft", extra: "draft: true")
        let files = ["briefings/draft.md": draft, "sources.yaml": Self.sources, "glossary/russia.md": Content.term("Russia"),
                     "briefings/b.md": Content.briefing("[d](briefing:draft)")]
        #expect(TestSite(files).build().errors.map(\.message) == ["briefing 'draft' is a draft, left out of this build"])
        let withDrafts = TestSite(files, options: BuildOptions(includeDrafts: true)).build()
        #expect(withDrafts.errors.isEmpty)
        #expect(withDrafts.output["briefings/draft/index.html"] != nil)
        #expect(TestSite(files).build().output["briefings/draft/index.html"] == nil)
    }

    @Test func assetPathsAreRewrittenForThePageAndMustExist() {
        var files = ["briefings/b.md": Content.briefing("![Map](assets/maps/kursk.png) [pdf](assets/doc.pdf)")]
        files["assets/maps/kursk.png"] = "PNG"
        let result = TestSite(files).build()
        #expect(result.errors.map(\.message) == ["missing asset 'assets/doc.pdf': no such file in the content's assets folder"])
        files["assets/doc.pdf"] = "PDF"
        let fixed = TestSite(files).build()
        #expect(TestSite.body(fixed.output["briefings/b/index.html"]).contains(
            #"<img src="../../assets/content/maps/kursk.png" alt="Map" /> <a href="../../assets/content/doc.pdf">pdf</a>"#))
        #expect(fixed.output["assets/content/maps/kursk.png"] != nil)
    }

    @Test func aMisspeltSchemeIsAnError() {
        let result = site("[t](clam:troops) [t](claim:troops) [e](claim:estimate)")
        #expect(result.errors.map(\.message) == ["unknown link scheme 'clam:'"])
        #expect(result.errors.first?.hint == "did you mean 'claim:'?")
    }

    @Test func rawHTMLAndUnsafeURLsAreDroppedWithAWarning() {
        let result = site("<b>bold</b> [x](javascript:alert(1)) [t](claim:troops) [e](claim:estimate)")
        #expect(result.warnings.map(\.message) == [
            "raw HTML is omitted from the page (set 'unsafeHTML: true' in site.yaml to allow it)",
            "raw HTML is omitted from the page (set 'unsafeHTML: true' in site.yaml to allow it)",
            "unsafe URL 'javascript:alert(1)' is dropped from the page",
        ])
        let html = TestSite.body(page(result))
        #expect(!html.contains("<b>") && !html.contains("javascript:"))
    }

    @Test func noSchemeURLIsLeftInAnyPage() {
        let result = site("[t](claim:troops) [e](claim:estimate) [c](cite:dod) [r](term:russia)")
        for (path, text) in result.output where path.hasSuffix(".html") {
            for scheme in ["claim:", "cite:", "term:", "briefing:"] {
                #expect(!text.contains("href=\"\(scheme)"), "\(path) has a \(scheme) link")
            }
        }
    }

    @Test func anUncitedSourceIsAWarning() {
        let result = site("[t](claim:troops) [e](claim:estimate)", extra: ["sources.yaml": Self.sources + "lonely:\n  title: L\n"])
        #expect(result.warnings.map(\.message) == ["source 'lonely' is never cited"])
    }
}
