/// A briefing's views (its page input, listing summary, claim views and search entry), made from
/// the annotated briefing and `BriefingDependencies` alone, so that a plan can reuse the last
/// plan's views of every briefing whose annotation is the same object while the dependencies are
/// equal. The views are made in an extension of `BriefingDependencies`: they cannot read anything
/// the memo's key leaves out.

/// Everything a briefing's views are made from besides the annotated briefing itself.
struct BriefingDependencies: Sendable, Equatable {
    var settings: SiteSettings
    /// Every source as citations, appearances and reviews show it (grade and original included), by id.
    var sourceLinks: [String: SourceLink]
    /// Every glossary entry as hover cards and timeline links show it, by id.
    var cards: [String: GlossaryCard]
    /// The day a briefing dated after is marked "Scheduled" (the preview only); nil: none is marked.
    var schedulingDay: PartialDate?

    /// The words titles, cards and pictures are made of: the page language's table.
    var words: InterfaceText

    init(settings: SiteSettings, words: InterfaceText, glossary: [GlossaryEntry], sources: [Source], options: BuildOptions) {
        self.settings = settings
        self.words = words
        schedulingDay = options.marksScheduled ? options.now : nil
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceLinks = Dictionary(sources.map { source in
            (source.id, SourceLink(id: source.id, title: source.title, url: source.url, archived: source.archived,
                                   publisher: source.publisher, authors: source.authors, date: source.date,
                                   grade: PlanViews.grade(source, byID)))
        }, uniquingKeysWith: { first, _ in first })
        cards = Dictionary(glossary.map { entry in
            (entry.id, GlossaryCard(id: entry.id, name: entry.name, kindLabel: words.kind(entry.kind), summary: entry.summary))
        }, uniquingKeysWith: { first, _ in first })
    }
}

/// One briefing's views, made once and shared by every page that shows them (a class of
/// constants, so that looking one up for each of a briefing's claims copies no field).
final class BriefingViews: Sendable {
    let summary: BriefingSummary
    /// Its claims as notes and listings show them, in their order.
    let claims: [ClaimView]
    /// The glossary entries each claim's note, correction and history notes link, in claim order.
    let claimTerms: [[String]]
    /// Its own page.
    let page: Page

    init(summary: BriefingSummary, claims: [ClaimView], claimTerms: [[String]], page: Page) {
        self.summary = summary
        self.claims = claims
        self.claimTerms = claimTerms
        self.page = page
    }
}

/// The briefings' views of the last plan, for the next (the preview server's rebuilds). An entry is
/// reused only for the very same annotated object (held here, so its identity cannot be taken by
/// another) and only while the dependencies equal the ones it was made with.
public struct PlanMemo: Sendable {
    var dependencies: BriefingDependencies?
    /// Counts the changes of `dependencies`: what was made with the same count was made with equal ones.
    var dependenciesGeneration = 0
    var briefings: [ObjectIdentifier: (annotated: AnnotatedBriefing, views: BriefingViews)] = [:]
    /// How many briefings' views the last plan made afresh (for tests of the memo).
    var madeLastPlan = 0
    /// The other languages' memos, by language folder (DESIGN §8).
    var languages: [String: PlanMemo] = [:]
    /// The search index's memo, per index folder (each language has its own index and words).
    var search: [String: SearchMemo] = [:]
    /// The listing pages of the last plan.
    var listings = ListingMemo()
    /// The last plan's tables of the settings, the glossary and the sources.
    var lookups: SiteLookups?
    /// The last plan's `anchors.json` and sitemap.
    var siteFiles = SiteFilesMemo()

    public init() {}

    /// The views of every briefing of `briefings`, reusing what is still valid; keeps only those.
    mutating func views(of briefings: [AnnotatedBriefing],
                        dependencies: BriefingDependencies) -> [ObjectIdentifier: BriefingViews] {
        if self.dependencies != dependencies {
            self.briefings = [:]
            self.dependencies = dependencies
            dependenciesGeneration += 1
        }
        let known = self.briefings
        let missing = briefings.filter { known[ObjectIdentifier($0)]?.annotated !== $0 }
        let made = Parallel.map(missing) { (annotated: $0, views: dependencies.views(of: $0)) }
        var kept: [ObjectIdentifier: (annotated: AnnotatedBriefing, views: BriefingViews)] = [:]
        kept.reserveCapacity(briefings.count)
        for annotated in briefings {
            let id = ObjectIdentifier(annotated)
            if let entry = known[id], entry.annotated === annotated { kept[id] = entry }
        }
        for entry in made { kept[ObjectIdentifier(entry.annotated)] = entry }
        self.briefings = kept
        madeLastPlan = made.count
        return kept.mapValues(\.views)
    }
}

