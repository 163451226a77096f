/// Options that change what the annotator resolves, not what it checks.
public struct BuildOptions: Sendable {
    public var includeDrafts: Bool
    public var portable: Bool
    public var baseURL: String?
    /// Today, for publishing: a briefing dated after it is scheduled (`--now`; the UTC date by default).
    public var now: PartialDate
    /// Scheduled briefings are built too (`build --future`, `serve`).
    public var includeFuture: Bool
    /// Scheduled briefings carry a "Scheduled" badge (`serve`; a `--future` build does not mark them).
    public var marksScheduled: Bool

    public init(includeDrafts: Bool = false, portable: Bool = false, baseURL: String? = nil,
                now: PartialDate = .todayUTC(), includeFuture: Bool = false, marksScheduled: Bool = false) {
        self.includeDrafts = includeDrafts
        self.portable = portable
        self.baseURL = baseURL
        self.now = now
        self.includeFuture = includeFuture
        self.marksScheduled = marksScheduled
    }
}

/// Site → AnnotatedSite: parses every body, resolves links and auto-links, numbers claims,
/// and builds the backlink index. Every file is checked, drafts included. Bodies are annotated
/// in parallel, each rendered by cmark as soon as it is annotated, so no build holds every tree.
public struct Annotator: Sendable {
    /// The interface words of each language, for what bodies print themselves (DESIGN §8).
    public var tables: InterfaceTables

    public init(tables: InterfaceTables = InterfaceTables()) {
        self.tables = tables
    }

    /// One body's result: what the site-wide checks and backlinks need. A class of constants, so
    /// that a rebuild passing a thousand cached results around copies references, not their fields.
    final class Part: Sendable {
        let annotation: BodyAnnotation
        let findings: InlineMarkdown.Findings
        /// A briefing's share of the backlink index, grouped once so that a rebuild only concatenates.
        let backlinks: BacklinkShare
        /// Every source the body, its claims and their notes cite.
        let citedSources: Set<String>

        init(annotation: BodyAnnotation, findings: InlineMarkdown.Findings, backlinks: BacklinkShare = BacklinkShare(),
             citedSources: Set<String> = []) {
            self.annotation = annotation
            self.findings = findings
            self.backlinks = backlinks
            self.citedSources = citedSources
        }
    }

    public func annotate(_ site: Site, options: BuildOptions) -> (site: AnnotatedSite, diagnostics: Diagnostics) {
        var cache = AnnotationCache()
        return annotate(site, options: options, cache: &cache)
    }

