import Foundation
import Testing
@testable import BriefingKit

/// A briefing dated after `now` is scheduled: left out of every output file of a build unless
/// `--future`, marked in the preview, and a `briefing:` link to it is an error (DESIGN §7).
@Suite struct ScheduledPublishingTests {
    static let december = PartialDate(year: 2024, month: 12, day: 1)
    static let slug = "zanzibar-outlook"
    static let title = "Quetzal Horizon Outlook"

    /// A published briefing and a scheduled one that would show up everywhere: tags, a claim (claims
    /// pages, sources' "Cited by"), a glossary mention ("Mentioned in"), search, feed and sitemap.
    static let content: [String: String] = [
        "sources.yaml": "src-a:\n  title: \"Source A\"\n  url: \"https://example.org/a\"\n",
        "glossary/russia.md": Content.term("Russia"),
        "briefings/now.md": Content.briefing("Russia [moved](claim:moved), says [A](cite:src-a).", title: "Today's news",
                                             extra: "tags: [security]",
                                             claims: "  moved:\n    status: supported\n    sources: [src-a]"),
        "briefings/\(slug).md": Content.briefing("Russia [waits](claim:waits).", title: title, date: "2025-01-10",
                                                 extra: "tags: [security, foresight]",
                                                 claims: "  waits:\n    status: disputed\n    sources: [src-a]"),
    ]

    static func build(_ options: BuildOptions, _ content: [String: String] = content) -> TestSite.Result {
        TestSite(content, options: options).build()
    }

    @Test func aScheduledBriefingIsInNoOutputFile() {
        let result = Self.build(BuildOptions(now: Self.december))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output["briefings/now/index.html"] != nil)
        #expect(!result.output.keys.contains { $0.contains(Self.slug) || $0.contains("foresight") })
        for (path, text) in result.output {
            #expect(!text.contains(Self.slug) && !text.contains(Self.title), "\(path) mentions the scheduled briefing")
        }
    }

    @Test func futurePublishesItEverywhereWithoutABadge() throws {
        let result = Self.build(BuildOptions(now: Self.december, includeFuture: true))
        #expect(result.errors.isEmpty, "\(result.errors)")
        let page = try #require(result.output["briefings/\(Self.slug)/index.html"])
        #expect(page.contains(Self.title))
        #expect(!page.contains("badge--scheduled"))
        for path in ["index.html", "tags/foresight/index.html", "glossary/russia/index.html", "sources/index.html",
                     "claims/disputed/index.html", "feed.xml", "sitemap.xml"] {
            #expect(result.output[path]?.contains(Self.slug) == true, "\(path) does not list the briefing")
        }
        let records = try SearchIndexReader(files: result.output).allRecords()
        #expect(records.contains { $0["u"]?.hasPrefix("briefings/\(Self.slug)/") == true }, "the search index does not hold the briefing")
    }

    @Test func theDayItselfIsPublished() {
        let onTheDay = Self.build(BuildOptions(now: PartialDate(year: 2025, month: 1, day: 10)))
        #expect(onTheDay.output["briefings/\(Self.slug)/index.html"] != nil)
        let dayBefore = Self.build(BuildOptions(now: PartialDate(year: 2025, month: 1, day: 9)))
        #expect(dayBefore.output["briefings/\(Self.slug)/index.html"] == nil)
    }

    @Test func thePreviewMarksItScheduled() throws {
        let result = Self.build(BuildOptions(includeDrafts: true, now: Self.december, includeFuture: true, marksScheduled: true))
        let page = try #require(result.output["briefings/\(Self.slug)/index.html"])
        #expect(page.contains("<span class=\"badge badge--scheduled\">Scheduled</span>"))
        let home = try #require(result.output["index.html"])
        #expect(home.components(separatedBy: "badge--scheduled").count == 2, "only the scheduled briefing's card is marked")
        #expect(result.output["briefings/now/index.html"]?.contains("badge--scheduled") == false)
    }

    @Test func aLinkToAScheduledBriefingIsAnError() {
        var content = Self.content
        content["briefings/now.md"] = Content.briefing(
            "Russia [moved](claim:moved), says [A](cite:src-a); see [later](briefing:\(Self.slug)).",
            claims: "  moved:\n    status: supported\n    sources: [src-a]")
        let result = Self.build(BuildOptions(now: Self.december), content)
        #expect(result.errors.map(\.description) == [
            "Content/briefings/now.md:9:56: error: briefing '\(Self.slug)' is scheduled for 2025-01-10, left out of this build (build with --future to include it)",
        ])
        #expect(Self.build(BuildOptions(now: Self.december, includeFuture: true), content).errors.isEmpty)
    }

    @Test func publishingIsOnePredicate() {
        let options = BuildOptions(now: Self.december)
        let body = MarkdownSource(text: "", file: "x.md", firstLine: 1)
        let future = Briefing(slug: "f", path: "f.md", title: "F", date: PartialDate(year: 2025, month: 1, day: 1), body: body)
        let draft = Briefing(slug: "d", path: "d.md", title: "D", date: PartialDate(year: 2024, month: 1, day: 1), draft: true, body: body)
        #expect(options.leftOutReason(future) == "is scheduled for 2025-01-01")
        #expect(options.leftOutReason(draft) == "is a draft")
        #expect(!options.publishes(future) && !options.publishes(draft))
        var both = options
        both.includeDrafts = true
        both.includeFuture = true
        #expect(both.publishes(future) && both.publishes(draft))
        #expect(!both.marksAsScheduled(future))
    }

    @Test func renderShowsAScheduledBriefing() {
        let body = MarkdownSource(text: "Hello *there*.", file: "later.md", firstLine: 5)
        let later = Briefing(slug: "later", path: "later.md", title: "Later", date: PartialDate(year: 2999, month: 1, day: 1), body: body)
        let site = Site(config: SiteConfig(title: "T", baseURL: "https://example.org/"))
        let (html, diagnostics) = Annotator().renderBody(of: later, in: site, options: BuildOptions(now: Self.december))
        #expect(html == "<p>Hello <em>there</em>.</p>\n")
        #expect(diagnostics.items.isEmpty)
    }

    @Test func todayIsTheUTCDate() {
        // 2024-03-01 23:30 UTC is still the first of March in UTC, whatever the machine's time zone.
        let instant = Date(timeIntervalSince1970: 1_709_335_800)
        #expect(PartialDate.todayUTC(instant) == PartialDate(year: 2024, month: 3, day: 1))
        #expect(PartialDate(fullDate: "2024-02-30") == nil)
        #expect(PartialDate(fullDate: "2024-02-29") == PartialDate(year: 2024, month: 2, day: 29))
    }
}
