import Testing
@testable import BriefingKit

/// The preview renderer's claim fields: made once per claim, link context and place, made again
/// for another claim object (a claim re-planned after an edit), and swept once the cache alone
/// holds their claims.
@Suite struct ClaimFieldsCacheTests {
    func claim(_ status: ClaimStatus = .supported) -> ClaimView {
        ClaimView(slug: "one", briefingTitle: "One", number: 1, id: "c", status: status, confidence: nil, text: "It moved",
                  markIDs: ["claim-c"], note: nil, correction: nil, sources: [], history: [])
    }

    /// Fields that say which call made them.
    final class Maker {
        var calls = 0
        func make() -> TemplateFields {
            calls += 1
            return ["call": .text(String(calls))]
        }
    }

    @Test func fieldsAreMadeOncePerClaimLinksAndPlace() {
        let cache = ClaimFieldsCache(), maker = Maker(), kept = claim()
        let deep = LinkContext(pagePath: "claims/supported/page/2/", portable: false)
        let shallow = LinkContext(pagePath: "claims/supported/", portable: false)
        #expect(cache.fields(kept, links: deep, onItsPage: false, make: maker.make) == ["call": .text("1")])
        #expect(cache.fields(kept, links: deep, onItsPage: false, make: maker.make) == ["call": .text("1")])
        #expect(maker.calls == 1)
        #expect(cache.fields(kept, links: shallow, onItsPage: false, make: maker.make) == ["call": .text("2")])
        #expect(cache.fields(kept, links: deep, onItsPage: true, make: maker.make) == ["call": .text("3")])
        // An equal claim made again is another object: its fields are made for it.
        #expect(cache.fields(claim(), links: deep, onItsPage: false, make: maker.make) == ["call": .text("4")])
        #expect(maker.calls == 4)
    }

    @Test func entriesOfClaimsNobodyElseHoldsAreSwept() {
        let cache = ClaimFieldsCache(), maker = Maker(), kept = claim()
        let links = LinkContext(pagePath: "claims/", portable: false)
        _ = cache.fields(kept, links: links, onItsPage: false, make: maker.make)
        for _ in 0..<20_000 { _ = cache.fields(claim(.disputed), links: links, onItsPage: false, make: maker.make) }
        #expect(cache.count < 20_000)
        #expect(cache.fields(kept, links: links, onItsPage: false, make: maker.make) == ["call": .text("1")])
    }

    @Test func aPreviewRendererRendersClaimsPagesAsABuildDoes() {
        let site = TestSite([
            "sources.yaml": "s:\n  title: \"A source\"\n",
            "glossary/russia.md": Content.term("Russia"),
            "briefings/one.md": Content.briefing("[Russia](term:russia) moved: [it moved](claim:c).",
                                                 claims: "  c:\n    status: supported\n    sources: [s]"),
        ])
        let loaded = ContentLoader(fileSystem: .memory(site.files)).load(contentDirectory: "Content")
        let annotated = Annotator().annotate(loaded.site, options: site.options)
        let pages = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions()).plan(annotated.site).pages
        var diagnostics = Diagnostics()
        let templates = TemplateLoader(fileSystem: .memory([:])).load(directory: "Templates", diagnostics: &diagnostics).templates
        let plain = PageRenderer(templates: templates), keeping = PageRenderer(templates: templates, keepsClaims: true)
        func bytes(_ renderer: PageRenderer, _ page: Page) -> [UInt8] {
            var buffer: [UInt8] = []
            _ = renderer.render(page, into: &buffer)
            return buffer
        }
        var rendered = 0
        for page in pages where page.path.hasPrefix("claims/") || page.path.hasPrefix("briefings/") {
            // Twice: made, then from the cache.
            for _ in 0..<2 { #expect(bytes(plain, page) == bytes(keeping, page), "\(page.path)") }
            rendered += 1
        }
        #expect(rendered >= 3)
        #expect((keeping.claimCache?.count ?? 0) >= 2)
    }
}
