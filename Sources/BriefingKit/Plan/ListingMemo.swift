/// The glossary entry pages and the sources page of the last plan, each with what it was made
/// from: a preview rebuild after an edit that leaves that unchanged (a paragraph, a verdict)
/// reuses them instead of making every entry page, and a page listing every source with what
/// cites it, again. Kept pages are the very same values, so comparing them with the pages
/// written last takes no time either (`PageInput.isSameStorage`).
struct ListingMemo: Sendable {
    var entryPages: (key: EntryPagesKey, pages: [Page])?
    var sourcesPage: (key: SourcesPageKey, page: Page)?
    /// Which of the two the last plan made afresh (for tests of the memo).
    var madeEntryPages = false, madeSourcesPage = false
}

/// Everything the glossary entry pages are made from (`PlanViews.entryPage`): the entries, the
/// briefings' mentions and titles, and the timelines of the briefings that have one.
struct EntryPagesKey: Equatable, Sendable {
    /// `PlanMemo.dependenciesGeneration`: the settings, words, sources and cards are the same while it is.
    var dependencies: Int
    var entries: [AnnotatedGlossaryEntry]
    var glossary: [GlossaryEntry]
    var mentions: [String: [[Backlinks.Mention]]]
    var titles: [String: String]
    var timelines: [TimelineShare]
}

/// Everything the sources page is made from (`PlanViews.sourcesPage`).
struct SourcesPageKey: Equatable, Sendable {
    var dependencies: Int
    var sources: [Source]
    var sourceNotes: [String: LinkedHTML]
    var citations: [String: [[Backlinks.Citation]]]
    var glossarySources: [String: [String]]
    var glossary: [GlossaryEntry]
    var titles: [String: String]
}

/// What an entry page shows of a briefing with a `timeline:`: its events, their texts, and the
/// claims they may stand for.
struct TimelineShare: Equatable, Sendable {
    var slug: String
    var title: String
    var events: [TimelineEvent]
    var texts: [TimelineText]
    var claims: [ClaimView]
}

extension PlanViews {
    func entryPagesKey(_ entries: [AnnotatedGlossaryEntry]) -> EntryPagesKey {
        let timelines = site.briefings.indices.compactMap { index -> TimelineShare? in
            let annotated = site.briefings[index]
            guard !annotated.briefing.timeline.isEmpty else { return nil }
            return TimelineShare(slug: annotated.briefing.slug, title: annotated.briefing.title,
                                 events: annotated.briefing.timeline, texts: annotated.timeline,
                                 claims: claims(annotated))
        }
        return EntryPagesKey(dependencies: dependenciesGeneration, entries: entries, glossary: site.site.glossary,
                             mentions: site.backlinks.mentions, titles: briefingTitles, timelines: timelines)
    }

    func sourcesPageKey() -> SourcesPageKey {
        SourcesPageKey(dependencies: dependenciesGeneration, sources: site.site.sources, sourceNotes: site.sourceNotes,
                       citations: site.backlinks.citations, glossarySources: site.backlinks.glossarySources,
                       glossary: site.site.glossary, titles: briefingTitles)
    }
}

extension Planner {
    /// The glossary entry pages and the listings, in plan order, made on every core (a preview's
    /// rebuild waits for them: they depend on the site, not on each other); the entry pages and the
    /// sources page are the memo's while what they are made from is unchanged.
    static func listingPages(_ views: PlanViews, entries: [AnnotatedGlossaryEntry], memo: inout ListingMemo) -> [Page] {
        let entriesKey = views.entryPagesKey(entries), sourcesKey = views.sourcesPageKey()
        let keptEntries = memo.entryPages.flatMap { $0.key == entriesKey ? $0.pages : nil }
        let keptSources = memo.sourcesPage.flatMap { $0.key == sourcesKey ? $0.page : nil }
        let entryWork = keptEntries != nil ? []
            : entries.map { entry -> @Sendable (PlanViews) -> [Page] in { [$0.entryPage(entry)] } }
        let sources: @Sendable (PlanViews) -> [Page] = { views in keptSources.map { [$0] } ?? [views.sourcesPage()] }
        let listings: [@Sendable (PlanViews) -> [Page]] = [
            { [$0.glossaryIndex()] }, { $0.homePages() }, sources, { $0.claimPages() }, { $0.tagPages() },
            { [$0.timelinePage()] },
        ]
        let made = Parallel.map(entryWork + listings) { $0(views) }
        let entryPages = keptEntries ?? made.prefix(entryWork.count).flatMap { $0 }
        let listed = made.dropFirst(entryWork.count).flatMap { $0 }
        let sourcesPage = made[entryWork.count + 2][0]  // the third listing: one page
        memo.entryPages = (entriesKey, entryPages)
        memo.sourcesPage = (sourcesKey, sourcesPage)
        memo.madeEntryPages = keptEntries == nil
        memo.madeSourcesPage = keptSources == nil
        return entryPages + listed
    }
}
