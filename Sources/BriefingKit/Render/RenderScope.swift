/// Which pages a render makes: every page, or (for the preview server's incremental rebuilds) only
/// the briefing and glossary-entry pages named here, with or without the pages that list briefings,
/// glossary entries or sources (home, tags, glossary index, sources, claims, search, 404, feed,
/// sitemap). A page left out still counts for the sitemap, so the sitemap is the same either way.
public struct RenderScope: Sendable, Equatable {
    /// Slugs of the briefings whose pages are rendered; nil: all of them.
    public var briefings: Set<String>?
    /// Ids of the glossary entries whose pages are rendered; nil: all of them.
    public var glossaryEntries: Set<String>?
    /// Whether the listing pages are rendered (false only when nothing they show changed).
    public var listings: Bool
    /// Whether the sources page is rendered with the listings (false when no "Cited by" changed).
    public var sourcesPage: Bool
    /// What each paginated listing page listed when the output was last written (path → key, see
    /// `PageSink.listingPage`); with `briefings` chosen, a page listing the same, none of them among
    /// those briefings, is left as it is. Nil: every listing page is rendered.
    public var listingKeys: [String: String]?

    public init(briefings: Set<String>? = nil, glossaryEntries: Set<String>? = nil, listings: Bool = true,
                sourcesPage: Bool = true, listingKeys: [String: String]? = nil) {
        self.briefings = briefings
        self.glossaryEntries = glossaryEntries
        self.listings = listings
        self.sourcesPage = sourcesPage
        self.listingKeys = listingKeys
    }

    public static let everything = RenderScope()

    public var isEverything: Bool { briefings == nil && glossaryEntries == nil && listings && sourcesPage }
}

extension Renderer {
    /// The briefings whose pages this render makes; the others are noted for the sitemap only.
    func briefingsInScope(_ output: PageSink) -> [AnnotatedBriefing] {
        guard let chosen = scope.briefings else { return site.briefings }
        return site.briefings.filter { annotated in
            let slug = annotated.briefing.slug
            if chosen.contains(slug) { return true }
            output.notePage("briefings/\(slug)/")
            return false
        }
    }

    /// The glossary entries whose pages this render makes; the others are noted for the sitemap only.
    func entriesInScope(_ output: PageSink) -> [AnnotatedGlossaryEntry] {
        guard let chosen = scope.glossaryEntries else { return site.glossary }
        return site.glossary.filter { annotated in
            let id = annotated.entry.id
            if chosen.contains(id) { return true }
            output.notePage("glossary/\(id)/")
            return false
        }
    }
}
