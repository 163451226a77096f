import Dispatch

/// What one build keeps for the next (the preview server's rebuilds): each content file as parsed,
/// each body as annotated, each briefing's views as planned, and the templates as loaded. A full build starts from an empty cache.
public struct BuildCache: Sendable {
    /// The templates and their assets as loaded, with the diagnostics loading them gave.
    struct Templates: Sendable {
        var templates: MustacheTemplates
        var assets: [TemplateLoader.Asset]
        /// The assets' content hashes, for their cache-safe addresses.
        var assetVersions = AssetVersions()
        var diagnostics: Diagnostics
        /// The interface words of every language (built in, and `Templates/i18n/`).
        var tables = InterfaceTables()
        /// Counts template loads: pages rendered with other templates must be rendered again.
        var generation: Int
        /// The renderer of these templates and words (made once: every language's words become
        /// template values).
        var renderer: PageRenderer
    }

    public var parsed = ParsedContent()
    public var annotations = AnnotationCache()
    /// Each other language's annotations, by language code.
    public var languageAnnotations: [String: AnnotationCache] = [:]
    /// Each briefing's page input and views from the last plan.
    public var plans = PlanMemo()
    var templates: Templates?
    /// How many times templates were loaded into this cache.
    var templateLoads = 0
    /// Whether renderers made for this cache keep each claim's template fields for the next
    /// rebuild (`PageRenderer(keepsClaims:)`): the preview's do.
    var keepsRenderedClaims = false
    /// False for a one-off build: each stage's cache is let go as soon as the next stage has what it
    /// needs (the parsed files once loaded, the annotations' parts once annotated, the search index's
    /// memo once its files are made), so the peak holds one stage's scratch at a time.
    var keepsForNextBuild = true

    public init() {}

    /// In a one-off build, empties the cache at `part` (its values freed on another thread, while
    /// the build goes on); in a cache kept for the next build, leaves it.
    mutating func releaseIfOneBuild<Part: Sendable>(_ part: WritableKeyPath<BuildCache, Part>, emptied: Part) {
        guard !keepsForNextBuild else { return }
        let dropped = HandOff(emptied)
        swap(&dropped.value, &self[keyPath: part])
        DispatchQueue.global(qos: .utility).async { dropped.value = emptied }
    }

    /// Forgets the templates (a template or a template asset changed).
    public mutating func forgetTemplates() {
        templates = nil
    }

    /// Forgets everything: the next run is a full build.
    public mutating func forgetAll() {
        let loads = templateLoads, keepsClaims = keepsRenderedClaims, keeps = keepsForNextBuild
        self = BuildCache()
        templateLoads = loads
        keepsRenderedClaims = keepsClaims
        keepsForNextBuild = keeps
    }
}