    /// `annotate(_:options:)`, taking each body's result from `cache` when it holds one and keeping
    /// every result there. The caller forgets what a change can affect (see `AnnotationCache`).
    func annotate(_ site: Site, options: BuildOptions,
                  cache: inout AnnotationCache) -> (site: AnnotatedSite, diagnostics: Diagnostics) {
        let words = tables.words(for: site.config.language)
        cache.validate(config: site.config, assets: site.assets, options: options, words: words)
        // Built from the glossary, sources, settings and assets only: kept until one of them changes.
        let shared = cache.shared ?? SharedContext(site: site, options: options, words: words)
        cache.shared = shared
        let knownBriefings = cache.briefings, knownEntries = cache.glossary

        let briefings = Parallel.map(site.briefings) { knownBriefings[$0.slug] ?? annotateBriefing($0, shared) }
        let annotatedAfresh = Set(site.briefings.lazy.map(\.slug).filter { knownBriefings[$0] == nil })
        let glossary = Parallel.map(site.glossary) { entry -> (entry: AnnotatedGlossaryEntry, part: Part) in
            if let known = knownEntries[entry.id] { return known }
            let document = MarkdownDocument(parsing: entry.body)
            var plainText = PlainText.of(document)
            var annotation = BodyAnnotator(context: shared.context(page: "glossary/\(entry.id)/", selfTerm: entry.id))
                .annotate(document)
            plainText.footnotes = annotation.footnotes
            LinkCheck.checkFragments(annotation.fragmentLinks, against: annotation.anchors,
                                     page: "this glossary entry's page", into: &annotation.diagnostics)
            let html = document.renderHTML(unsafe: site.config.unsafeHTML)
            let terms = Set(annotation.mentions.map(\.term)).sorted()
            return (AnnotatedGlossaryEntry(entry: entry, bodyHTML: html, linkedTerms: terms, headings: annotation.headings,
                                           plainText: plainText),
                    Part(annotation: annotation, findings: .init()))
        }
        cache.briefings.update(to: briefings.lazy.map { ($0.briefing.briefing.slug, $0) }) { slug, _ in knownBriefings[slug] == nil }
        cache.glossary.update(to: glossary.lazy.map { ($0.entry.entry.id, $0) }) { id, _ in knownEntries[id] == nil }
        let (sourceNotes, sourceNoteHTML) = cache.sourceNotes ?? {
            var findings = InlineMarkdown.Findings()
            var notes: [String: LinkedHTML] = [:]
            for source in site.sources {
                if let note = source.note {
                    let termsBefore = findings.terms.count
                    let html = shared.inline.render(note, links: LinkContext(pagePath: "sources/", portable: options.portable,
                                                                                    language: site.config.languageLinks),
                                                    findings: &findings)
                    if notes[source.id] == nil {
                        notes[source.id] = LinkedHTML(html: html, terms: Array(findings.terms[termsBefore...]))
                    }
                }
            }
            let sourceIDs = Set(site.sources.map { "source-\($0.id)" })
            LinkCheck.checkFragments(findings.fragmentLinks, against: sourceIDs, page: "the sources page",
                                     into: &findings.diagnostics)
            return (findings, notes)
        }()
        cache.sourceNotes = (sourceNotes, sourceNoteHTML)

        let pages = annotatePages(site.pages, shared)
        var diagnostics = Diagnostics()
        let bySlug = Dictionary(briefings.map { ($0.briefing.briefing.slug, $0.briefing) }, uniquingKeysWith: { first, _ in first })
        let parts = briefings.map(\.part) + glossary.map(\.part) + pages.map(\.part)
            + [Part(annotation: BodyAnnotation(), findings: sourceNotes)]
        for part in parts {
            diagnostics.append(part.annotation.diagnostics)
            diagnostics.append(part.findings.diagnostics)
            for link in part.annotation.briefingLinks + part.findings.briefingLinks {
                if site.unreadable.briefings.contains(link.slug) { continue }
                // A briefing not translated into this language is linked in the default language.
                if site.config.languageLinks.untranslatedBriefings.contains(link.slug) { continue }
                check(link, in: bySlug, options: options, diagnostics: &diagnostics)
            }
        }
        let cited = citedSources(known: cache.citedSources, briefings: briefings, annotatedAfresh: annotatedAfresh,
                                 glossary: site.glossary, sources: site.sources, glossaryParts: glossary.map(\.part) + pages.map(\.part), sourceNotes: sourceNotes)
        cache.citedSources = cited
        // With a briefing or entry unread, its citations are unknown: "never cited" could be false.
        // By index: 2,000 sources taken out one by one were copied field by field at every rebuild.
        for index in site.sources.indices where !cited.isCited(site.sources[index].id) && !site.unreadable.hidesCitations {
            diagnostics.warning("source '\(site.sources[index].id)' is never cited", at: site.sources[index].location)
        }

        let rendered = briefings
            .filter { options.publishes($0.briefing.briefing) }
            .sorted { a, b in
                let x = a.briefing.briefing, y = b.briefing.briefing
                return x.date != y.date ? x.date > y.date : x.slug < y.slug
            }
        let shares = rendered.map { (slug: $0.briefing.briefing.slug, share: $0.part.backlinks) }
        let backlinks = cache.backlinks?.replacing(annotatedAfresh, from: shares)
            ?? Backlinks(rendered: shares, glossary: site.glossary)
        cache.backlinks = backlinks
        let annotated = AnnotatedSite(site: site, briefings: rendered.map(\.briefing), glossary: glossary.map(\.entry),
                                      backlinks: backlinks, includesDrafts: options.includeDrafts,
                                      pages: pages.map(\.page), sourceNotes: sourceNoteHTML)
        return (annotated, diagnostics)
    }

    /// `known` with the briefings annotated afresh counted anew and the removed ones left out;
    /// counted from scratch when there is no `known`.
    private func citedSources(known: CitedSources?, briefings: [(briefing: AnnotatedBriefing, part: Part)],
                              annotatedAfresh: Set<String>, glossary: [GlossaryEntry], sources: [Source], glossaryParts: [Part],
                              sourceNotes: InlineMarkdown.Findings) -> CitedSources {
        var cited = known ?? {
            var fixed = Set(glossary.flatMap { $0.sources.map(\.id) })
            // A repost's `original` counts as citing the original (DESIGN §7).
            fixed.formUnion(sources.compactMap(\.original?.id))
            fixed.formUnion(sourceNotes.citedSources)
            for part in glossaryParts {
                fixed.formUnion(part.annotation.citations.map(\.source))
                fixed.formUnion(part.findings.citedSources)
            }
            return CitedSources(fixed: fixed)
        }()
        for index in briefings.indices {
            let slug = briefings[index].briefing.briefing.slug
            if known == nil || annotatedAfresh.contains(slug) { cited.set(slug, cites: briefings[index].part.citedSources) }
        }
        cited.keepOnly(briefings.map(\.briefing.briefing.slug))
        return cited
    }

