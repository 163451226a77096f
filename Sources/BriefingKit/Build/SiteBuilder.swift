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
    /// What each paginated listing page rendered lists (`RenderScope.listingKeys`); empty when the
    /// listings were left out.
    var listingKeys: [String: String] = [:]
}

/// The pipeline of DESIGN §5 end to end: ContentLoader → Annotator → Renderer → OutputWriter.
/// `check` is the same without the writer.
public struct SiteBuilder {
    let fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    /// Builds the site into `request.outputDirectory`, replacing it only when there is no error.
    public func build(_ request: BuildRequest) -> BuildReport {
        if let problem = OutputFolderGuard.problem(output: request.outputDirectory, content: request.contentDirectory,
                                                   templates: request.templatesDirectory) {
            return BuildReport(outcome: .environmentError(problem), diagnostics: Diagnostics(), filesWritten: 0, timings: [])
        }
        let writer: OutputWriter
        do {
            writer = try OutputWriter(outputDirectory: request.outputDirectory)
        } catch {
            return BuildReport(outcome: .environmentError("\(error)"), diagnostics: Diagnostics(), filesWritten: 0, timings: [])
        }
        let writeError = Locked<String?>(nil)
        var report = run(request) { file in
            do { try writer.write(file) } catch { writeError.withLock { $0 = $0 ?? "\(error)" } }
        }
        if report.outcome != .success {
            writer.abandon()
            return report
        }
        let started = Date()
        do {
            if let failure = writeError.current { throw OutputWriter.Failure(description: failure) }
            try writer.commit()
        } catch {
            writer.abandon()
            report.outcome = .environmentError("cannot write the output folder: \(error)")
            return report
        }
        report.timings.append(("swap in output", Date().timeIntervalSince(started)))
        report.filesWritten = writer.writtenPaths.count
        return report
    }

    /// Every diagnostic a build would report, writing nothing.
    public func check(_ request: BuildRequest) -> BuildReport {
        run(request) { _ in }
    }

    /// Loads, annotates and renders, handing each output file to `emit`.
    func run(_ request: BuildRequest, emit: @escaping @Sendable (OutputFile) -> Void) -> BuildReport {
        var cache = BuildCache()
        return run(request, cache: &cache, scope: { _ in .everything }, emit: emit)
    }

    /// `run(_:emit:)` reusing what `cache` holds from an earlier run (and keeping this run's results
    /// there), rendering only the pages `scope` chooses once the site is annotated.
    func run(_ request: BuildRequest, cache: inout BuildCache, scope: (AnnotatedSite) -> RenderScope,
             emit: @escaping @Sendable (OutputFile) -> Void) -> BuildReport {
        var timings: [(String, Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let started = Date()
            let result = work()
            timings.append((stage, Date().timeIntervalSince(started)))
            return result
        }
        var diagnostics = Diagnostics()
        let loaded = timed("load content") {
            ContentLoader(fileSystem: fileSystem).load(contentDirectory: request.contentDirectory, reusing: &cache.parsed)
        }
        diagnostics.append(loaded.diagnostics)
        let templates = timed("load templates") {
            if let known = cache.templates { return known }
            var templateDiagnostics = Diagnostics()
            let loaded = TemplateLoader(fileSystem: fileSystem).load(directory: request.templatesDirectory,
                                                                     diagnostics: &templateDiagnostics)
            let templates = BuildCache.Templates(templates: loaded.templates, assets: loaded.assets,
                                                 assetVersions: AssetVersions(loaded.assets, fileSystem: fileSystem),
                                                 diagnostics: templateDiagnostics)
            cache.templates = templates
            return templates
        }
        diagnostics.append(templates.diagnostics)
        let annotated = timed("annotate") {
            Annotator().annotate(loaded.site, options: request.options, cache: &cache.annotations)
        }
        diagnostics.append(annotated.diagnostics)
        if let since = request.since { diagnostics.append(since.diagnostics(for: annotated.site)) }
        guard !diagnostics.hasErrors else {
            return BuildReport(outcome: .contentErrors, diagnostics: diagnostics, filesWritten: 0, timings: timings)
        }
        let generated = Locked<Set<String>>([])
        var renderer = Renderer(site: annotated.site, templates: templates.templates, options: request.options,
                                templatesDirectory: request.templatesDirectory)
        renderer.scope = scope(annotated.site)
        renderer.assetVersions = templates.assetVersions
        let rendered = timed("render") {
            renderer.renderKeepingListingKeys { file in
                generated.withLock { _ = $0.insert(file.path) }
                emit(file)
            }
        }
        diagnostics.append(rendered.diagnostics)
        timed("copy assets") {
            for asset in templates.assets {
                emit(OutputFile(path: "assets/" + asset.path, contents: asset.contents))
                generated.withLock { _ = $0.insert("assets/" + asset.path) }
            }
            for asset in loaded.site.assets {
                emit(OutputFile(path: "assets/content/" + asset,
                                contents: .copy(from: "\(request.contentDirectory)/assets/\(asset)")))
                generated.withLock { _ = $0.insert("assets/content/" + asset) }
            }
            for file in loaded.site.staticFiles {
                if generated.current.contains(file) || file == OutputWriter.markerName {
                    diagnostics.error("static file '\(file)' collides with a file the build generates",
                                      at: SourceLocation(file: "\(request.contentDirectory)/static/\(file)", line: 1))
                } else {
                    emit(OutputFile(path: file, contents: .copy(from: "\(request.contentDirectory)/static/\(file)")))
                }
            }
        }
        let outcome: BuildReport.Outcome = diagnostics.hasErrors ? .contentErrors : .success
        return BuildReport(outcome: outcome, diagnostics: diagnostics, filesWritten: 0, timings: timings,
                           listingKeys: rendered.listingKeys)
    }
}
