/// The lookups a plan is made from, and the typed views pages are made of (summaries, claims,
/// sources, cards), each made from the annotated site alone. Each briefing's summary and claim
/// views are made once per plan, on every core, and shared by every page that shows them.
struct PlanViews: Sendable {
    let site: AnnotatedSite
    let settings: SiteSettings
    let options: BuildOptions
    /// The words page titles and cards are made of.
    let words = InterfaceText.english
    let briefingsBySlug: [String: AnnotatedBriefing]
    let entriesByID: [String: GlossaryEntry]
    let sourcesByID: [String: Source]
    /// Each briefing's summary and claims, by the briefing's identity.
    private let made: [ObjectIdentifier: (summary: BriefingSummary, claims: [ClaimView])]

    init(site: AnnotatedSite, options: BuildOptions, assets: AssetVersions = AssetVersions()) {
        self.site = site
        self.options = options
        let config = site.site.config
        var base = options.baseURL ?? config.baseURL
        if !base.hasSuffix("/") { base += "/" }
        settings = SiteSettings(title: config.title, language: config.language, description: config.description,
                                baseURL: base, portable: options.portable, paginate: config.paginate,
                                navPages: Self.navLinks(site.pages), assets: assets)
        briefingsBySlug = Dictionary(site.briefings.map { ($0.briefing.slug, $0) }, uniquingKeysWith: { first, _ in first })
        entriesByID = Dictionary(site.site.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sources = Dictionary(site.site.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourcesByID = sources
        let views = Parallel.map(site.briefings) { annotated in
            (ObjectIdentifier(annotated), (Self.makeSummary(annotated, options: options),
                                           annotated.claims.map { Self.makeClaim($0, in: annotated, sources: sources) }))
        }
        made = Dictionary(views, uniquingKeysWith: { first, _ in first })
    }

    func head(_ path: String, title: String, description: String? = nil, absoluteLinks: Bool = false) -> PageHead {
        PageHead(settings: settings, path: path, title: title, description: description, absoluteLinks: absoluteLinks)
    }

    func summary(_ annotated: AnnotatedBriefing) -> BriefingSummary {
        made[ObjectIdentifier(annotated)]?.summary ?? Self.makeSummary(annotated, options: options)
    }

    /// The claims of `annotated` as notes and listings show them, in their order.
    func claims(_ annotated: AnnotatedBriefing) -> [ClaimView] {
        made[ObjectIdentifier(annotated)]?.claims
            ?? annotated.claims.map { Self.makeClaim($0, in: annotated, sources: sourcesByID) }
    }

    private static func makeSummary(_ annotated: AnnotatedBriefing, options: BuildOptions) -> BriefingSummary {
        let briefing = annotated.briefing
        var counts: [ClaimStatus: Int] = [:]
        for numbered in annotated.claims { counts[numbered.claim.status, default: 0] += 1 }
        let verdicts = ClaimStatus.allCases.compactMap { status in counts[status].map { VerdictCount(status: status, count: $0) } }
        return BriefingSummary(slug: briefing.slug, title: briefing.title, date: briefing.date, updated: briefing.lastUpdated,
                               draft: briefing.draft, scheduled: options.marksAsScheduled(briefing), authors: briefing.authors,
                               summary: briefing.summary, tags: briefing.tags, claimCount: annotated.claims.count, verdicts: verdicts)
    }

    func sourceLink(_ id: String) -> SourceLink? { Self.sourceLink(id, sourcesByID) }

    private static func sourceLink(_ id: String, _ sources: [String: Source]) -> SourceLink? {
        guard let source = sources[id] else { return nil }
        return SourceLink(id: id, title: source.title, url: source.url, archived: source.archived, publisher: source.publisher,
                          authors: source.authors, date: source.date, grade: grade(source, sources))
    }

    private static func makeClaim(_ numbered: NumberedClaim, in annotated: AnnotatedBriefing,
                                  sources: [String: Source]) -> ClaimView {
        let claim = numbered.claim
        return ClaimView(slug: annotated.briefing.slug, briefingTitle: annotated.briefing.title, number: numbered.number,
                         id: claim.id, status: claim.status, confidence: claim.confidence, text: numbered.text,
                         markIDs: numbered.markIDs, note: numbered.noteHTML, correction: numbered.correctionHTML,
                         sources: claim.sources.compactMap { sourceLink($0.id, sources) },
                         history: claim.history.enumerated().map { index, entry in
                             HistoryStep(date: entry.date, status: entry.status,
                                         note: index < numbered.historyNotesHTML.count ? numbered.historyNotesHTML[index] : nil)
                         })
    }

    func entrySummary(_ entry: GlossaryEntry) -> EntrySummary {
        EntrySummary(id: entry.id, name: entry.name, kind: entry.kind, summary: entry.summary, aliases: entry.aliases)
    }

    /// The hover cards of the entries `terms` names, sorted by id, unknown ones left out.
    func cards(_ terms: some Sequence<String>) -> [GlossaryCard] {
        Set(terms).sorted().compactMap { id in
            entriesByID[id].map { GlossaryCard(id: id, name: $0.name, kindLabel: words.kind($0.kind), summary: $0.summary) }
        }
    }

    /// The cards of the entries the notes and corrections of `claims` link.
    func cards(of claims: [ClaimPlace]) -> [GlossaryCard] {
        cards(claims.flatMap { site.briefings[$0.briefing].claims[$0.claim].linkedTerms })
    }

    func claimView(_ place: ClaimPlace) -> ClaimView {
        claims(site.briefings[place.briefing])[place.claim]
    }

    /// Entries A–Z by lower-cased name, then id.
    static func alphabetical(_ a: GlossaryEntry, _ b: GlossaryEntry) -> Bool {
        let x = a.name.lowercased(), y = b.name.lowercased()
        return x != y ? x < y : a.id < b.id
    }
}

/// A claim by its place: `site.briefings[briefing].claims[claim]`.
struct ClaimPlace {
    var briefing: Int
    var claim: Int
}
