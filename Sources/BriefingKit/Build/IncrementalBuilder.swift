import Foundation

/// A file that changed, as the preview server's watcher reports it.
public struct FileChange: Sendable, Hashable {
    /// Relative to the content folder (`inContent`) or to the templates folder.
    public var path: String
    public var inContent: Bool

    public init(path: String, inContent: Bool) {
        self.path = path
        self.inContent = inContent
    }

    public var kind: ChangeKind { ChangeKind.classify(path, inContent: inContent) }
}

/// What a rebuild did.
public struct RebuildReport: Sendable {
    public var outcome: BuildReport.Outcome
    public var diagnostics: Diagnostics
    /// Output paths written or removed, sorted.
    public var changedPaths: [String]
    /// Whether every page was rendered (the first build, or a change that can touch any page).
    public var renderedEverything: Bool
    public var seconds: Double
    /// Each stage's name and how long it took, in order.
    public var timings: [(stage: String, seconds: Double)] = []
}

/// Builds a site once, then after each change redoes the least that is correct (DESIGN §4, `serve`):
/// it re-reads only the changed files, re-annotates only the bodies the change can affect, renders
/// only the pages that show what changed (plus the listings, feed and sitemap), and writes only the
/// files whose bytes differ. The result equals a full build byte for byte; anything it cannot place
/// is a full build. A failed build leaves the folder as it was and is remembered until one succeeds.
public struct IncrementalBuilder: Sendable {
    public let request: BuildRequest
    private var cache = BuildCache()
    private var sync: OutputSync?
    /// The backlinks of the last build written, to find the glossary pages whose "Mentioned in" changed.
    private var lastBacklinks = Backlinks()
    /// Briefings changed since the last build written; nil: everything must be rendered.
    private var pendingBriefings: Set<String>? = nil
    /// The last site written, to tell whether a change reaches the listing pages.
    private var lastSite: AnnotatedSite?
    /// What each paginated listing page written lists (`RenderScope.listingKeys`).
    private var lastListingKeys: [String: String] = [:]

    public init(request: BuildRequest) {
        self.request = request
    }

    /// The first build: every page, into a fresh output folder swapped in atomically.
    public mutating func build() -> RebuildReport {
        cache.forgetAll()
        pendingBriefings = nil
        sync = nil
        return rebuild()
    }

    /// Takes in `changes` and rebuilds; nil when none of them can change the site (editor scratch files).
    public mutating func rebuild(after changes: [FileChange]) -> RebuildReport? {
        var relevant = false
        for change in changes {
            switch change.kind {
            case .ignored:
                continue
            case .briefing(let slug):
                cache.parsed.forget(change.path, in: request.contentDirectory)
                cache.annotations.forgetBriefing(slug)
                pendingBriefings?.insert(slug)
            case .glossaryEntry, .sources, .siteSettings:
                cache.parsed.forget(change.path, in: request.contentDirectory)
                cache.annotations.forgetAll()
                pendingBriefings = nil
            case .template:
                cache.forgetTemplates()
                pendingBriefings = nil
            case .templateAsset:
                cache.forgetTemplates()
            case .contentAsset:
                // A new or removed asset changes which image links resolve: every body may change.
                cache.parsed.forget(change.path, in: request.contentDirectory)
                cache.annotations.forgetAll()
                pendingBriefings = nil
            case .staticFile, .unreadFile:
                break
            case .unknown:
                cache.forgetAll()
                pendingBriefings = nil
            }
            relevant = true
        }
        return relevant ? rebuild() : nil
    }

