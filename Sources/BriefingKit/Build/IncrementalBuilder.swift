import Dispatch
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
    /// How many pages were rendered (or copied): those whose input changed since the last build written.
    public var renderedPages: Int
    public var seconds: Double
    /// Each stage's name and how long it took, in order.
    public var timings: [(stage: String, seconds: Double)] = []
    /// Whether the search index is left for `finishSearch` (the search page should wait for it).
    public var searchFollows = false
}

/// Builds a site once, then after each change plans every page again and renders only the pages
/// whose input differs from the last build written (DESIGN §5): files whose bytes differ are
/// written, paths the plan no longer holds are removed. So the folder equals a full build by
/// construction. A failed build leaves the folder as it was.
public struct IncrementalBuilder: Sendable {
    public private(set) var request: BuildRequest
    /// Today's date, asked again before each rebuild (serve without `--now`; nil: `request.options.now`
    /// stays): a briefing whose date has come loses its badge at the next save, not at midnight.
    let today: (@Sendable () -> PartialDate)?
    let fileSystem: FileSystem
    /// False for a one-off `build`, which needs no digests for later rebuilds.
    let keepsDigests: Bool
    /// Whether a rebuild leaves the search index for `finishSearch` (the preview: pages reload first).
    let defersSearch: Bool
    /// What a server reading the output folder's files takes each read under; nil: nobody reads it meanwhile.
    private var gate: OutputGate?
    private var cache = BuildCache()
    /// The folder as the last build written it; nil: the next build writes a fresh folder.
    private var written: WrittenSite?
    /// The search indexes the last rebuild left for `finishSearch`, with the renderer of that
    /// rebuild; their last files stand in `written.pages` meanwhile.
    private var deferredSearch: (indexes: [DeferredSearch], renderer: PageRenderer)?

    /// What the output folder holds: every planned page with its input, the templates it was
    /// rendered with, and the writer that keeps the folder in step.
    private struct WrittenSite: Sendable {
        /// In plan order.
        var pages: [Page]
        var templateGeneration: Int
        var sync: OutputSync
    }

    /// With `defersSearch`, each rebuild after the first writes every page but the search index's,
    /// and `finishSearch` then writes those: what the preview does, so an edited page reloads
    /// without waiting for the index. The folder equals a full build once `finishSearch` has run.
    /// `gate`: what a server reading the folder's files takes each read under (files are rewritten in place).
    public init(request: BuildRequest, today: (@Sendable () -> PartialDate)? = nil, defersSearch: Bool = false,
                gate: OutputGate? = nil) {
        self.init(request: request, fileSystem: .live, keepsDigests: true, defersSearch: defersSearch, today: today)
        self.gate = gate
    }

    init(request: BuildRequest, fileSystem: FileSystem, keepsDigests: Bool = false, defersSearch: Bool = false,
         today: (@Sendable () -> PartialDate)? = nil) {
        self.request = request
        self.today = today
        self.fileSystem = fileSystem
        self.keepsDigests = keepsDigests
        self.defersSearch = defersSearch
        cache.keepsRenderedClaims = keepsDigests
        cache.keepsForNextBuild = keepsDigests
    }

    /// The first build: every page, into a fresh output folder swapped in atomically.
    public mutating func build() -> RebuildReport {
        cache.forgetAll()
        written = nil
        deferredSearch = nil
        return rebuild()
    }

