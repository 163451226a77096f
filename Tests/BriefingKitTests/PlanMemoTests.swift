import Testing
@testable import BriefingKit

/// The plan memo: a plan that reuses the last plan's briefing views equals a plan made from
/// scratch, whatever changed; views are made again for a re-annotated briefing, and for every
/// briefing when something they are made from (a glossary entry, a source, the settings) changed,
/// even while the annotated briefings are the very same objects.
@Suite struct PlanMemoTests {
    static let content: [String: String] = [
        "sources.yaml": "s:\n  title: \"Old source title\"\n",
        "glossary/russia.md": Content.term("Russia"),
        "briefings/one.md": Content.briefing("[Russia](term:russia) moved: [it moved](claim:c). [S](cite:s).",
                                             claims: "  c:\n    status: supported\n    sources: [s]"),
        "briefings/two.md": Content.briefing("[Russia](term:russia) again. [It said](claim:d).", title: "Two",
                                             claims: "  d:\n    status: disputed\n    sources: [s]"),
    ]

    /// The content annotated once: the same briefing objects for every plan of a test.
    func annotated(_ content: [String: String] = Self.content) throws -> AnnotatedSite {
        let site = TestSite(content)
        let loaded = ContentLoader(fileSystem: .memory(site.files)).load(contentDirectory: "Content")
        let annotated = Annotator().annotate(loaded.site, options: site.options)
        #expect(!annotated.diagnostics.hasErrors, "\(annotated.diagnostics.items)")
        return annotated.site
    }

