import Testing
@testable import BriefingKit

/// Where timeline events appear and lead on the built site (DESIGN §7): the briefing's page, timeline/
/// and the glossary entries they name; drafts left out; links for --portable.
@Suite struct TimelinePagesTests {
    static let entry = """
        ---
        name: "Treaty"
        kind: treaty
        summary: "A treaty."
        parties: [state-a]
        dates: {signed: 2024-06-19, in-force: 2024-12-04}
        ---
        Body.

        """

    static let state = """
        ---
        name: "State A"
        kind: state
        summary: "A state."
        ---
        Body.

        """

    static func briefing(draft: Bool = false, title: String = "Published") -> String {
        """
        ---
        title: "\(title)"
        date: 2024-12-10
        draft: \(draft)
        claims:
          marked:
            status: incorrect
            correction: "Not so."
          unmarked:
            status: opinion
        timeline:
          - date: 2024-06-19
            text: "Signed, in [cite](cite:src)"
            term: treaty
          - date: 2024-07
            text: "Marked claim event"
            claim: marked
          - date: 2024-08-02
            text: "Unmarked claim event"
            claim: unmarked
          - date: 2024-09-01
            text: "\(title) event with no link"
        ---
        The [claim](claim:marked) is made.

        """
    }

    static let sources = "src:\n  title: Src\n"

    static func build(portable: Bool = false) -> TestSite.Result {
        TestSite(["glossary/treaty.md": entry, "glossary/state-a.md": state, "sources.yaml": sources,
                  "briefings/pub.md": briefing(), "briefings/draft.md": briefing(draft: true, title: "Drafted")],
                 options: BuildOptions(portable: portable)).build()
    }

    @Test func briefingPageLinksClaimsEntriesOrNothing() throws {
        let result = Self.build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let page = try #require(result.output["briefings/pub/index.html"])
        #expect(page.contains("<h2 id=\"timeline-heading\">Timeline</h2>"))
        #expect(page.contains("<a class=\"timeline__event timeline__event--incorrect\" href=\"#claim-marked\">"))
        #expect(page.contains("<a class=\"timeline__event timeline__event--opinion\" href=\"#note-unmarked\">"))
        #expect(page.contains("<a class=\"timeline__event\" href=\"../../glossary/treaty/\">"))
        #expect(page.contains("<g class=\"timeline__event\"><title>1 September 2024: Published event with no link</title>"))
        // The text's own links are kept in the list; the picture shows the words only.
        #expect(page.contains("Signed, in <a class=\"cite\" href=\"../../sources/#source-src\">cite</a>"))
        #expect(page.contains("<time datetime=\"2024-07\">July 2024</time>"))
    }

    @Test func timelinePageHoldsPublishedEventsAndGlossaryDatesOnce() throws {
        let result = Self.build()
        let page = try #require(result.output["timeline/index.html"])
        #expect(!page.contains("Drafted event"), "a draft's events stay off timeline/")
        #expect(page.contains("Published event with no link"))
        #expect(page.contains("<a class=\"timeline__event\" href=\"../briefings/pub/\"><title>1 September 2024: Published event"))
        // 19 June: the briefing's event about the treaty stands for the glossary's `signed`.
        #expect(!page.contains("Treaty: signed"))
        #expect(page.contains("<a class=\"timeline-list__text\" href=\"../glossary/treaty/\">Treaty: in force</a>"))
        #expect(page.contains("href=\"../briefings/pub/#claim-marked\">Published, claim 1"))
        #expect(result.output["sitemap.xml"]?.contains("https://example.org/timeline/") == true)
    }

    @Test func entryPageShowsItsDatesTheEventsNamingItAndItsDiagram() throws {
        let result = Self.build()
        let page = try #require(result.output["glossary/treaty/index.html"])
        #expect(page.contains("<title id=\"timeline-title\">Timeline of Treaty</title>"))
        #expect(page.contains("Signed, in"))
        #expect(!page.contains("Marked claim event"), "an event that does not name the entry")
        #expect(page.contains("<g class=\"timeline__event\"><title>4 December 2024: Treaty: in force</title>"))
        #expect(page.contains("<a class=\"timeline__event\" href=\"../../briefings/pub/\"><title>19 June 2024: Signed, in cite"))
        #expect(page.contains("<h2 id=\"relations-heading\">Connections</h2>"))
        #expect(page.contains("<a class=\"relations__node relations__node--state\" href=\"../../glossary/state-a/\">"))
        // An entry with neither relations nor dates has neither picture.
        let plain = try #require(result.output["glossary/state-a/index.html"])
        #expect(!plain.contains("<figure class=\"picture"))
    }

    @Test func portableLinksEndInIndexHTML() throws {
        let page = try #require(Self.build(portable: true).output["timeline/index.html"])
        #expect(page.contains("href=\"../briefings/pub/index.html#claim-marked\""))
        #expect(page.contains("href=\"../glossary/treaty/index.html\""))
    }
}

/// Pictures are parts of page inputs: an edit to a timeline or an entry's dates changes the inputs
/// of exactly the pages that show it, so `serve` renders those again and no other.
@Suite struct TimelinePlanTests {
    static func inputs(_ content: [String: String]) throws -> [String: PageInput] {
        let site = TestSite(content)
        var cache = BuildCache()
        let planned = SiteBuilder(fileSystem: .memory(site.files)).plan(BuildRequest(options: site.options), cache: &cache)
        let pages = try #require(planned.pages, "\(planned.diagnostics.items)")
        return Dictionary(pages.map { ($0.path, $0.input) }, uniquingKeysWith: { first, _ in first })
    }

    static let content = ["glossary/treaty.md": TimelinePagesTests.entry, "glossary/state-a.md": TimelinePagesTests.state,
                          "sources.yaml": TimelinePagesTests.sources, "briefings/pub.md": TimelinePagesTests.briefing()]

    static func changed(_ edited: [String: String]) throws -> [String] {
        let before = try inputs(content), after = try inputs(edited)
        return before.keys.filter { before[$0] != after[$0] }.sorted()
    }

    @Test func anEventEditChangesItsBriefingTheTimelineAndTheEntryItNames() throws {
        var edited = Self.content
        edited["briefings/pub.md"] = TimelinePagesTests.briefing().replacingOccurrences(of: "Signed, in", with: "Signed at last, in")
        #expect(try Self.changed(edited) == ["briefings/pub/index.html", "glossary/treaty/index.html", "timeline/index.html"])
    }

    @Test func anEntrysDatesChangeItsPageAndTheTimelineOnly() throws {
        var edited = Self.content
        edited["glossary/treaty.md"] = TimelinePagesTests.entry.replacingOccurrences(of: "2024-12-04", with: "2024-12-05")
        #expect(try Self.changed(edited) == ["glossary/treaty/index.html", "timeline/index.html"])
    }

    @Test func theTimelinePageInputHoldsThePicture() throws {
        guard case .timeline(let page) = try Self.inputs(Self.content)["timeline/index.html"] else {
            Issue.record("timeline/ is not planned as a timeline page")
            return
        }
        let picture = try #require(page.timeline)
        #expect(picture.newestFirst && picture.title == "Every dated event")
        #expect(picture.events.contains { $0.text == "Treaty: in force" && $0.href == "../glossary/treaty/" })
    }
}
