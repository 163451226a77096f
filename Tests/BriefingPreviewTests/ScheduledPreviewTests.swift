import BriefingKit
import Foundation
import Synchronization
import Testing

/// Under `serve`, a scheduled briefing is shown with a "Scheduled" badge, and the date is looked at
/// again at each rebuild: once its day has come, the next save drops the badge everywhere.
@Suite struct ScheduledPreviewTests {
    /// A clock the test moves on.
    final class Calendar: Sendable {
        let day: Mutex<PartialDate>
        init(_ day: PartialDate) { self.day = Mutex(day) }
    }

    @Test func theBadgeGoesAtTheFirstRebuildOnOrAfterTheDate() throws {
        var content = SampleContent.initial
        content["briefings/delta.md"] = SampleContent.briefing(title: "Delta", date: "2024-12-01", body: "[Soon](claim:main).")
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        let calendar = Calendar(PartialDate(year: 2024, month: 11, day: 30))
        let options = BuildOptions(includeDrafts: true, baseURL: "http://127.0.0.1:8080/",
                                   now: PartialDate(year: 2024, month: 11, day: 30), includeFuture: true, marksScheduled: true)
        let request = BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                   outputDirectory: site.root + "/preview", options: options)
        var builder = IncrementalBuilder(request: request, today: { calendar.day.withLock { $0 } })
        #expect(builder.build().outcome == .success)
        #expect(site.read("preview/briefings/delta/index.html")?.contains("badge--scheduled") == true)
        #expect(site.read("preview/index.html")?.contains("badge--scheduled") == true)

        // The day comes; an unrelated save rebuilds, and the result is a full build at the new date.
        calendar.day.withLock { $0 = PartialDate(year: 2024, month: 12, day: 1) }
        try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", date: "2024-11-01",
                                                                             body: "[Russia signed](claim:main) again."))
        let report = builder.rebuild(after: [FileChange(path: "briefings/alpha.md", inContent: true)])
        #expect(report?.outcome == .success)
        #expect(builder.request.options.now == PartialDate(year: 2024, month: 12, day: 1))
        var later = options
        later.now = PartialDate(year: 2024, month: 12, day: 1)
        let full = SiteBuilder().build(BuildRequest(contentDirectory: site.content, templatesDirectory: site.templates,
                                                    outputDirectory: site.root + "/full", options: later))
        #expect(full.outcome == .success)
        #expect(ScratchSite.tree(site.root + "/preview") == ScratchSite.tree(site.root + "/full"))
        #expect(site.read("preview/briefings/delta/index.html")?.contains("badge--scheduled") == false)
    }
}
