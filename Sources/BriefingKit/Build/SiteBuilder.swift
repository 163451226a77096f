import Dispatch
import Foundation

/// Where a build reads and writes, and how.
public struct BuildRequest: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    public var options: BuildOptions
    /// `--since`: the last published anchors the site must keep.
    public var since: SinceCheck?

    public init(contentDirectory: String = "Content", templatesDirectory: String = "Templates",
                outputDirectory: String = "Public", options: BuildOptions = BuildOptions(), since: SinceCheck? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.options = options
        self.since = since
    }
}

/// What a build or check found and did.
public struct BuildReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The site was written (or, for a check, would be).
        case success
        /// Content errors: nothing was written.
        case contentErrors
        /// The output folder was refused or could not be written: nothing was changed.
        case environmentError(String)
    }

    public var outcome: Outcome
    public var diagnostics: Diagnostics
    public var filesWritten: Int
    /// Each stage's name and how long it took, in order.
    public var timings: [(stage: String, seconds: Double)]
}

/// The site planned: every page with its input, and the renderer for them; nil pages when a
/// diagnostic is an error.
struct PlannedSite {
    var pages: [Page]?
    var renderer: PageRenderer?
    /// Which load of the templates the renderer uses (see `BuildCache.Templates.generation`).
    var templateGeneration: Int
    var diagnostics: Diagnostics
    var timings: [(stage: String, seconds: Double)]
    /// The search indexes the plan left for later (`plan(_:cache:defersSearch:)`).
    var deferredSearch: [DeferredSearch] = []
    /// The search indexes a one-off build makes after writing every other page (`SearchMadeLast`).
    var searchMadeLast: [SearchMadeLast] = []
}

/// The pipeline of DESIGN §5 end to end: ContentLoader → Annotator → Planner → PageRenderer →
/// OutputWriter. `build` is the first build of an `IncrementalBuilder`; `check` stops after planning.
public struct SiteBuilder {
    let fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    /// Builds the site into `request.outputDirectory`, replacing it only when there is no error.
    public func build(_ request: BuildRequest) -> BuildReport {
        var builder = IncrementalBuilder(request: request, fileSystem: fileSystem)
        let report = builder.build()
        // Whatever the builder still holds is freed on another thread: the caller, whose next step is
        // to report and exit, need not wait for it. A one-off build has let its pages go as they were
        // written (`SearchMadeLast`); when a static file in a `search/` folder kept the index in the
        // plan, the written plan is still here (13,000 frees on one core were a thirtieth of a build
        // of 1,000 briefings in perf).
        let written = HandOff(Optional(consume builder))
        DispatchQueue.global(qos: .utility).async { written.value = nil }
        return BuildReport(outcome: report.outcome, diagnostics: report.diagnostics, filesWritten: report.changedPaths.count,
                           timings: report.timings)
    }

    /// Every diagnostic a build would report, writing nothing.
    public func check(_ request: BuildRequest) -> BuildReport {
        var cache = BuildCache()
        cache.keepsForNextBuild = false
        let planned = plan(request, cache: &cache)
        return BuildReport(outcome: planned.pages == nil ? .contentErrors : .success, diagnostics: planned.diagnostics,
                           filesWritten: 0, timings: planned.timings)
    }

    /// Loads, annotates, plans and renders every page, handing each file to `emit` (for tests).
    func run(_ request: BuildRequest, emit: @escaping @Sendable (OutputFile) -> Void) -> BuildReport {
        var cache = BuildCache()
        let planned = plan(request, cache: &cache)
        guard let pages = planned.pages, let renderer = planned.renderer else {
            return BuildReport(outcome: .contentErrors, diagnostics: planned.diagnostics, filesWritten: 0, timings: planned.timings)
        }
        var diagnostics = planned.diagnostics
        let missing = Locked<Set<String>>([])
        PageRendering.each(pages, renderer: renderer) { page, output, bytes in
            switch output {
            case .rendered: emit(OutputFile(path: page.path, contents: .bytes(bytes)))
            case .copy(let source): emit(OutputFile(path: page.path, contents: .copy(from: source)))
            case .missingTemplate(let name): missing.withLock { _ = $0.insert(name) }
            }
        }
        for name in missing.current.sorted() { diagnostics.error(PageRendering.missing(name), at: PageRendering.location(name, request)) }
        return BuildReport(outcome: diagnostics.hasErrors ? .contentErrors : .success, diagnostics: diagnostics,
                           filesWritten: pages.count, timings: planned.timings)
    }

