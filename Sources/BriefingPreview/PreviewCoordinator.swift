import BriefingKit
import Dispatch
import Foundation

/// Owns all of the preview server's mutable state: the incremental builder, the changes waiting for
/// a build, the outcome of the last build, and the open pages listening for reloads. One build runs
/// at a time; changes that arrive during a build are merged into the next one, so a burst of saves
/// costs at most two builds.
actor PreviewCoordinator {
    /// What open pages hear about.
    enum Event: Sendable, Equatable {
        /// A build succeeded: reload. When the search index follows, the search page waits for it.
        case reload(generation: Int, searchFollows: Bool = false)
        /// The search index a rebuild left is written: the search page reloads.
        case searchUpdated(generation: Int)
        /// A build failed: show this overlay (HTML).
        case error(overlay: String)
    }

    /// The builder, absent while a build runs on its own thread.
    private var builder: IncrementalBuilder?
    private var pending: [FileChange] = []
    private var isBuilding = false
    private var generation = 0
    /// The overlay of the failed build that stands, nil when the last build succeeded.
    private(set) var overlay: String?
    /// A small note of the last good build's warnings for the corner of every page, nil without warnings.
    private(set) var warningsNote: String?
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var buildWaiters: [CheckedContinuation<Void, Never>] = []
    private let log: @Sendable (String) -> Void
    /// Where every line is printed, in order: a build's warnings are formatted there while the
    /// next work goes on.
    private let printer = DispatchQueue(label: "briefing.serve-printer")
    /// Rebuilds write the folder's files in place under it; the responder reads each file under it.
    let gate: OutputGate
    /// The request, also while the builder is out on a build.
    private var lastRequest: BuildRequest?

    private var watcher: FileWatcher?

    /// Until `start` the coordinator counts as building, so that requests wait for the first build.
    init(log: @escaping @Sendable (String) -> Void, gate: OutputGate = OutputGate()) {
        isBuilding = true
        self.log = log
        self.gate = gate
    }

    /// The first build, every page, with `request` (whose base URL is the server's address).
    func start(_ request: BuildRequest, nowFollowsClock: Bool = false) async -> RebuildReport {
        let clock: @Sendable () -> PartialDate = { PartialDate.todayUTC() }
        let today = nowFollowsClock ? clock : nil
        builder = IncrementalBuilder(request: request, today: today, defersSearch: true, gate: gate)
        lastRequest = request
        let started = Date()
        let report = await runOffPool { $0.build() }
        publish(report, builtFrom: started)
        await drain()
        return report
    }

    /// Watches the content and templates folders, feeding every change to `filesChanged`.
    func startWatching() {
        guard watcher == nil, let request = lastRequest else { return }
        do {
            let watcher = try FileWatcher(content: request.contentDirectory, templates: request.templatesDirectory) { changes in
                Task { await self.filesChanged(changes) }
            }
            watcher.start()
            self.watcher = watcher
        } catch {
            say("cannot watch for changes: \(error)")
        }
    }

    /// Stops watching and ends every open page's stream (the server is stopping).
    func stop() {
        watcher?.stop()
        watcher = nil
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// The overlay of the failed build that stands (or the note of the last build's warnings), once
    /// the first build is done: what pages show on top.
    func currentOverlay() async -> String? {
        if generation == 0 && overlay == nil { await waitUntilIdle() }
        return overlay ?? warningsNote
    }

    /// Takes in changed files; builds now when idle, else after the build that runs.
    func filesChanged(_ changes: [FileChange]) {
        pending.append(contentsOf: changes)
        guard !isBuilding, builder != nil else { return }
        isBuilding = true
        Task { await drain() }
    }

    /// Suspends until no build is running or waiting (tests and the benchmark use it).
    func waitUntilIdle() async {
        guard isBuilding else { return }
        await withCheckedContinuation { buildWaiters.append($0) }
    }

    /// A stream of events for one open page; it ends when the page goes away.
    func listen() -> AsyncStream<Event> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { _ in Task { await self.stopListening(id) } }
        listeners[id] = continuation
        if let overlay { continuation.yield(.error(overlay: overlay)) }
        return stream
    }

    var listenerCount: Int { listeners.count }

    private func stopListening(_ id: UUID) {
        listeners[id] = nil
    }

    private func drain() async {
        while !pending.isEmpty {
            let changes = pending
            pending = []
            let started = Date()
            let report = await runOffPool { $0.rebuild(after: changes) }
            // A save that arrived while this build ran makes its report stale: printing it would show
            // an error the editor has just fixed, under the fixed line (the excerpt is read now). The
            // next build, already due, reports instead (changes it ignores do not make one).
            let superseded = pending.contains { $0.kind != .ignored }
            if let report, !superseded { publish(report, builtFrom: started) }
            // The search index the rebuild left for after the reload, once no save waits (a save
            // that came meanwhile is built first, and leaves the index again).
            if pending.isEmpty, let search = await runOffPool({ $0.finishSearch() }) {
                publishSearch(search, builtFrom: started)
            }
        }
        isBuilding = false
        resumeWaiters()
    }

    private func resumeWaiters() {
        let waiters = buildWaiters
        buildWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Runs `work` on the builder on a thread of its own, so that a long build never holds one of
    /// the few cooperative threads the server answers requests on.
    private func runOffPool<T: Sendable>(_ work: @escaping @Sendable (inout IncrementalBuilder) -> T) async -> T {
        // Moved (not copied) into a box the build thread mutates in place: a copy left here would
        // share the caches' storage, so the build would copy every cache it touches before
        // changing it, and free the old ones when the copy went away.
        guard builder != nil else { preconditionFailure("the builder is taken only by a running build") }
        let box = HandOff(builder.take())
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let result = work(&box.value!)
                continuation.resume(returning: result)
            }
        }
        builder = box.value.take()
        return result
    }

    /// Prints `line` after everything printed before it.
    private func say(_ line: String) {
        printer.sync { log(line) }
    }

    /// Prints what writing the search index did, and tells the search page, which waits for it.
    private func publishSearch(_ report: RebuildReport, builtFrom started: Date) {
        guard report.outcome == .success else { return publish(report, builtFrom: started) }
        let milliseconds = Int((report.seconds * 1000).rounded())
        say("search index written in \(milliseconds) ms: \(report.changedPaths.count) file(s) changed")
        for continuation in listeners.values { continuation.yield(.searchUpdated(generation: generation)) }
    }

    /// Prints and shows `report`; `started` is when its build began (excerpts of files saved since are left out).
    private func publish(_ report: RebuildReport, builtFrom started: Date) {
        let milliseconds = Int((report.seconds * 1000).rounded())
        switch report.outcome {
        case .success:
            overlay = nil
            generation += 1
            let stages = report.timings.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded()))" }.joined(separator: ", ")
            say("rebuilt in \(milliseconds) ms (\(stages)): \(report.changedPaths.count) file(s) changed")
            let warnings = report.diagnostics.warningCount
            warningsNote = warnings > 0 ? ErrorOverlay.warningsNote(count: warnings) : nil
            let event = Event.reload(generation: generation, searchFollows: report.searchFollows)
            for continuation in listeners.values { continuation.yield(event) }
            // Warnings are printed after every build, so a mistyped tag does not vanish in silence;
            // after the reload is sent and off the actor, since formatting thousands of them (each
            // with its source line) would otherwise keep the page, then the search index, waiting.
            if warnings > 0 { printer.async { [log] in log(ErrorOverlay.text(for: report, builtFrom: started)) } }
        case .contentErrors, .environmentError:
            let html = ErrorOverlay.html(for: report, builtFrom: started)
            overlay = html
            say(ErrorOverlay.text(for: report, builtFrom: started))
            for continuation in listeners.values { continuation.yield(.error(overlay: html)) }
        }
    }
}