    private mutating func rebuild() -> RebuildReport {
        let started = Date()
        guard let sync else { return firstBuild(started: started) }
        let staging = OutputSync.Staging(known: sync.digests)
        var kept: Set<String> = []
        var backlinks = lastBacklinks
        var builtSite: AnnotatedSite?
        let pending = pendingBriefings
        let previousBacklinks = lastBacklinks
        let previousSite = lastSite
        let written = Set(sync.digests.keys)
        let annotations = cache.annotations
        let listingKeys = lastListingKeys
        let report = SiteBuilder().run(request, cache: &cache, scope: { site in
            backlinks = site.backlinks
            builtSite = site
            guard let pending else { return .everything }
            if let previousSite, Self.listingsUnchanged(for: pending, before: previousSite, after: site) {
                // Nothing other pages show of these briefings changed: only their own pages can differ.
                kept = written
                return RenderScope(briefings: pending, glossaryEntries: [], listings: false)
            }
            var scope = Self.scope(changed: pending, site: site, previous: previousBacklinks, previousSite: previousSite,
                                   annotations: annotations)
            if let previousSite {
                scope.sourcesPage = !Self.sourcesPageUnchanged(for: pending, before: previousSite, after: site)
            }
            scope.listingKeys = listingKeys
            kept = Self.pagesLeftOut(by: scope, site: site)
            return scope
        }, emit: staging.add)
        if report.outcome == .success { lastSite = builtSite }
        return finish(report, started: started, everything: pending == nil, backlinks: backlinks) { sync in
            try sync.commit(staging, kept: kept)
        }
    }

    private mutating func firstBuild(started: Date) -> RebuildReport {
        if let problem = OutputFolderGuard.problem(output: request.outputDirectory, content: request.contentDirectory,
                                                   templates: request.templatesDirectory) {
            return RebuildReport(outcome: .environmentError(problem), diagnostics: Diagnostics(), changedPaths: [],
                                 renderedEverything: true, seconds: 0)
        }
        let writer: OutputWriter
        do { writer = try OutputWriter(outputDirectory: request.outputDirectory) } catch {
            return RebuildReport(outcome: .environmentError("\(error)"), diagnostics: Diagnostics(), changedPaths: [],
                                 renderedEverything: true, seconds: 0)
        }
        let staging = OutputSync.Staging(known: [:], keepsChangedFiles: false)
        let writeError = Locked<String?>(nil)
        var backlinks = Backlinks()
        var builtSite: AnnotatedSite?
        let report = SiteBuilder().run(request, cache: &cache, scope: { site in
            backlinks = site.backlinks
            builtSite = site
            return .everything
        }, emit: { file in
            staging.add(file)
            do { try writer.write(file) } catch { writeError.withLock { $0 = $0 ?? "\(error)" } }
        })
        guard report.outcome == .success else { writer.abandon() ; return finish(report, started: started) }
        lastSite = builtSite
        return finish(report, started: started, everything: true, backlinks: backlinks) { sync in
            if let failure = writeError.current { throw OutputWriter.Failure(description: failure) }
            try writer.commit()
            sync = OutputSync(outputDirectory: writer.outputDirectory, digests: staging.current.digests)
            return sync.digests.keys.sorted()
        }
    }

    /// Writes a successful build with `write`, or keeps what must be redone when it failed.
    private mutating func finish(_ report: BuildReport, started: Date, everything: Bool = true, backlinks: Backlinks = Backlinks(),
                                 write: (inout OutputSync) throws -> [String] = { _ in [] }) -> RebuildReport {
        var result = RebuildReport(outcome: report.outcome, diagnostics: report.diagnostics, changedPaths: [],
                                   renderedEverything: everything, seconds: 0, timings: report.timings)
        if report.outcome == .success {
            var target = sync ?? OutputSync(outputDirectory: request.outputDirectory, digests: [:])
            do {
                let writing = Date()
                result.changedPaths = try write(&target)
                result.timings.append(("write changed files", Date().timeIntervalSince(writing)))
                sync = target
                lastBacklinks = backlinks
                if !report.listingKeys.isEmpty { lastListingKeys = report.listingKeys }
                pendingBriefings = []
            } catch {
                // The folder may be half updated: start again from a full build next time.
                result.outcome = .environmentError("cannot write the output folder: \(error)")
                sync = nil
            }
        }
        result.seconds = Date().timeIntervalSince(started)
        return result
    }
}
