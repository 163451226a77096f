/// The pages that list the site (glossary entry pages, glossary index, home, sources, claims, tag
/// and timeline pages) of the last plan, each kind with a key of everything it is made from: a
/// preview rebuild after an edit that leaves a key unchanged (a paragraph leaves them all; a
/// verdict, the entry pages and the sources page) reuses those pages instead of making 300 entry
/// pages, or a page of every source with what cites it, again. Kept pages are the very same
/// values, so comparing them with the pages written last takes no time either
/// (`PageInput.isSameStorage`). A key reads only what its pages read: the views a plan shares, and
/// the parts of the annotated site the listing code looks at.
struct ListingMemo: Sendable {
    struct Slot: Sendable {
        var key: ListingKey
        var pages: [Page]
    }

    var slots: [Listing: Slot] = [:]
    /// The listings the last plan made afresh (for tests of the memo).
    var madeLastPlan: Set<Listing> = []
}

/// The kinds of listing pages, in plan order.
enum Listing: CaseIterable, Sendable {
    case entries, glossaryIndex, home, sources, claims, tags, timeline
}

/// What one kind of listing is made from (besides `PlanViews.dependencies`, whose count of changes
/// each key holds: the settings, words, sources and cards are the same while it is).
enum ListingKey: Equatable, Sendable {
    /// The entry pages: the entries, the briefings' mentions and titles, the timelines naming them.
    case entries(dependencies: Int, entries: [AnnotatedGlossaryEntry], glossary: [GlossaryEntry],
                 mentions: [String: [[Backlinks.Mention]]], titles: BriefingViewsKey, timelines: [TimelineShare])
    case glossaryIndex(dependencies: Int, entries: [GlossaryEntry])
    /// The home and tag pages: the briefings' summaries, in listing order.
    case summaries(dependencies: Int, BriefingViewsKey)
    case sources(dependencies: Int, sources: [Source], notes: [String: LinkedHTML],
                 citations: [String: [[Backlinks.Citation]]], glossarySources: [String: [String]],
                 glossary: [GlossaryEntry], titles: BriefingViewsKey)
    /// The claims pages: each briefing's claims and the entries their notes link, in listing order.
    case claims(dependencies: Int, BriefingViewsKey)
    case timeline(dependencies: Int, timelines: [TimelineShare], glossary: [GlossaryEntry])
}

/// The briefings' views in listing order, as one listing reads them: equal when each briefing's
/// views are the same object (kept by the plan memo), or show the same in `part`. Made of the plan's
/// own array, so making and comparing one costs a pointer per briefing.
struct BriefingViewsKey: Equatable, Sendable {
    enum Part: Sendable {
        /// Slug and title (backlinks name the briefing).
        case title
        /// The summary (home and tag pages).
        case summary
        /// The claims and the entries their notes link (claims pages).
        case claims
    }

    let part: Part
    let views: [BriefingViews]

    static func == (a: BriefingViewsKey, b: BriefingViewsKey) -> Bool {
        guard a.views.count == b.views.count else { return false }
        for (x, y) in zip(a.views, b.views) where x !== y {
            switch a.part {
            case .title: if x.summary.slug != y.summary.slug || x.summary.title != y.summary.title { return false }
            case .summary: if x.summary != y.summary { return false }
            case .claims: if x.claims != y.claims || x.claimTerms != y.claimTerms { return false }
            }
        }
        return true
    }
}

/// What a listing shows of a briefing with a `timeline:`: its events, their texts, and the claims
/// they may stand for.
struct TimelineShare: Equatable, Sendable {
    var slug: String
    var title: String
    var events: [TimelineEvent]
    var texts: [TimelineText]
    var claims: [ClaimView]
}

extension PlanViews {
    func key(of listing: Listing, entries: [AnnotatedGlossaryEntry], timelines: [TimelineShare]) -> ListingKey {
        let generation = dependenciesGeneration, glossary = site.site.glossary
        switch listing {
        case .entries:
            return .entries(dependencies: generation, entries: entries, glossary: glossary,
                            mentions: site.backlinks.mentions, titles: BriefingViewsKey(part: .title, views: briefingViews),
                            timelines: timelines)
        case .glossaryIndex:
            return .glossaryIndex(dependencies: generation, entries: site.glossary.map(\.entry))
        case .home, .tags:
            return .summaries(dependencies: generation, BriefingViewsKey(part: .summary, views: briefingViews))
        case .sources:
            return .sources(dependencies: generation, sources: site.site.sources, notes: site.sourceNotes,
                            citations: site.backlinks.citations, glossarySources: site.backlinks.glossarySources,
                            glossary: glossary, titles: BriefingViewsKey(part: .title, views: briefingViews))
        case .claims:
            return .claims(dependencies: generation, BriefingViewsKey(part: .claims, views: briefingViews))
        case .timeline:
            return .timeline(dependencies: generation, timelines: timelines, glossary: glossary)
        }
    }

    /// Every briefing with a `timeline:`, in listing order, as listings show it.
    func timelineShares() -> [TimelineShare] {
        site.briefings.compactMap { annotated in
            annotated.briefing.timeline.isEmpty ? nil
                : TimelineShare(slug: annotated.briefing.slug, title: annotated.briefing.title,
                                events: annotated.briefing.timeline, texts: annotated.timeline, claims: claims(annotated))
        }
    }

    /// The pages of `listing` but the entry pages (made one entry at a time, to share the cores).
    func pages(of listing: Listing) -> [Page] {
        switch listing {
        case .entries: []
        case .glossaryIndex: [glossaryIndex()]
        case .home: homePages()
        case .sources: [sourcesPage()]
        case .claims: claimPages()
        case .tags: tagPages()
        case .timeline: [timelinePage()]
        }
    }
}

extension Planner {
    /// The glossary entry pages and the listings, in plan order, made on every core (a preview's
    /// rebuild waits for them: they depend on the site, not on each other), but those `memo` holds
    /// with the same key.
    static func listingPages(_ views: PlanViews, entries: [AnnotatedGlossaryEntry], memo: inout ListingMemo) -> [Page] {
        let timelines = views.timelineShares()
        let keys = Listing.allCases.map { (listing: $0, key: views.key(of: $0, entries: entries, timelines: timelines)) }
        var pages: [Listing: [Page]] = [:]
        var work: [(listing: Listing, make: @Sendable (PlanViews) -> [Page])] = []
        for (listing, key) in keys {
            if let slot = memo.slots[listing], slot.key == key {
                pages[listing] = slot.pages
            } else if listing == .entries {
                pages[listing] = []
                work += entries.map { entry in (listing, { [$0.entryPage(entry)] }) }
            } else {
                pages[listing] = []
                work.append((listing, { $0.pages(of: listing) }))
            }
        }
        let made = Parallel.map(work.map(\.make)) { $0(views) }
        for (item, itemPages) in zip(work, made) { pages[item.listing, default: []] += itemPages }
        memo.madeLastPlan = Set(work.map(\.listing))
        for (listing, key) in keys { memo.slots[listing] = ListingMemo.Slot(key: key, pages: pages[listing] ?? []) }
        return Listing.allCases.flatMap { pages[$0] ?? [] }
    }
}
