import BriefingKit
import Foundation
import Testing

/// `briefing check --external` (DESIGN §4): the checker's logic with a scripted fetcher, the real
/// URLSession fetcher against a local server, and the command end to end. Nothing leaves 127.0.0.1.
@Suite struct ExternalLinkCheckerTests {
    private static let file = "Content/sources.yaml"

    private func source(_ id: String, line: Int, url: String? = nil, archived: String? = nil) -> Source {
        Source(id: id, title: id, url: url, archived: archived, location: SourceLocation(file: Self.file, line: line))
    }

    private func lines(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.items.map(\.description)
    }

    // MARK: logic, with a scripted fetcher

    /// Answers from a table keyed by "METHOD address"; records every call and the most calls in flight.
    private final class ScriptedFetcher: ExternalLinkFetching, @unchecked Sendable {
        private let answers: [String: ExternalLinkResponse]
        private let delay: UInt64
        private let lock = NSLock()
        private var calls: [String] = []
        private var inFlight = 0
        private var maxInFlight = 0

        init(_ answers: [String: ExternalLinkResponse], delayNanoseconds: UInt64 = 0) {
            self.answers = answers
            delay = delayNanoseconds
        }

        var recorded: [String] { lock.withLock { calls } }
        var mostInFlight: Int { lock.withLock { maxInFlight } }

        func fetch(_ url: URL, method: ExternalLinkMethod) async -> ExternalLinkResponse {
            let key = "\(method.rawValue) \(url.absoluteString)"
            lock.withLock {
                calls.append(key)
                inFlight += 1
                maxInFlight = max(maxInFlight, inFlight)
            }
            if delay > 0 { try? await Task.sleep(nanoseconds: delay) }
            lock.withLock { inFlight -= 1 }
            return answers[key] ?? .status(200)
        }
    }

    @Test func headThatSucceedsNeedsNoGet() async {
        let fetcher = ScriptedFetcher([:])
        let diagnostics = await ExternalLinkChecker(fetcher: fetcher)
            .check([source("a", line: 1, url: "https://a.test/x")])
        #expect(diagnostics.items.isEmpty)
        #expect(fetcher.recorded == ["HEAD https://a.test/x"])
    }

