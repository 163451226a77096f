/// Options that change what the annotator resolves, not what it checks.
public struct BuildOptions: Sendable {
    public var includeDrafts: Bool
    public var portable: Bool
    public var baseURL: String?

    public init(includeDrafts: Bool = false, portable: Bool = false, baseURL: String? = nil) {
        self.includeDrafts = includeDrafts
        self.portable = portable
        self.baseURL = baseURL
    }
}

/// Site → AnnotatedSite: parses every body, resolves links and auto-links, numbers claims,
/// and builds the backlink index. Every file is checked, drafts included.
public struct Annotator {
    public init() {}

    public func annotate(_ site: Site, options: BuildOptions) -> (site: AnnotatedSite, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let sources = Dictionary(site.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let glossary = Dictionary(site.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let matcher = GlossaryMatcher(entries: site.glossary.map { (id: $0.id, names: [$0.name] + $0.aliases) })
        let assets = Set(site.assets)

        func context(page: String, claims: [Claim] = [], selfTerm: String? = nil) -> AnnotationContext {
            AnnotationContext(
                claims: Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                sources: sources, glossary: glossary, matcher: matcher, autolink: site.config.autolink,
                selfTermID: selfTerm, links: LinkContext(pagePath: page, portable: options.portable),
                assets: assets, unsafeHTML: site.config.unsafeHTML)
        }

        var briefings: [(briefing: AnnotatedBriefing, annotation: BodyAnnotation)] = []
        for briefing in site.briefings {
            let document = MarkdownDocument(parsing: briefing.body)
            var annotation = BodyAnnotator(context: context(page: "briefings/\(briefing.slug)/", claims: briefing.claims))
                .annotate(document)
            for claim in briefing.claims where annotation.marks[claim.id] == nil {
                annotation.diagnostics.warning("claim '\(claim.id)' is never marked in the text", at: claim.location)
            }
            let claims = numberedClaims(briefing, annotation)
            annotation.anchors.formUnion(briefing.claims.map { "note-\($0.id)" })
            let annotated = AnnotatedBriefing(briefing: briefing, body: document, headings: annotation.headings,
                                              claims: claims, anchors: annotation.anchors)
            briefings.append((annotated, annotation))
        }

        var glossaryEntries: [(entry: AnnotatedGlossaryEntry, annotation: BodyAnnotation)] = []
        for entry in site.glossary {
            let document = MarkdownDocument(parsing: entry.body)
            let annotation = BodyAnnotator(context: context(page: "glossary/\(entry.id)/", selfTerm: entry.id)).annotate(document)
            glossaryEntries.append((AnnotatedGlossaryEntry(entry: entry, body: document), annotation))
        }

        let bySlug = Dictionary(briefings.map { ($0.briefing.briefing.slug, $0.briefing) }, uniquingKeysWith: { first, _ in first })
        let linkPages = briefings.map { ("briefings/\($0.briefing.briefing.slug)/", $0.annotation) }
            + glossaryEntries.map { ("glossary/\($0.entry.entry.id)/", $0.annotation) }
        for (page, annotation) in linkPages {
            diagnostics.append(annotation.diagnostics)
            let links = LinkContext(pagePath: page, portable: options.portable)
            for link in annotation.briefingLinks {
                resolve(link, in: bySlug, links: links, includeDrafts: options.includeDrafts, diagnostics: &diagnostics)
            }
        }

        let inline = InlineMarkdown(sources: sources, glossary: glossary,
                                    briefingAnchors: bySlug.mapValues(\.anchors), unsafeHTML: site.config.unsafeHTML)
        var cited = Set(site.glossary.flatMap { $0.sources.map(\.id) })
        for briefing in site.briefings {
            for claim in briefing.claims {
                cited.formUnion(claim.sources.map(\.id))
                for text in [claim.note, claim.correction].compactMap({ $0 }) {
                    cited.formUnion(citedSources(in: text, inline: inline, diagnostics: &diagnostics))
                }
            }
        }
        for source in site.sources {
            if let note = source.note { cited.formUnion(citedSources(in: note, inline: inline, diagnostics: &diagnostics)) }
        }
        for annotation in briefings.map(\.annotation) + glossaryEntries.map(\.annotation) {
            cited.formUnion(annotation.citations.map(\.source))
        }
        for source in site.sources where !cited.contains(source.id) {
            diagnostics.warning("source '\(source.id)' is never cited", at: source.location)
        }

        let rendered = briefings
            .filter { options.includeDrafts || !$0.briefing.briefing.draft }
            .sorted { a, b in
                let x = a.briefing.briefing, y = b.briefing.briefing
                return x.date != y.date ? x.date > y.date : x.slug < y.slug
            }
        let backlinks = Self.backlinks(rendered.map { ($0.briefing, $0.annotation) }, glossary: site.glossary)
        let annotated = AnnotatedSite(site: site, briefings: rendered.map(\.briefing),
                                      glossary: glossaryEntries.map(\.entry), backlinks: backlinks,
                                      includesDrafts: options.includeDrafts)
        return (annotated, diagnostics)
    }
}