    func annotateBriefing(_ briefing: Briefing, _ shared: SharedContext) -> (briefing: AnnotatedBriefing, part: Part) {
        let page = "briefings/\(briefing.slug)/"
        let document = MarkdownDocument(parsing: briefing.body)
        // Read before annotating: the annotator turns headings and marks into custom nodes.
        var plainText = PlainText.of(document)
        var annotation = BodyAnnotator(context: shared.context(page: page, claims: briefing.claims)).annotate(document)
        plainText.footnotes = annotation.footnotes
        for claim in briefing.claims where annotation.marks[claim.id] == nil && !annotation.claimsInNestedLinks.contains(claim.id) {
            annotation.diagnostics.warning("claim '\(claim.id)' is never marked in the text", at: claim.location)
        }
        var findings = InlineMarkdown.Findings()
        let portable = shared.options.portable
        var claims = numberedClaims(briefing, annotation)
        for index in claims.indices {
            let claim = claims[index].claim
            let termsBefore = findings.terms.count
            claims[index].noteHTML = claim.note.map {
                shared.inline.renderForAnyPage($0, portable: portable, home: briefing.slug, findings: &findings)
            }
            claims[index].correctionHTML = claim.correction.map {
                shared.inline.renderForAnyPage($0, portable: portable, home: briefing.slug, findings: &findings)
            }
            claims[index].historyNotesHTML = claim.history.map { entry in
                entry.note.map { shared.inline.renderForAnyPage($0, portable: portable, home: briefing.slug, findings: &findings) }
            }
            claims[index].linkedTerms = Set(findings.terms[termsBefore...]).sorted()
        }
        // Timeline texts are inline Markdown like notes: their links are checked and count as citations.
        let timeline = briefing.timeline.map { event in
            let termsBefore = findings.terms.count
            let html = shared.inline.renderForAnyPage(event.text, portable: portable, home: briefing.slug, findings: &findings)
            return TimelineText(html: html, plainText: MarkdownDocument(parsing: event.text).rootNode.plainText,
                                linkedTerms: Set(findings.terms[termsBefore...]).sorted())
        }
        let updatesHTML = briefing.updates.map {
            shared.inline.renderForAnyPage($0.text, portable: portable, home: briefing.slug, findings: &findings)
        }
        annotation.anchors.formUnion(briefing.claims.flatMap { claim in
            ["note-\(claim.id)"] + claim.movedFrom.map { "note-\($0.id)" }
        })
        if !briefing.updates.isEmpty {
            annotation.anchors.insert("updates")
            annotation.anchors.formUnion(briefing.updates.indices.map { "update-\($0 + 1)" })
        }
        LinkCheck.checkFragments(annotation.fragmentLinks + findings.fragmentLinks, against: annotation.anchors,
                                 page: "this briefing's page", into: &annotation.diagnostics)
        let html = document.renderHTML(unsafe: shared.config.unsafeHTML)
        var claimPlainText: [String: String] = [:]
        for claim in briefing.claims {
            let parts = [claim.note, claim.correction].compactMap { $0.map(PlainText.inline) }
            if !parts.isEmpty { claimPlainText[claim.id] = parts.joined(separator: "\n") }
        }
        let linkedTerms = Set(annotation.mentions.map(\.term)).union(findings.terms).sorted()
        let annotated = AnnotatedBriefing(briefing: briefing, bodyHTML: html, headings: annotation.headings,
                                          claims: claims, anchors: annotation.anchors, linkedTerms: linkedTerms,
                                          timeline: timeline, updatesHTML: updatesHTML,
                                          plainText: plainText, claimPlainText: claimPlainText)
        var cited = Set(briefing.claims.flatMap { $0.sources.map(\.id) + $0.appearance.map(\.id) })
        if let reviews = briefing.reviews { cited.insert(reviews.id) }
        cited.formUnion(annotation.citations.map(\.source))
        cited.formUnion(findings.citedSources)
        return (annotated, Part(annotation: annotation, findings: findings,
                                backlinks: BacklinkShare(annotated, annotation), citedSources: cited))
    }
}

/// What every body's annotation reads: lookups built once per build.
struct SharedContext: Sendable {
    let config: SiteConfig
    let options: BuildOptions
    let sources: [String: Source]
    let glossary: [String: GlossaryEntry]
    var matcher: GlossaryMatcher
    let words: InterfaceText
    let assets: Set<String>
    var inline: InlineMarkdown
    let unreadable: UnreadableContent
    let imageSizes: [String: ImageSize]

    init(site: Site, options: BuildOptions, words: InterfaceText = .english) {
        self.words = words
        config = site.config
        self.options = options
        sources = Dictionary(site.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        glossary = Dictionary(site.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        matcher = GlossaryMatcher(entries: site.glossary.map { (id: $0.id, names: [$0.name] + $0.aliases) })
        let languageBase = site.config.language.split(separator: "-").first.map(String.init) ?? site.config.language
        matcher.matchesWordStart = GlossaryMatcher.particleLanguages.contains(languageBase)
        assets = Set(site.assets)
        unreadable = site.unreadable
        imageSizes = site.imageSizes
        inline = InlineMarkdown(sources: sources, glossary: glossary, unsafeHTML: site.config.unsafeHTML, assets: assets,
                                unreadable: site.unreadable, imageSizes: site.imageSizes)
        inline.language = site.config.languageLinks
    }

    func context(page: String, claims: [Claim] = [], selfTerm: String? = nil) -> AnnotationContext {
        AnnotationContext(
            claims: Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            sources: sources, glossary: glossary, matcher: matcher, autolink: config.autolink,
            selfTermID: selfTerm, links: LinkContext(pagePath: page, portable: options.portable, language: config.languageLinks),
            assets: assets, unsafeHTML: config.unsafeHTML, unreadable: unreadable,
            imageSizes: imageSizes, words: words)
    }
}
