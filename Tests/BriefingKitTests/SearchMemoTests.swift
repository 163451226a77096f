import Testing
@testable import BriefingKit

/// The search index under the plan memo: a plan after an edit tokenizes only the edited briefing's
/// documents, and its index files equal those of a plan made from scratch.
@Suite struct SearchMemoTests {
    static let content: [String: String] = [
        "sources.yaml": "s:\n  title: \"A source\"\n",
        "glossary/russia.md": Content.term("Russia"),
        "pages/about.md": "---\ntitle: About\n---\nWho we are.\n",
        "briefings/one.md": Content.briefing("Intro of one.\n\n## Supply\n\nTroops moved: [it moved](claim:c). [S](cite:s).",
                                             title: "One", claims: "  c:\n    status: supported\n    sources: [s]"),
        "briefings/two.md": Content.briefing("Intro of two.\n\n## Ports\n\nShips came.", title: "Two"),
        "briefings/three.md": Content.briefing("Intro of three.", title: "Three"),
    ]

    func annotated(_ content: [String: String] = Self.content) throws -> AnnotatedSite {
        let site = TestSite(content)
        let loaded = ContentLoader(fileSystem: .memory(site.files)).load(contentDirectory: "Content")
        let annotated = Annotator().annotate(loaded.site, options: site.options)
        #expect(!annotated.diagnostics.hasErrors, "\(annotated.diagnostics.items)")
        return annotated.site
    }

