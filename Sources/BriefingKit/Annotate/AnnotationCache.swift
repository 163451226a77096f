/// Each body's annotation from an earlier build, so that a rebuild re-annotates only what a change
/// can affect. A body's annotation depends on the body itself and on the site-wide context
/// (glossary, sources, settings, content assets, options), never on another briefing: so a changed
/// briefing forgets its own entry, and any change to that context forgets everything (settings,
/// assets and options are compared here; glossary and sources changes are the caller's to report).
public struct AnnotationCache: Sendable {
    var briefings: [String: (briefing: AnnotatedBriefing, part: Annotator.Part)] = [:]
    var glossary: [String: (entry: AnnotatedGlossaryEntry, part: Annotator.Part)] = [:]
    /// What the sources' notes link to (they change only with sources.yaml or the glossary).
    var sourceNotes: (findings: InlineMarkdown.Findings, html: [String: LinkedHTML])?
    /// The last backlink index, to replace only the re-annotated briefings' groups in it.
    var backlinks: Backlinks?
    /// Which sources are cited, counted per briefing.
    var citedSources: CitedSources?
    /// The lookups every body's annotation reads (glossary, sources, settings, assets).
    var shared: SharedContext?
    private var context: Context?

    private struct Context: Equatable {
        var config: SiteConfig
        var assets: [String]
        var includeDrafts: Bool
        var portable: Bool
        // Which briefings are published (and the rebuilt backlinks with them) changes with these.
        var now: PartialDate
        var includeFuture: Bool
        var marksScheduled: Bool
        /// The words the bodies' own marks print (verdicts, the footnotes' heading).
        var words: InterfaceText
    }

    public init() {}

    /// Forgets the briefing with `slug` (changed, added or removed).
    public mutating func forgetBriefing(_ slug: String) {
        briefings[slug] = nil
    }

    /// Forgets every body: the glossary, the sources or anything else site-wide changed.
    public mutating func forgetAll() {
        briefings = [:]
        glossary = [:]
        sourceNotes = nil
        backlinks = nil
        citedSources = nil
        shared = nil
    }


    mutating func validate(config: SiteConfig, assets: [String], options: BuildOptions, words: InterfaceText) {
        let current = Context(config: config, assets: assets, includeDrafts: options.includeDrafts,
                              portable: options.portable, now: options.now, includeFuture: options.includeFuture,
                              marksScheduled: options.marksScheduled, words: words)
        if current != context { forgetAll() }
        context = current
    }
}
