import Testing
@testable import BriefingKit

@Suite struct HeadingTests {
    @Test func slugsFollowDesign() {
        var slugger = HeadingSlugger()
        #expect(slugger.slug(for: "The Treaty of 2024!") == "the-treaty-of-2024")
        #expect(slugger.slug(for: "The Treaty of 2024?") == "the-treaty-of-2024-2")
        #expect(slugger.slug(for: "Договор и Корея") == "договор-и-корея")
        #expect(slugger.slug(for: "  --- ") == "section")
        #expect(slugger.slug(for: "Claim: what was said") == "section-claim-what-was-said")
        #expect(slugger.slug(for: "Note") == "note")
        #expect(slugger.slug(for: "Claims") == "section-claims")
        #expect(slugger.slug(for: "Footnotes") == "section-footnotes")
        #expect(slugger.slug(for: "Updates") == "section-updates")
        #expect(slugger.slug(for: "Fn: one") == "section-fn-one")
        #expect(slugger.slug(for: "Fnref 2") == "section-fnref-2")
        #expect(slugger.slug(for: "Update 1") == "section-update-1")
        #expect(slugger.slug(for: "Updated") == "updated")
        #expect(slugger.slug(for: "Main") == "main-2")
        // A heading never takes an update's id or its section's (DESIGN §7; §8: `section-` in front).
        var fresh = HeadingSlugger()
        #expect(fresh.slug(for: "Update 1") == "section-update-1")
        #expect(fresh.slug(for: "Updates") == "section-updates")
    }

    @Test func headingsCarryTheirIDAndAPermalink() {
        let result = TestSite(["briefings/b.md": Content.briefing("## Why *now*?\n\n## Why now")]).build()
        let html = TestSite.body(result.output["briefings/b/index.html"])
        #expect(html.contains(##"<h2 id="why-now">Why <em>now</em>?<a class="heading-anchor" href="#why-now" aria-label="Link to this section">#</a></h2>"##))
        #expect(html.contains(##"<h2 id="why-now-2">Why now<a class="heading-anchor" href="#why-now-2""##))
    }
}