    let planner = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())

    /// The index files of a plan with `memo`, expected equal to those of a plan without one.
    func indexFiles(_ site: AnnotatedSite, _ memo: inout PlanMemo) -> [String: String] {
        func files(_ pages: [Page]) -> [String: String] {
            Dictionary(pages.compactMap { page -> (String, String)? in
                if case .searchIndex(let file) = page.input { return (page.path, file.text) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
        }
        let memoized = files(planner.plan(site, memo: &memo).pages)
        #expect(memoized == files(planner.plan(site).pages))
        return memoized
    }

    var tokenized: (PlanMemo) -> Int? { { $0.search[PlanViews.searchFolder]?.tokenizedLastPlan } }

    @Test func anEditTokenizesOnlyTheEditedBriefing() throws {
        let site = try annotated()
        var memo = PlanMemo()
        let first = indexFiles(site, &memo)
        // one: briefing, section, claim; two: briefing, section; three: briefing; entry, source, page
        #expect(tokenized(memo) == 9)
        #expect(indexFiles(site, &memo) == first)
        #expect(tokenized(memo) == 0)

        var edited = Self.content
        edited["briefings/two.md"] = Content.briefing("Intro of two.\n\n## Ports\n\nShips came, zebrafinch aboard.", title: "Two")
        var mixed = site
        let index = try #require(mixed.briefings.firstIndex { $0.briefing.slug == "two" })
        mixed.briefings[index] = try #require(try annotated(edited).briefings.first { $0.briefing.slug == "two" })
        let after = indexFiles(mixed, &memo)
        #expect(tokenized(memo) == 2)
        #expect(try SearchIndexReader(files: after).search("zebrafinch") == ["briefings/two/#ports"])
        // The edit rewrites that page's bucket, not the other pages' buckets.
        let buckets = { (files: [String: String]) in files.filter { $0.key.hasPrefix("search/r/") } }
        #expect(Set(buckets(first).keys) == Set(buckets(after).keys))
        #expect(buckets(first).filter { after[$0.key] != $0.value }.count == 1)
        // A deleted briefing's words leave the index; nothing is tokenized for it.
        var fewer = mixed
        fewer.briefings.remove(at: index)
        let without = indexFiles(fewer, &memo)
        #expect(tokenized(memo) == 0)
        #expect(try SearchIndexReader(files: without).search("zebrafinch") == [])
    }

    @Test func aChangedSourceOrPageIsTokenizedAgainAlone() throws {
        let site = try annotated()
        var memo = PlanMemo()
        _ = indexFiles(site, &memo)
        var changed = site
        let page = try #require(changed.pages.first)
        changed.pages[0] = AnnotatedPage(page: page.page, bodyHTML: page.bodyHTML, headings: page.headings,
                                         plainText: PlainText(intro: "Who we are, quokkaword.\n"))
        let files = indexFiles(changed, &memo)
        #expect(tokenized(memo) == 1)
        #expect(try SearchIndexReader(files: files).search("quokkaword") == ["about/"])
    }

    @Test func footnotesAreIndexedWithTheirBriefing() throws {
        // "[^1]: …" alone on a line is a link reference definition to cmark (dropped from the text);
        // "[^long]: …" with several words is a paragraph: neither is left in the section's text.
        let body = "Intro.\n\n## Sources\n\nThe claim rests on a letter.[^1] And more.[^long]\n\n[^1]: Zebrafinch.\n\n"
            + "[^long]: A longer note that names quokkaword twice: quokkaword.\n"
        let site = try annotated(["briefings/one.md": Content.briefing(body, title: "One")])
        let briefing = try #require(site.briefings.first)
        #expect(briefing.plainText.footnotes == ["Zebrafinch.", "A longer note that names quokkaword twice: quokkaword."])
        #expect(briefing.plainText.sections == ["The claim rests on a letter. And more.\n"])
        var memo = PlanMemo()
        let reader = try SearchIndexReader(files: indexFiles(site, &memo))
        #expect(try reader.search("zebrafinch") == ["briefings/one/#footnotes"])
        #expect(try reader.search("quokkaword") == ["briefings/one/#footnotes"])
        #expect(try reader.search("long") == [])
        let record = try #require(try reader.allRecords().first { $0["u"] == "briefings/one/#footnotes" })
        #expect(record["t"] == InterfaceText.english.text("footnote.section") && record["w"] == "One" && record["k"] == "section")
    }
}

/// What a one-off build lets go early: it plans the same pages, and keeps no search memo.
@Suite struct OneBuildMemoryTests {
    @Test func aPlannerThatKeepsNoSearchMemoPlansTheSamePages() throws {
        let site = try SearchMemoTests().annotated()
        let keeping = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())
        let notKeeping = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions(),
                                 keepsSearchMemo: false)
        var kept = PlanMemo(), dropped = PlanMemo()
        let withMemo = keeping.plan(site, memo: &kept).pages
        let withoutMemo = notKeeping.plan(site, memo: &dropped).pages
        #expect(withMemo.map(\.path) == withoutMemo.map(\.path))
        #expect(zip(withMemo, withoutMemo).allSatisfy { $0.input == $1.input })
        #expect(kept.search[PlanViews.searchFolder] != nil)
        #expect(dropped.search.isEmpty)
    }

    @Test func aSiteWithoutItsBriefingsMarkdownPlansAndRendersTheSameBytes() throws {
        let site = try SearchMemoTests().annotated()
        var released = site
        released.releaseBriefingBodies()
        #expect(released.briefings.allSatisfy { $0.briefing.body.text.isEmpty })
        #expect(released.site.briefings.allSatisfy { $0.body.text.isEmpty })
        #expect(site.briefings.contains { !$0.briefing.body.text.isEmpty })
        let planner = Planner(templateAssets: [], contentDirectory: "Content", options: BuildOptions())
        let before = planner.plan(site).pages, after = planner.plan(released).pages
        #expect(before.map(\.path) == after.map(\.path))
        var diagnostics = Diagnostics()
        let renderer = PageRenderer(templates: TemplateLoader(fileSystem: .memory([:]))
            .load(directory: "Templates", diagnostics: &diagnostics).templates)
        func bytes(_ page: Page) -> [UInt8] {
            var buffer: [UInt8] = []
            _ = renderer.render(page, into: &buffer)
            return buffer
        }
        for (old, new) in zip(before, after) { #expect(bytes(old) == bytes(new), "\(old.path)") }
    }

    @Test func aOneBuildCacheReleasesAPartAndAKeptOneDoesNot() {
        var kept = BuildCache()
        kept.templateLoads = 3
        kept.releaseIfOneBuild(\.templateLoads, emptied: 0)
        #expect(kept.templateLoads == 3)
        var oneBuild = BuildCache()
        oneBuild.keepsForNextBuild = false
        oneBuild.templateLoads = 3
        oneBuild.releaseIfOneBuild(\.templateLoads, emptied: 0)
        #expect(oneBuild.templateLoads == 0)
        oneBuild.forgetAll()
        #expect(!oneBuild.keepsForNextBuild)
    }

    @Test func recordsAreEqualByTheirFieldsAndADifferentFieldTellsThemApart() {
        func record(_ fields: [String]) -> SearchRecord {
            SearchRecord(page: fields[0], kind: fields[1], anchor: fields[2], title: fields[3], within: fields[4],
                         status: fields[5], label: fields[6], passage: fields[7])
        }
        let fields = ["\"p/\"", "\"claim\"", "\"a\"", "\"T\"", "\"W\"", "\"supported\"", "\"Supported\"", "\"x\""]
        #expect(record(fields) == record(fields))
        for index in fields.indices {
            var other = fields
            other[index] += "!"
            #expect(record(fields) != record(other), "field \(index)")
        }
        let head = record(fields)
        #expect(head.withPassage("\"y\"") == record(Array(fields.dropLast()) + ["\"y\""]))
    }

    @Test func aStringInItsOwnSizeKeepsItsText() {
        var grown = ""
        for word in ["Ukraine", " ", "Україна", "\n", "🇺🇦", "", "ok"] { grown += word }
        for text in [grown, "", "a", String(repeating: "é", count: 1_000)] {
            #expect(text.ownSize == text)
            #expect(text.ownSize.utf8.elementsEqual(text.utf8))
        }
    }
}
