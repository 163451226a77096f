import BriefingKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `briefing serve`: builds the site with drafts into its own folder, serves it, rebuilds what
/// changed on every save and reloads the open pages (DESIGN §4). A failed build shows its
/// diagnostics over every open page while the last good site stays served.
public struct PreviewServer: Sendable {
    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// `--now`; nil: today's UTC date, looked at again at each rebuild.
    public var now: PartialDate?

    public init(host: String = "127.0.0.1", port: Int = 8080, contentDirectory: String = "Content",
                templatesDirectory: String = "Templates", outputDirectory: String = ".preview", now: PartialDate? = nil) {
        self.host = host
        self.port = port
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.now = now
    }

    /// The server once it listens and the first build is done.
    public struct Running: Sendable {
        /// `http://host:port/`, the site's base URL under serve.
        public var url: String
        public var port: Int
        /// The first build's outcome.
        public var firstBuild: RebuildReport
        let coordinator: PreviewCoordinator

        /// Suspends until no rebuild is running or waiting.
        public func waitUntilIdle() async { await coordinator.waitUntilIdle() }

        /// How many pages listen for reloads.
        public func listenerCount() async -> Int { await coordinator.listenerCount }
    }

    /// Serves until the task is cancelled or, when `handleSignals`, SIGINT or SIGTERM arrives; open
    /// event streams end then too. `onReady` runs once the first build is done.
    public func run(handleSignals: Bool = true, log: @escaping @Sendable (String) -> Void,
                    onReady: @escaping @Sendable (Running) async -> Void) async throws {
        let coordinator = PreviewCoordinator(log: log)
        let files = SiteFiles(root: outputDirectory)
        let responder = PreviewResponder(files: files, coordinator: coordinator)
        var logger = Logger(label: "briefing-serve")
        logger.logLevel = .error
        let server = self
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in try await responder.respond(to: request) },
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? server.port
                let url = "http://\(Self.urlHost(server.host)):\(port)/"
                let request = BuildRequest(contentDirectory: server.contentDirectory,
                                           templatesDirectory: server.templatesDirectory,
                                           outputDirectory: server.outputDirectory,
                                           options: BuildOptions(includeDrafts: true, baseURL: url,
                                                                 now: server.now ?? .todayUTC(), includeFuture: true,
                                                                 marksScheduled: true))
                let report = await coordinator.start(request, nowFollowsClock: server.now == nil)
                await coordinator.startWatching()
                await onReady(Running(url: url, port: port, firstBuild: report, coordinator: coordinator))
            },
            logger: logger
        )
        do {
            try await app.runService(gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [])
        } catch {
            await coordinator.stop()
            throw error
        }
        await coordinator.stop()
    }

    /// The host as it goes in a URL: an IPv6 address in brackets.
    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
