import BriefingKit
@testable import BriefingPreview
import Foundation
import Testing

/// The preview server in-process on a free port: pages, live reload, the error overlay, added and
/// deleted briefings, traversal attempts, and stopping with a client connected.
@Suite(.serialized) struct PreviewServerTests {
    /// Starts a server on `site`, runs `body` with it, then stops it (cancelling its task) and checks
    /// that it stopped within a few seconds.
    func withServer(_ site: ScratchSite, _ body: (PreviewServer.Running) async throws -> Void) async throws {
        let ready = AsyncStream.makeStream(of: PreviewServer.Running.self)
        let server = PreviewServer(host: "127.0.0.1", port: 0, contentDirectory: site.content,
                                   templatesDirectory: site.templates, outputDirectory: site.root + "/.preview")
        let task = Task {
            try await server.run(handleSignals: false, log: { _ in }, onReady: { ready.continuation.yield($0) })
        }
        var iterator = ready.stream.makeAsyncIterator()
        guard let running = await iterator.next() else { Issue.record("server did not start"); return }
        do { try await body(running) } catch { Issue.record("\(error)") }
        let stopping = Date()
        task.cancel()
        _ = try? await task.value
        #expect(Date().timeIntervalSince(stopping) < 5, "server took too long to stop")
    }

    func get(_ url: String) async throws -> (status: Int, body: String, headers: [String: String]) {
        guard let components = URLComponents(string: url), let port = components.port else { return (0, "", [:]) }
        let raw = try await RawHTTP.getOffPool(port: port, path: components.percentEncodedPath)
        guard let split = raw.range(of: "\r\n\r\n") else { return (0, raw, [:]) }
        let head = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, String(raw[split.upperBound...]), headers)
    }

    @Test func servesScheduledBriefingsMarkedAndRedirectPages() async throws {
        var content = SampleContent.initial
        // Far in the future whatever the clock says; it moved from an old address.
        content["briefings/later.md"] = SampleContent.briefing(title: "Later", date: "2999-01-01", body: "[Soon](claim:main).")
            .replacingOccurrences(of: "title: \"Later\"", with: "title: \"Later\"\nmoved-from: [someday]")
        let site = try ScratchSite(content: content)
        defer { site.remove() }
        try await withServer(site) { running in
            let page = try await get(running.url + "briefings/later/")
            #expect(page.status == 200)
            #expect(page.body.contains("<span class=\"badge badge--scheduled\">Scheduled</span>"))
            #expect(try await get(running.url).body.contains("badge--scheduled"))
            let old = try await get(running.url + "briefings/someday/")
            #expect(old.status == 200)
            #expect(old.body.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../briefings/later/\">"))
        }
    }

    @Test func servesPagesWithReloadScriptAndHeaders() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            let page = try await get(running.url + "briefings/alpha/")
            #expect(page.status == 200)
            #expect(page.body.contains("briefing-live-reload"))
            #expect(page.headers["cache-control"] == "no-cache")
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            // The canonical URL is the server's own address.
            #expect(page.body.contains(running.url + "briefings/alpha/"))
            // Drafts are served, and the file written to the folder has no reload script.
            #expect(site.read(".preview/briefings/alpha/index.html")?.contains("briefing-live-reload") == false)
            let css = try await get(running.url + "assets/style.css")
            #expect(css.headers["content-type"]?.hasPrefix("text/css") == true)
            let missing = try await get(running.url + "no/such/page/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("briefing-live-reload"))
        }
    }

    @Test(arguments: ["..%2f..%2f..%2fetc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "briefings%2falpha/",
                      "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "assets/..%2f..%2f..%2fContent/site.yaml", ".briefing-output",
                      "..%5c..%5cetc/passwd"])
    func refusesTraversal(_ path: String) async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            // A raw socket, so that no client library normalises the path first.
            let response = try await RawHTTP.getOffPool(port: running.port, path: "/" + path)
            #expect(response.hasPrefix("HTTP/1.1 404"), "\(path): \(response.prefix(80))")
            #expect(!response.contains("root:"))
        }
    }

    @Test func editReloadsBreakShowsOverlayFixClears() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()

            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha edited", body: "[New text](claim:main)."))
            #expect(try await events.next(timeout: 10)?.name == "reload")
            #expect(try await get(running.url + "briefings/alpha/").body.contains("Alpha edited"))

            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", body: "[x](claim:main) [y](cite:<nope>)."))
            let failure = try await events.next(timeout: 10)
            #expect(failure?.name == "failure")
            #expect(failure?.data.contains("alpha.md:") == true)
            // The excerpt is escaped: the editor's `<nope>` never becomes markup.
            #expect(failure?.data.contains("\\u003cnope\\u003e") == false)
            let opened = try await get(running.url + "briefings/beta/")
            #expect(opened.body.contains("id=\"briefing-error-overlay\""))
            #expect(opened.body.contains("&lt;nope&gt;"))
            #expect(try await get(running.url + "briefings/alpha/").body.contains("Alpha edited"), "the last good site stays")

            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha fixed", body: "[x](claim:main)."))
            #expect(try await events.next(timeout: 10)?.name == "reload")
            let fixed = try await get(running.url + "briefings/alpha/")
            #expect(fixed.body.contains("Alpha fixed"))
            #expect(!fixed.body.contains("id=\"briefing-error-overlay\""))
        }
    }

    /// A save reloads open pages before the search index is made; the index follows with an event
    /// only the search page acts on, and the search page then names the new index.
    @Test func theSearchIndexFollowsTheReload() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            let events = try EventStream(url: running.url + "__briefing/events", isSearchPage: true)
            defer { events.close() }
            try await events.waitForConnection()
            let manifest = #/search/manifest\.[0-9a-f]+\.js/#
            let before = try #require(try await get(running.url + "search/").body.firstMatch(of: manifest)).output
            try site.write("Content/briefings/alpha.md", SampleContent.briefing(title: "Alpha", body: "[Kestrelword](claim:main)."))
            let reload = try await events.next(timeout: 10)
            #expect(reload?.name == "reload")
            #expect(reload?.data.hasSuffix(" search-follows") == true, "the search page is told to wait for the index")
            #expect(try await events.next(timeout: 10)?.name == "search")
            let after = try #require(try await get(running.url + "search/").body.firstMatch(of: manifest)).output
            #expect(after != before)
            #expect(try await get(running.url + String(after)).status == 200)
            #expect(try await get(running.url + String(before)).status == 404)
        }
    }

    @Test func addAndDeleteBriefing() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            defer { events.close() }
            try await events.waitForConnection()
            try site.write("Content/briefings/delta.md", SampleContent.briefing(title: "Delta", draft: true, body: "[D](claim:main)."))
            #expect(try await events.next(timeout: 10)?.name == "reload")
            let added = try await get(running.url + "briefings/delta/")
            #expect(added.status == 200)
            #expect(added.body.contains("Delta"))
            try site.delete("Content/briefings/delta.md")
            #expect(try await events.next(timeout: 10)?.name == "reload")
            #expect(try await get(running.url + "briefings/delta/").status == 404)
        }
    }

    @Test func stopsWithClientConnected() async throws {
        let site = try ScratchSite(content: SampleContent.initial)
        defer { site.remove() }
        try await withServer(site) { running in
            let events = try EventStream(url: running.url + "__briefing/events")
            try await events.waitForConnection()
            #expect(await running.listenerCount() == 1)
            // withServer stops the server now, with this stream still open, and checks the time.
        }
    }
}