extension BriefingDependencies {
    /// Makes every view of `annotated`.
    func views(of annotated: AnnotatedBriefing) -> BriefingViews {
        let summary = makeSummary(annotated)
        let claims = annotated.claims.map { makeClaim($0, in: annotated) }
        return BriefingViews(summary: summary, claims: claims, claimTerms: annotated.claims.map(\.linkedTerms),
                             page: briefingPage(annotated, summary: summary, claims: claims))
    }

    func head(_ path: String, title: String, description: String? = nil, absoluteLinks: Bool = false) -> PageHead {
        PageHead(settings: settings, path: path, title: title, description: description, absoluteLinks: absoluteLinks)
    }

    func sourceLink(_ id: String) -> SourceLink? { sourceLinks[id] }

    /// The hover cards of the entries `terms` names, sorted by id, unknown ones left out.
    func cards(_ terms: some Sequence<String>) -> [GlossaryCard] {
        Set(terms).sorted().compactMap { cards[$0] }
    }

    private func briefingPage(_ annotated: AnnotatedBriefing, summary: BriefingSummary, claims: [ClaimView]) -> Page {
        let briefing = annotated.briefing
        let path = "briefings/\(briefing.slug)/"
        let input = BriefingPage(head: head(path, title: briefing.title, description: briefing.summary),
                                 summary: summary, body: annotated.bodyHTML, headings: annotated.headings,
                                 claims: claims, movedClaimIDs: movedClaimIDs(briefing),
                                 cards: cards(annotated.linkedTerms),
                                 timeline: briefingTimeline(annotated, path: path), appearances: appearances(annotated),
                                 reviews: briefing.reviews.flatMap { sourceLink($0.id) }, updates: updates(annotated),
                                 reviewsPublished: briefing.updated ?? briefing.date)
        return Page(path: path + "index.html", input: .briefing(input), anchors: annotated.anchors)
    }

    private func makeSummary(_ annotated: AnnotatedBriefing) -> BriefingSummary {
        let briefing = annotated.briefing
        var counts: [ClaimStatus: Int] = [:]
        for numbered in annotated.claims { counts[numbered.claim.status, default: 0] += 1 }
        let verdicts = ClaimStatus.allCases.compactMap { status in counts[status].map { VerdictCount(status: status, count: $0) } }
        return BriefingSummary(slug: briefing.slug, title: briefing.title, date: briefing.date, updated: briefing.lastUpdated,
                               draft: briefing.draft, scheduled: schedulingDay.map { briefing.date > $0 } ?? false,
                               authors: briefing.authors, summary: briefing.summary,
                               tags: briefing.tags, claimCount: annotated.claims.count, verdicts: verdicts)
    }

    private func makeClaim(_ numbered: NumberedClaim, in annotated: AnnotatedBriefing) -> ClaimView {
        let claim = numbered.claim
        return ClaimView(slug: annotated.briefing.slug, briefingTitle: annotated.briefing.title, number: numbered.number,
                         id: claim.id, status: claim.status, confidence: claim.confidence, text: numbered.text,
                         markIDs: numbered.markIDs, note: numbered.noteHTML, correction: numbered.correctionHTML,
                         sources: claim.sources.compactMap { sourceLink($0.id) },
                         history: claim.history.enumerated().map { index, entry in
                             HistoryStep(date: entry.date, status: entry.status,
                                         note: index < numbered.historyNotesHTML.count ? numbered.historyNotesHTML[index] : nil)
                         })
    }

    /// Claim id → its `moved-from` ids, for the claims that have any.
    func movedClaimIDs(_ briefing: Briefing) -> [String: [String]] {
        var moved: [String: [String]] = [:]
        for claim in briefing.claims where !claim.movedFrom.isEmpty { moved[claim.id] = claim.movedFrom.map(\.id) }
        return moved
    }

    /// Where each claim of `annotated` was made (DESIGN §7): its `appearance`, else the briefing's `reviews`.
    func appearances(_ annotated: AnnotatedBriefing) -> [[SourceLink]] {
        let reviews = annotated.briefing.reviews.map { [$0.id] } ?? []
        return annotated.claims.map { numbered in
            let ids = numbered.claim.appearance.isEmpty ? reviews : numbered.claim.appearance.map(\.id)
            return ids.compactMap(sourceLink)
        }
    }

    /// The updates of `annotated`, oldest first, numbered from 1.
    func updates(_ annotated: AnnotatedBriefing) -> [UpdateView] {
        let briefing = annotated.briefing
        return zip(briefing.updates, annotated.updatesHTML).enumerated().map { index, pair in
            UpdateView(slug: briefing.slug, briefingTitle: briefing.title, number: index + 1, date: pair.0.date,
                       kind: pair.0.kind, text: pair.1)
        }
    }
}
