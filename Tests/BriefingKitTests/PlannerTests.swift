import Testing
@testable import BriefingKit

/// The plan: every output path once, with the element ids pages publish, equal inputs for equal
/// content, and collisions found before anything is rendered.
@Suite struct PlannerTests {
    static let content: [String: String] = [
        "sources.yaml": "s:\n  title: \"S\"\n",
        "glossary/russia.md": Content.term("Russia"),
        "briefings/one.md": Content.briefing("## Background\n\n[Russia moved](claim:c). [S](cite:s).",
                                             extra: "tags: [war]", claims: "  c:\n    status: supported\n    sources: [s]"),
        "static/CNAME": "example.org\n",
    ]

    func plan(_ content: [String: String]) -> PlannedSite {
        let site = TestSite(content)
        var cache = BuildCache()
        return SiteBuilder(fileSystem: .memory(site.files)).plan(BuildRequest(options: site.options), cache: &cache)
    }

    @Test func everyPathOnceWithTheIDsPagesPublish() throws {
        let planned = plan(Self.content)
        let pages = try #require(planned.pages, "\(planned.diagnostics.items)")
        let paths = pages.map(\.path)
        #expect(Set(paths).count == paths.count)
        for expected in ["index.html", "briefings/one/index.html", "glossary/russia/index.html", "sources/index.html",
                         "claims/supported/index.html", "tags/war/index.html", "search/index.html",
                         "feed.xml", "sitemap.xml", "robots.txt", "404.html", "assets/style.css", "CNAME"] {
            #expect(paths.contains(expected), "\(expected) is not planned")
        }
        let briefing = try #require(pages.first { $0.path == "briefings/one/index.html" })
        // the ids anchors.json promises: headings, claim marks and notes; not mentions or citations
        let ids = try #require(briefing.citableIDs)
        #expect(Set(["background", "claim-c", "note-c"]).isSubset(of: ids))
        #expect(!ids.contains("cite-s-1") && !ids.contains("mention-russia-1"))
        #expect(ids == ids.sorted())
        #expect(pages.first { $0.path == "sources/index.html" }?.citableIDs == ["source-s"])
        #expect(pages.first { $0.path == "claims/supported/index.html" }?.citableIDs == nil)
        guard case .sitemap(let sitemap) = pages.first(where: { $0.path == "sitemap.xml" })?.input else {
            Issue.record("no sitemap")
            return
        }
        #expect(sitemap.pages.map(\.path).contains("briefings/one/") && !sitemap.pages.map(\.path).contains("404.html"))
        // the search index's files are pages too: a manifest, dictionary shards, record buckets
        #expect(paths.filter { $0.hasPrefix("search/manifest.") && $0.hasSuffix(".js") }.count == 1)
        #expect(paths.contains { $0.hasPrefix("search/d/") } && paths.contains { $0.hasPrefix("search/r/") })
    }

    @Test func equalContentPlansEqualInputs() throws {
        let first = try #require(plan(Self.content).pages), second = try #require(plan(Self.content).pages)
        #expect(first.map(\.path) == second.map(\.path))
        #expect(zip(first, second).allSatisfy { $0.input == $1.input })
        var edited = Self.content
        edited["briefings/one.md"] = Content.briefing("## Background\n\n[Russia moved](claim:c). [S](cite:s). More.",
                                                      extra: "tags: [war]", claims: "  c:\n    status: supported\n    sources: [s]")
        let third = try #require(plan(edited).pages)
        let before = Dictionary(uniqueKeysWithValues: first.map { ($0.path, $0.input) })
        let after = Dictionary(uniqueKeysWithValues: third.map { ($0.path, $0.input) })
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        #expect(changed.filter { !$0.hasPrefix("search/") } == ["briefings/one/index.html"])
        // the search page (its manifest's name) and the few index files holding the new words
        #expect(changed.contains("search/index.html") && changed.filter { $0.hasPrefix("search/") }.count <= 10)
        #expect(changed.filter { $0.hasPrefix("search/r/") }.count <= 1)
    }

    /// `moved-from` on a claim and on the briefing: the briefing's page, a new redirect page and
    /// `anchors.json` change, nothing else; the redirect page is not in the sitemap, nor in anchors.json.
    @Test func movedFromChangesTheBriefingItsRedirectAndTheAnchorsOnly() throws {
        let first = try #require(plan(Self.content).pages)
        var edited = Self.content
        edited["briefings/one.md"] = Content.briefing("## Background\n\n[Russia moved](claim:c). [S](cite:s).",
                                                      extra: "tags: [war]\nmoved-from: [first]",
                                                      claims: "  c:\n    status: supported\n    sources: [s]\n    moved-from: [old-c]")
        let second = try #require(plan(edited).pages)
        let before = Dictionary(uniqueKeysWithValues: first.map { ($0.path, $0.input) })
        let changed = second.filter { before[$0.path] != $0.input }.map(\.path).sorted()
        #expect(changed == ["anchors.json", "briefings/first/index.html", "briefings/one/index.html"])
        guard case .anchors(let manifest) = second.first(where: { $0.path == "anchors.json" })?.input,
              case .sitemap(let sitemap) = second.first(where: { $0.path == "sitemap.xml" })?.input else {
            Issue.record("no anchors.json or sitemap")
            return
        }
        #expect(manifest.pages["briefings/one/"] == ["background", "claim-c", "claim-old-c", "note-c", "note-old-c"])
        #expect(manifest.pages["briefings/first/"] == nil && !sitemap.pages.map(\.path).contains("briefings/first/"))
        #expect(manifest.pages["sources/"] == ["source-s"] && manifest.pages["glossary/russia/"] == [])
    }

    @Test func aCollisionIsFoundInThePlanWithOtherErrors() {
        var content = Self.content
        content["static/feed.xml"] = "<feed/>"
        content["briefings/two.md"] = Content.briefing("[A](term:rusia).")
        let planned = plan(content)
        #expect(planned.pages == nil)
        let messages = planned.diagnostics.items.map(\.message)
        #expect(messages.contains("static file 'feed.xml' collides with a file the build generates"))
        #expect(messages.contains { $0.hasPrefix("unknown glossary entry 'rusia'") })
    }
}
