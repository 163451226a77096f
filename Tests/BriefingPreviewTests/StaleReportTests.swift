@testable import BriefingKit
@testable import BriefingPreview
import Foundation
import Testing

/// Issue 18: "after a fix the old error is printed again with the fixed line as its excerpt". A build
/// that read the file before the fix printed its error after it, reading the excerpt from the fixed
/// file. `serve` now drops a report that a newer save has superseded, and never shows an excerpt
/// from a file saved after its build began.
@Suite(.serialized) struct StaleReportTests {
    static func report(_ file: String) -> RebuildReport {
        var diagnostics = Diagnostics()
        diagnostics.error("unknown status 'suported'", at: SourceLocation(file: file, line: 2, column: 9))
        return RebuildReport(outcome: .contentErrors, diagnostics: diagnostics, changedPaths: [], renderedPages: 0, seconds: 0)
    }

    @Test func anExcerptComesOnlyFromAFileUnchangedSinceTheBuildBegan() throws {
        let site = try ScratchSite(content: ["briefings/a.md": "---\nstatus: supported\n---\n"])
        defer { site.remove() }
        let report = Self.report(site.content + "/briefings/a.md")
        let builtBefore = ErrorOverlay.text(for: report, builtFrom: Date(timeIntervalSinceNow: 3600))
        #expect(builtBefore.contains(" 2 | status: supported\n"), "\(builtBefore)")
        // Saved after the build began: the error stays, the line it would show is not the one it is about.
        let savedSince = ErrorOverlay.text(for: report, builtFrom: Date(timeIntervalSinceNow: -3600))
        #expect(savedSince.contains("a.md:2:9: error: unknown status 'suported'"))
        #expect(!savedSince.contains("status: supported"), "\(savedSince)")
        #expect(ErrorOverlay.html(for: report, builtFrom: Date(timeIntervalSinceNow: -3600)).contains("suported"))
    }

    /// The race as an editor meets it: an error saved with a template edit (a slow rebuild), then
    /// fixed while that rebuild runs. Whether or not the two saves land in one build, no error may be
    /// printed above the fixed line, and the last word is the fixed build's.
    @Test func anErrorFixedDuringItsRebuildIsNotPrintedUnderTheFixedLine() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let log = ServeTellsTheTruthTests.Log()
        try await ServeTellsTheTruthTests().withServer(site, log: log) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            let body = "[x](claim:main) [y](cite:newspaper)."
            let fixed = SampleContent.briefing(title: "Alpha", body: body)
            let footer = site.read("Templates/partials/footer.mustache") ?? ""
            try site.write("Templates/partials/footer.mustache", footer + "<!-- edited -->\n")
            try site.write("Content/briefings/alpha.md", fixed.replacingOccurrences(of: "status: supported", with: "status: suported"))
            try await Task.sleep(for: .milliseconds(120))
            try site.write("Content/briefings/alpha.md", fixed)
            var last = try await events.next(timeout: 120)?.name
            while let event = try await events.next(timeout: 5) { last = event.name }
            #expect(last == "reload")
            let misleading = log.all.filter { $0.contains("unknown status 'suported'") && $0.contains("status: supported\n") }
            #expect(misleading.isEmpty, "\(misleading)")
            #expect(try await !ServeTellsTheTruthTests().page(running, "/briefings/alpha/").contains("id=\"briefing-error-overlay\""))
        }
    }
}