    let planner = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())

    /// Plans `site` with `memo`, and expects the very inputs a plan without a memo gives.
    func planExpectingFresh(_ site: AnnotatedSite, _ memo: inout PlanMemo) -> [String: PageInput] {
        let memoized = planner.plan(site, memo: &memo).pages, fresh = planner.plan(site).pages
        #expect(memoized.map(\.path) == fresh.map(\.path))
        for (a, b) in zip(memoized, fresh) where a.input != b.input {
            Issue.record("\(a.path): the memoized input differs from a fresh plan's")
        }
        return Dictionary(memoized.map { ($0.path, $0.input) }, uniquingKeysWith: { first, _ in first })
    }

    func briefingPage(_ inputs: [String: PageInput], _ slug: String) throws -> BriefingPage {
        guard case .briefing(let page) = inputs["briefings/\(slug)/index.html"] else {
            throw PlanMemoTestError.missingPage(slug)
        }
        return page
    }

    @Test func unchangedBriefingsAreReusedAndAReannotatedOneIsMadeAgain() throws {
        let site = try annotated()
        var memo = PlanMemo()
        let first = planExpectingFresh(site, &memo)
        #expect(memo.madeLastPlan == 2)
        let second = planExpectingFresh(site, &memo)
        #expect(memo.madeLastPlan == 0)
        #expect(first == second)
        // Another annotation of the same content: new objects, so made again (and equal).
        let again = try annotated()
        #expect(planExpectingFresh(again, &memo) == first)
        #expect(memo.madeLastPlan == 2)
        // One briefing re-annotated after an edit, the other the same object as before.
        var edited = Self.content
        edited["briefings/two.md"] = Content.briefing("[Russia](term:russia) again, and more. [It said](claim:d).", title: "Two",
                                                      claims: "  d:\n    status: disputed\n    sources: [s]")
        var mixed = again
        let twoIndex = try #require(mixed.briefings.firstIndex { $0.briefing.slug == "two" })
        let reannotated = try annotated(edited)
        mixed.briefings[twoIndex] = try #require(reannotated.briefings.first { $0.briefing.slug == "two" })
        let third = planExpectingFresh(mixed, &memo)
        #expect(memo.madeLastPlan == 1)
        #expect(try briefingPage(third, "two").body.contains("and more"))
        #expect(try briefingPage(third, "one") == briefingPage(first, "one"))
    }

    /// The content with briefing two's body and claims replaced.
    func withTwo(_ body: String, status: String = "disputed", extra: String = "") -> [String: String] {
        var content = Self.content
        content["briefings/two.md"] = Content.briefing(body, title: "Two", extra: extra,
                                                       claims: "  d:\n    status: \(status)\n    sources: [s]")
        return content
    }

    func input(_ pages: [String: PageInput], _ path: String) throws -> PageInput {
        try #require(pages[path], "no \(path)")
    }

    @Test func listingsAreKeptWhileWhatTheyShowIsUnchanged() throws {
        var memo = PlanMemo()
        let first = planExpectingFresh(try annotated(), &memo)
        #expect(memo.listings.madeLastPlan == Set(Listing.allCases))
        // A paragraph without a mention or a citation, a whole new annotation: every listing kept,
        // the very same stored inputs (compared with the last pages in no time).
        let paragraph = planExpectingFresh(try annotated(withTwo("[Russia](term:russia) again, and more. [It said](claim:d).")), &memo)
        #expect(memo.listings.madeLastPlan.isEmpty)
        #expect(try input(paragraph, "glossary/russia/index.html").isSameStorage(as: input(first, "glossary/russia/index.html")))
        #expect(try input(paragraph, "sources/index.html").isSameStorage(as: input(first, "sources/index.html")))
        // A verdict: the home, tag and claims pages show it; entry pages and sources do not (no
        // timeline names the claim).
        _ = planExpectingFresh(try annotated(withTwo("[Russia](term:russia) again, and more. [It said](claim:d).",
                                                     status: "supported")), &memo)
        #expect(memo.listings.madeLastPlan == [.home, .claims, .tags])
        // A citation: the sources page lists it, the entry pages do not.
        let cited = planExpectingFresh(try annotated(withTwo("[Russia](term:russia) again. [It said](claim:d). [S](cite:s).",
                                                             status: "supported")), &memo)
        #expect(memo.listings.madeLastPlan == [.sources])
        guard case .sources(let sources) = try input(cited, "sources/index.html") else { throw PlanMemoTestError.missingPage("sources") }
        #expect(sources.sources.first?.citedBy.map(\.slug).sorted() == ["one", "two"])
        // A mention more: the entry page lists it.
        let mentioned = planExpectingFresh(try annotated(withTwo("[Russia](term:russia) again, [Russia](term:russia). [It said](claim:d). [S](cite:s).",
                                                                status: "supported")), &memo)
        #expect(memo.listings.madeLastPlan == [.entries])
        guard case .glossaryEntry(let entry) = try input(mentioned, "glossary/russia/index.html") else {
            throw PlanMemoTestError.missingPage("russia")
        }
        #expect(entry.mentions.first { $0.slug == "two" }?.anchors.count == 2)
    }

    @Test func aTimelineEventShowsItsClaimsVerdictOnTheEntryPage() throws {
        let timeline = "timeline:\n  - date: 2024-01-02\n    text: \"Talks\"\n    term: russia\n    claim: d"
        func content(_ status: String) -> [String: String] {
            withTwo("[Russia](term:russia) again. [It said](claim:d).", status: status, extra: timeline)
        }
        var memo = PlanMemo()
        _ = planExpectingFresh(try annotated(content("disputed")), &memo)
        let after = planExpectingFresh(try annotated(content("supported")), &memo)
        #expect(memo.listings.madeLastPlan.isSuperset(of: [.entries, .timeline]))
        guard case .glossaryEntry(let entry) = try input(after, "glossary/russia/index.html") else {
            throw PlanMemoTestError.missingPage("russia")
        }
        #expect(entry.timeline?.events.map(\.verdict) == [.supported])
    }

    @Test func aGlossaryNameChangeReachesTheBriefingsThatLinkTheEntry() throws {
        let site = try annotated()
        var memo = PlanMemo()
        let before = planExpectingFresh(site, &memo)
        #expect(try briefingPage(before, "one").cards.map(\.name) == ["Russia"])
        var renamed = site
        renamed.site.glossary[0].name = "Russian Federation"
        let after = planExpectingFresh(renamed, &memo)
        #expect(memo.madeLastPlan == 2)
        #expect(try briefingPage(after, "one").cards.map(\.name) == ["Russian Federation"])
        #expect(try briefingPage(after, "two").cards.map(\.name) == ["Russian Federation"])
    }

    @Test func aSourceTitleChangeReachesTheClaimNotesThatCiteIt() throws {
        let site = try annotated()
        var memo = PlanMemo()
        _ = planExpectingFresh(site, &memo)
        var retitled = site
        retitled.site.sources[0].title = "New source title"
        let after = planExpectingFresh(retitled, &memo)
        #expect(try briefingPage(after, "one").claims.flatMap(\.sources).map(\.title) == ["New source title"])
        guard case .claimList(let list) = after["claims/disputed/index.html"] else {
            Issue.record("no disputed claims page")
            return
        }
        #expect(list.claims.flatMap(\.sources).map(\.title) == ["New source title"])
        // The split search index holds the source's record with its new title.
        let indexTexts = after.values.compactMap { input -> String? in
            if case .searchIndex(let file) = input { return file.text }
            return nil
        }
        #expect(indexTexts.contains { $0.contains("New source title") })
    }

    @Test func aSettingsChangeReachesEveryBriefingPage() throws {
        let site = try annotated()
        var memo = PlanMemo()
        _ = planExpectingFresh(site, &memo)
        var retitled = site
        retitled.site.config.title = "Another Site"
        let after = planExpectingFresh(retitled, &memo)
        #expect(memo.madeLastPlan == 2)
        #expect(try briefingPage(after, "one").head.settings.title == "Another Site")
        #expect(try briefingPage(after, "two").head.settings.title == "Another Site")
    }
}

enum PlanMemoTestError: Error {
    case missingPage(String)
}
