import BriefingKit
@testable import BriefingPreview
import Foundation
import Synchronization
import Testing

/// `serve` tells the truth (issue 18): warnings after every rebuild, a fixed error gone at once, one
/// rebuild for a burst of writes, and a `Templates/` folder made while it runs watched from then on.
@Suite(.serialized) struct ServeTellsTheTruthTests {
    /// What the server printed, collected from its log.
    final class Log: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
        init() {}
    }

    func withServer(_ site: ScratchSite, log: Log = Log(),
                    _ body: (PreviewServer.Running) async throws -> Void) async throws {
        let ready = AsyncStream.makeStream(of: PreviewServer.Running.self)
        let server = PreviewServer(host: "127.0.0.1", port: 0, contentDirectory: site.content,
                                   templatesDirectory: site.templates, outputDirectory: site.root + "/.preview")
        let task = Task {
            try await server.run(handleSignals: false, log: { log.append($0) }, onReady: { ready.continuation.yield($0) })
        }
        var iterator = ready.stream.makeAsyncIterator()
        guard let running = await iterator.next() else { Issue.record("server did not start"); return }
        do { try await body(running) } catch { Issue.record("\(error)") }
        task.cancel()
        _ = try? await task.value
    }

    func page(_ running: PreviewServer.Running, _ path: String) async throws -> String {
        let raw = try await RawHTTP.getOffPool(port: running.port, path: path)
        return raw.range(of: "\r\n\r\n").map { String(raw[$0.upperBound...]) } ?? raw
    }

    @Test func aTemplatesFolderMadeWhileServingIsWatched() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try site.delete("Templates")
        try await withServer(site) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            #expect(try await !page(running, "/briefings/alpha/").contains("custom-footer-marker"))

            try site.write("Templates/partials/footer.mustache", "<footer id=\"site-footer\">custom-footer-marker</footer>\n")
            var changed = false
            for _ in 0..<4 where !changed {
                guard try await events.next(timeout: 120)?.name == "reload" else { break }
                changed = try await page(running, "/briefings/alpha/").contains("custom-footer-marker")
            }
            #expect(changed, "the new Templates/partials/footer.mustache never reached the page")

            // A later edit of the new file is seen too: the folder is watched from now on.
            try site.write("Templates/partials/footer.mustache", "<footer id=\"site-footer\">second-footer-marker</footer>\n")
            #expect(try await events.next(timeout: 120)?.name == "reload")
            #expect(try await page(running, "/briefings/alpha/").contains("second-footer-marker"))
        }
    }

    @Test func warningsArePrintedAfterEachRebuildAndCountedInThePage() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let log = Log()
        try await withServer(site, log: log) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            #expect(try await !page(running, "/briefings/alpha/").contains("id=\"briefing-warnings\""))
            let body = "[Russia signed](claim:main) a treaty with North Korea. [Newspaper](cite:newspaper)."
            let warned = SampleContent.briefing(title: "Alpha", body: body).replacingOccurrences(of: "tags:", with: "tagz: [x]\ntags:")
            try site.write("Content/briefings/alpha.md", warned)
            #expect(try await events.next(timeout: 120)?.name == "reload")
            // The warnings are printed just after the reload is sent.
            let printed = { log.all.contains { $0.contains("alpha.md:4:1: warning: unknown key 'tagz'") } }
            for _ in 0..<200 where !printed() { try await Task.sleep(for: .milliseconds(50)) }
            #expect(printed(), "\(log.all)")
            let html = try await page(running, "/briefings/beta/")
            #expect(html.contains("id=\"briefing-warnings\""))
            #expect(html.contains("1 warning — see the terminal"))

            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", body: body))
            #expect(try await events.next(timeout: 120)?.name == "reload")
            #expect(try await !page(running, "/briefings/beta/").contains("id=\"briefing-warnings\""))
        }
    }

    @Test func aFixedErrorDisappearsAtOnce() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let log = Log()
        try await withServer(site, log: log) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", body: "[x](claim:main) [y](cite:nope)."))
            #expect(try await events.next(timeout: 120)?.name == "failure")
            #expect(log.all.contains { $0.contains("unknown source 'nope'") })
            let before = log.all.count
            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", body: "[x](claim:main) [y](cite:newspaper)."))
            #expect(try await events.next(timeout: 120)?.name == "reload")
            let after = log.all.dropFirst(before)
            #expect(!after.contains { $0.contains("error:") || $0.contains("nope") }, "\(Array(after))")
            #expect(try await !page(running, "/briefings/alpha/").contains("id=\"briefing-error-overlay\""))
        }
    }

    @Test func aBurstOfWritesIsOneRebuild() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        let log = Log()
        try await withServer(site, log: log) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            let before = log.all.filter { $0.hasPrefix("rebuilt") }.count
            // One save as an editor makes it: a backup, a temporary file renamed over the original, and more.
            try site.write("Content/briefings/alpha.md~", "backup")
            for index in 1...4 {
                try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha \(index)", body: "[x](claim:main)."))
            }
            #expect(try await events.next(timeout: 120)?.name == "reload")
            #expect(try await events.next(timeout: 1.5) == nil, "a second rebuild for the same burst")
            #expect(log.all.filter { $0.hasPrefix("rebuilt") }.count == before + 1)
            #expect(try await page(running, "/briefings/alpha/").contains("Alpha 4"))
        }
    }
}