    /// Makes and writes the search index the last rebuild left (see `defersSearch`); nil when no
    /// index waits. Search files whose text changed are written, those the index no longer has removed.
    public mutating func finishSearch() -> RebuildReport? {
        guard let (indexes, renderer) = deferredSearch, let written else {
            deferredSearch = nil
            return nil
        }
        deferredSearch = nil
        let started = Date()
        var pages = written.pages
        let made = Planner.planDeferredSearch(indexes, into: &pages, memo: &cache.plans)
        var report = RebuildReport(outcome: .success, diagnostics: Diagnostics(), changedPaths: [], renderedPages: 0,
                                   seconds: 0, timings: [("search index", made.seconds)])
        let writing = Date()
        // Only the index's files can differ from the plan written: the rest of it is the same values.
        let alignment = PlanAlignment(old: written.pages, new: pages)
        let changed = made.ranges.flatMap { range in
            range.filter { alignment.oldInput(for: pages[$0], at: $0) != pages[$0].input }.map { pages[$0] }
        }
        let result = SiteWriting.write(changed, renderer: renderer, to: written.sync, removing: alignment.vanished)
        report.timings.append(("render and write", Date().timeIntervalSince(writing)))
        settle(result, pages: pages, templateGeneration: written.templateGeneration, sync: written.sync, into: &report)
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Takes in `changes` and rebuilds; nil when none of them can change the site (editor scratch files).
    /// The caches forget what a change can make stale; which pages to render is the plan's to say.
    public mutating func rebuild(after changes: [FileChange]) -> RebuildReport? {
        var relevant = false
        for change in changes {
            switch change.kind {
            case .ignored:
                continue
            case .briefing(let name):
                cache.parsed.forget(change.path, in: request.contentDirectory)
                // A translation (`x.fr`) is its original's words over its facts: both change it.
                let slug = LanguageCode.split(name)?.base ?? name
                cache.annotations.forgetBriefing(slug)
                for code in cache.languageAnnotations.keys { cache.languageAnnotations[code]?.forgetBriefing(slug) }
            case .glossaryEntry, .sources, .siteSettings:
                cache.parsed.forget(change.path, in: request.contentDirectory)
                cache.annotations.forgetAll()
                cache.languageAnnotations = [:]
            case .template, .templateAsset:
                cache.forgetTemplates()
            case .contentAsset:
                // A new or removed asset changes which image links resolve, and an edited image its
                // size: the loader reads the file's size again, every body may change.
                cache.parsed.forget(change.path, in: request.contentDirectory)
                cache.annotations.forgetAll()
                cache.languageAnnotations = [:]
            case .staticFile, .unreadFile:
                break
            case .unknown:
                cache.forgetAll()
            }
            relevant = true
        }
        return relevant ? rebuild() : nil
    }

    private mutating func rebuild() -> RebuildReport {
        let started = Date()
        if let date = today?(), date != request.options.now {
            // Which briefings are scheduled may have changed anywhere: the annotation cache sees the
            // new date and forgets, and the plan says which pages differ.
            request.options.now = date
        }
        var report = rebuildTimed()
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    private mutating func rebuildTimed() -> RebuildReport {
        var planned = SiteBuilder(fileSystem: fileSystem).plan(request, cache: &cache,
                                                               defersSearch: defersSearch && written != nil)
        // A one-off build has no next build to reuse the caches for: the parsed documents, the
        // annotations and the plan's memos are let go before the pages are rendered (the pages'
        // inputs keep what they show), freed on another thread while the pages render (freeing the
        // search memo alone was 2 % of a build, on one core while the other waited).
        if !keepsDigests {
            // Swapped out, not copied: the caches' last reference goes with them.
            let dropped = HandOff(BuildCache())
            swap(&dropped.value, &cache)
            DispatchQueue.global(qos: .utility).async { dropped.value = BuildCache() }
        }
        var report = RebuildReport(outcome: .success, diagnostics: planned.diagnostics, changedPaths: [], renderedPages: 0,
                                   seconds: 0, timings: planned.timings)
        // Taken out of the plan: a one-off build lets the pages go once written (`SearchMadeLast`).
        guard var pages = planned.pages.take(), let renderer = planned.renderer else {
            report.outcome = .contentErrors
            return report
        }
        let writing = Date()
        let result: SiteWriting.Result
        let sync: OutputSync
        // The plan the folder now holds, for the next rebuild to compare with; nil when its pages
        // were let go (the next build writes a fresh folder).
        let kept: [Page]?
        // How long the index made after the other pages took (`SearchMadeLast`).
        var searchMadeLastSeconds: Double?
        if let written {
            // Pages whose input is unchanged are skipped; copies do not depend on the templates.
            let sameTemplates = written.templateGeneration == planned.templateGeneration
            let alignment = PlanAlignment(old: written.pages, new: pages)
            let changed = pages.indices.filter { index in
                let page = pages[index]
                guard let before = alignment.oldInput(for: page, at: index),
                      before.isSameStorage(as: page.input) || before == page.input else { return true }
                switch page.input {
                case .copy, .bytes: return false
                default: return !sameTemplates
                }
            }.map { pages[$0] }
            let vanished = alignment.vanished
            sync = written.sync
            result = SiteWriting.write(changed, renderer: renderer, to: sync, removing: vanished)
            kept = pages
        } else {
            if let problem = OutputFolderGuard.problem(output: request.outputDirectory, content: request.contentDirectory,
                                                       templates: request.templatesDirectory) {
                report.outcome = .environmentError(problem)
                return report
            }
            let writer: OutputWriter
            do { writer = try OutputWriter(outputDirectory: request.outputDirectory, keepsDigests: keepsDigests) } catch {
                report.outcome = .environmentError("\(error)")
                return report
            }
            // Its only copy: each index's documents are let go once indexed.
            var later = planned.searchMadeLast
            planned.searchMadeLast = []
            if later.isEmpty {
                result = SiteWriting.write(pages, renderer: renderer, to: writer, removing: [])
                kept = pages
            } else {
                pages = SearchMadeLast.withoutStandIns(pages, later)
                result = SiteWriting.write(consume pages, renderer: renderer, to: writer, removing: []) {
                    let made = later.indices.map { later[$0].makePages() }
                    searchMadeLastSeconds = made.reduce(0) { $0 + $1.seconds }
                    return made.flatMap(\.pages)
                }
                kept = nil
            }
            sync = OutputSync(outputDirectory: writer.outputDirectory, digests: writer.digests, gate: gate)
        }
        report.timings.append(("render and write", Date().timeIntervalSince(writing)))
        if let searchMadeLastSeconds { report.timings.append(("of which the search index", searchMadeLastSeconds)) }
        settle(result, pages: kept, templateGeneration: planned.templateGeneration, sync: sync, into: &report)
        if report.outcome == .success {
            // Supersedes an index left before and not made yet: this plan kept the same stand-ins,
            // or made the index itself.
            deferredSearch = planned.deferredSearch.isEmpty ? nil : (planned.deferredSearch, renderer)
        }
        report.searchFollows = deferredSearch != nil
        return report
    }

    /// Records what writing `pages` did in `report`, and the folder as it now is: the written plan on
    /// success; a folder to write afresh next time when it may be half updated, or when the written
    /// plan was not kept (nil `pages`).
    private mutating func settle(_ result: SiteWriting.Result, pages: [Page]?, templateGeneration: Int, sync: OutputSync,
                                 into report: inout RebuildReport) {
        report.changedPaths = result.changedPaths
        report.renderedPages = result.renderedPages
        for name in result.missingTemplates {
            report.diagnostics.error(PageRendering.missing(name), at: PageRendering.location(name, request))
        }
        if !result.missingTemplates.isEmpty {
            report.outcome = .contentErrors
            if self.written != nil { self.written = nil }
            deferredSearch = nil
        } else if let failure = result.failure {
            // The folder may be half updated: start again from a full build next time.
            report.outcome = .environmentError(failure)
            self.written = nil
            deferredSearch = nil
        } else {
            let last = HandOff(self.written.take())
            self.written = pages.map { WrittenSite(pages: $0, templateGeneration: templateGeneration, sync: sync) }
            // The last plan's pages that this one does not share (listings, search files) are freed
            // on another thread: a preview's reload need not wait for thousands of frees.
            DispatchQueue.global(qos: .utility).async { last.value = nil }
        }
    }
}