    @Test func refusedOrFailedHeadFallsBackToGet() async {
        let fetcher = ScriptedFetcher([
            "HEAD https://a.test/405": .status(405), "GET https://a.test/405": .status(200),
            "HEAD https://a.test/501": .status(501), "GET https://a.test/501": .status(204),
            "HEAD https://a.test/403": .status(403), "GET https://a.test/403": .status(403),
            "HEAD https://a.test/down": .failure("connection lost"), "GET https://a.test/down": .status(404),
            "HEAD https://a.test/gone": .failure("connection refused"), "GET https://a.test/gone": .failure("connection refused"),
        ])
        let diagnostics = await ExternalLinkChecker(fetcher: fetcher).check([
            source("s405", line: 1, url: "https://a.test/405"),
            source("s501", line: 3, url: "https://a.test/501"),
            source("s403", line: 5, url: "https://a.test/403"),
            source("down", line: 7, url: "https://a.test/down"),
            source("gone", line: 9, url: "https://a.test/gone"),
        ])
        #expect(lines(diagnostics) == [
            "Content/sources.yaml:5:1: warning: source 's403' url https://a.test/403 answered HTTP 403",
            "Content/sources.yaml:7:1: warning: source 'down' url https://a.test/down answered HTTP 404",
            "Content/sources.yaml:9:1: warning: source 'gone' url https://a.test/gone could not be reached: connection refused",
        ])
        #expect(Set(fetcher.recorded) == Set(["405", "501", "403", "down", "gone"].flatMap {
            ["HEAD https://a.test/\($0)", "GET https://a.test/\($0)"]
        }))
    }

    @Test func identicalAddressesAreRequestedOnceAndReportedForEachSource() async {
        let fetcher = ScriptedFetcher(["HEAD https://a.test/missing": .status(404), "GET https://a.test/missing": .status(404)])
        let diagnostics = await ExternalLinkChecker(fetcher: fetcher).check([
            source("first", line: 1, url: "https://a.test/missing"),
            source("second", line: 4, url: "https://a.test/fine", archived: "https://a.test/missing"),
            source("third", line: 8, url: "https://a.test/fine"),
        ])
        #expect(lines(diagnostics) == [
            "Content/sources.yaml:1:1: warning: source 'first' url https://a.test/missing answered HTTP 404",
            "Content/sources.yaml:4:1: warning: source 'second' archived https://a.test/missing answered HTTP 404",
        ])
        #expect(fetcher.recorded.sorted() == ["GET https://a.test/missing", "HEAD https://a.test/fine",
                                              "HEAD https://a.test/missing"])
    }

    @Test func sourcesWithoutAddressesAndInvalidAddresses() async {
        let fetcher = ScriptedFetcher([:])
        let diagnostics = await ExternalLinkChecker(fetcher: fetcher).check([
            source("offline", line: 1),
            source("odd", line: 3, url: "https://"),
        ])
        #expect(lines(diagnostics) == ["Content/sources.yaml:3:1: warning: source 'odd' url https:// is not a valid http(s) address"])
        #expect(fetcher.recorded.isEmpty)
    }

    @Test func concurrencyIsBounded() async {
        let fetcher = ScriptedFetcher([:], delayNanoseconds: 20_000_000)
        let sources = (1...12).map { source("s\($0)", line: $0, url: "https://a.test/\($0)") }
        let diagnostics = await ExternalLinkChecker(concurrency: 3, fetcher: fetcher).check(sources)
        #expect(diagnostics.items.isEmpty)
        #expect(fetcher.recorded.count == 12)
        #expect(fetcher.mostInFlight <= 3)
        #expect(fetcher.mostInFlight >= 2)
    }

    // MARK: URLSession against a local server

    @Test func realRequestsAgainstALocalServer() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let closed = try LocalHTTPServer.closedPort()
        let refused = "http://127.0.0.1:\(closed)/nothing"
        let sources = [
            source("ok", line: 1, url: server.url("/ok"), archived: server.url("/moved")),
            source("ok-again", line: 4, url: server.url("/ok")),
            source("missing", line: 6, url: server.url("/missing")),
            source("broken", line: 8, url: server.url("/error")),
            source("no-head", line: 10, url: server.url("/no-head")),
            source("loop", line: 12, url: server.url("/loop")),
            source("slow", line: 14, url: server.url("/slow")),
            source("refused", line: 16, url: refused, archived: server.url("/missing")),
        ]
        let diagnostics = await ExternalLinkChecker(timeout: 1).check(sources)
        #expect(lines(diagnostics) == [
            "Content/sources.yaml:6:1: warning: source 'missing' url \(server.url("/missing")) answered HTTP 404",
            "Content/sources.yaml:8:1: warning: source 'broken' url \(server.url("/error")) answered HTTP 500",
            "Content/sources.yaml:12:1: warning: source 'loop' url \(server.url("/loop")) could not be reached: more than 10 redirects",
            "Content/sources.yaml:14:1: warning: source 'slow' url \(server.url("/slow")) could not be reached: timed out after 1 s",
            "Content/sources.yaml:16:1: warning: source 'refused' url \(refused) could not be reached: connection refused",
            "Content/sources.yaml:16:1: warning: source 'refused' archived \(server.url("/missing")) answered HTTP 404",
        ])
        #expect(diagnostics.items.allSatisfy { $0.severity == .warning })

        let requests = server.requests
        func count(_ method: String, _ path: String) -> Int {
            requests.filter { $0.method == method && $0.path == path }.count
        }
        // Deduplicated: /ok is asked once by its own address and once more through /moved.
        #expect(count("HEAD", "/ok") == 2)
        #expect(count("GET", "/ok") == 0)
        #expect(count("HEAD", "/moved") == 1)
        #expect(count("HEAD", "/missing") == 1 && count("GET", "/missing") == 1)
        #expect(count("HEAD", "/no-head") == 1 && count("GET", "/no-head") == 1)
        // The loop is left after 10 redirects (11 requests), for HEAD and again for GET.
        #expect(count("HEAD", "/loop") == 11)
        #expect(count("GET", "/loop") == 11)
        #expect(Set(requests.map(\.path)).isSubset(of: ["/ok", "/moved", "/missing", "/error", "/no-head", "/loop", "/slow"]))
        #expect(requests.allSatisfy { $0.userAgent == ExternalLinkChecker.defaultUserAgent })
    }

    // MARK: the command

    @Test func checkExternalCommandWarnsAndFailsOnlyWithWarningsAsErrors() throws {
        let binary = try BriefingBinary.required()
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let folder = try CLISiteFixture.make()
        defer { folder.remove() }
        try folder.write("Content/sources.yaml", """
            src-one:
              title: "Source One"
              url: "\(server.url("/missing"))"
              archived: "\(server.url("/moved"))"

            """)

        let plain = try binary.run(["check"], in: folder.url)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(server.requests.isEmpty, "check without --external made requests")

        let warning = "sources.yaml:1:1: warning: source 'src-one' url \(server.url("/missing")) answered HTTP 404"
        let external = try binary.run(["check", "--external"], in: folder.url)
        #expect(external.status == 0, "\(external.stderr)")
        #expect(external.stderr.contains(warning), "\(external.stderr)")
        #expect(!external.stderr.contains("/moved"), "\(external.stderr)")

        let strict = try binary.run(["check", "--external", "--warnings-as-errors"], in: folder.url)
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains(warning), "\(strict.stderr)")

        let json = try binary.run(["check", "--external", "--format", "json"], in: folder.url)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("answered HTTP 404"), "\(json.stdout)")
        #expect(Set(server.requests.map(\.path)).isSubset(of: ["/missing", "/moved", "/ok"]))
    }
}