    /// Loads the content and templates (reusing what `cache` holds and keeping what this run made),
    /// annotates and plans. Planning runs whatever the other stages found, so collisions are reported
    /// with every other error. With `defersSearch`, an index planned before keeps its last files in
    /// the plan, to be made by `Planner.planDeferredSearch` (the preview's pages first).
    func plan(_ request: BuildRequest, cache: inout BuildCache, defersSearch: Bool = false) -> PlannedSite {
        var timings: [(stage: String, seconds: Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let started = Date()
            let result = work()
            timings.append((stage, Date().timeIntervalSince(started)))
            return result
        }
        var diagnostics = Diagnostics()
        var loaded = timed("load content") {
            ContentLoader(fileSystem: fileSystem).load(contentDirectory: request.contentDirectory, reusing: &cache.parsed)
        }
        diagnostics.append(loaded.diagnostics)
        cache.releaseIfOneBuild(\.parsed, emptied: ParsedContent())
        let templates = timed("load templates") {
            if let known = cache.templates { return known }
            var templateDiagnostics = Diagnostics()
            let loaded = TemplateLoader(fileSystem: fileSystem).load(directory: request.templatesDirectory,
                                                                     diagnostics: &templateDiagnostics)
            cache.templateLoads += 1
            let (tables, tableDiagnostics) = InterfaceTables.load(templatesDirectory: request.templatesDirectory,
                                                                   fileSystem: fileSystem)
            templateDiagnostics.append(tableDiagnostics)
            let templates = BuildCache.Templates(templates: loaded.templates, assets: loaded.assets,
                                                 assetVersions: AssetVersions(loaded.assets, fileSystem: fileSystem),
                                                 diagnostics: templateDiagnostics, tables: tables,
                                                 generation: cache.templateLoads,
                                                 renderer: PageRenderer(templates: loaded.templates, tables: tables,
                                                                        keepsClaims: cache.keepsRenderedClaims))
            cache.templates = templates
            return templates
        }
        diagnostics.append(templates.diagnostics)
        diagnostics.append(templates.tables.missingLanguages(of: loaded.site.config,
                                                             siteFile: request.contentDirectory + "/site.yaml"))
        var annotated = timed("annotate") {
            Annotator(tables: templates.tables).annotate(loaded.site, options: request.options, cache: &cache.annotations)
        }
        diagnostics.append(annotated.diagnostics)
        let languages = timed("annotate translations") {
            annotateLanguages(loaded.site, request: request, tables: templates.tables, cache: &cache)
        }
        diagnostics.append(languages.diagnostics)
        cache.releaseIfOneBuild(\.annotations, emptied: AnnotationCache())
        cache.releaseIfOneBuild(\.languageAnnotations, emptied: [:])
        if !cache.keepsForNextBuild {
            // Nothing after annotation reads a briefing's Markdown: a one-off build lets it go before
            // planning (its peak), the loaded site's copy first so that the annotated one is the last.
            loaded.site.briefings = []
            annotated.site.releaseBriefingBodies()
        }
        let plan = timed("plan") {
            Planner(templateAssets: templates.assets, assetVersions: templates.assetVersions,
                    contentDirectory: request.contentDirectory, options: request.options, tables: templates.tables,
                    defersSearch: defersSearch, keepsSearchMemo: cache.keepsForNextBuild,
                    makesSearchLast: !cache.keepsForNextBuild && !defersSearch)
                .plan(annotated.site, languages: languages.sites, memo: &cache.plans)
        }
        if let since = request.since { diagnostics.append(since.diagnostics(for: plan.pages, site: annotated.site)) }
        diagnostics.append(plan.diagnostics)
        if plan.deferredSearch.isEmpty && plan.searchMadeLast.isEmpty {
            timings.append(("of which the search index", plan.searchSeconds))
        }
        let failed = diagnostics.hasErrors
        return PlannedSite(pages: failed ? nil : plan.pages,
                           renderer: failed ? nil : templates.renderer,
                           templateGeneration: templates.generation, diagnostics: diagnostics, timings: timings,
                           deferredSearch: failed ? [] : plan.deferredSearch,
                           searchMadeLast: failed ? [] : plan.searchMadeLast)
    }

    /// Each other language's view of the site, annotated with its own cache (DESIGN §8). Only what
    /// is found in that language's own files is reported: everything else the default language's
    /// annotation reported already.
    private func annotateLanguages(_ site: Site, request: BuildRequest, tables: InterfaceTables, cache: inout BuildCache)
        -> (sites: [AnnotatedSite], diagnostics: Diagnostics) {
        var sites: [AnnotatedSite] = []
        var diagnostics = Diagnostics()
        var kept: [String: AnnotationCache] = [:]
        for language in site.config.languages {
            var languageCache = cache.languageAnnotations[language.code] ?? AnnotationCache()
            let languageSite = site.inLanguage(language)
            var found = Diagnostics()
            // Names a language's auto-linking could not tell apart, as in the default language.
            ReferenceValidator().checkNames(languageSite.glossary, into: &found)
            let annotated = Annotator(tables: tables).annotate(languageSite, options: request.options, cache: &languageCache)
            found.append(annotated.diagnostics)
            kept[language.code] = languageCache
            sites.append(annotated.site)
            for diagnostic in found.items where Site.isInTranslation(diagnostic, code: language.code) {
                diagnostics.append(diagnostic)
            }
        }
        cache.languageAnnotations = kept
        return (sites, diagnostics)
    }
}
