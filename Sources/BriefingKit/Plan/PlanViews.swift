/// The lookups a plan is made from, and the typed views pages are made of (summaries, claims,
/// sources, cards), each made from the annotated site alone. Each briefing's views come from the
/// plan memo: made afresh (on every core) only for briefings annotated afresh or when their
/// dependencies changed, and shared by every page that shows them.
struct PlanViews: Sendable {
    let site: AnnotatedSite
    /// What each briefing's views are made from besides the briefing (settings, sources, cards).
    let dependencies: BriefingDependencies
    /// The memo's count of dependency changes when this plan was made (`ListingMemo`'s keys hold it).
    let dependenciesGeneration: Int
    var settings: SiteSettings { dependencies.settings }
    let options: BuildOptions
    /// The words page titles and cards are made of.
    var words: InterfaceText { dependencies.words }
    /// Each briefing's title by slug, for the backlinks of entry pages and the sources page (read
    /// from here, no briefing is copied out of its annotation once per backlink).
    let briefingTitles: [String: String]
    let entriesByID: [String: GlossaryEntry]
    let sourcesByID: [String: Source]
    /// Entry id → the entries (treaties, blocs) listing it among their parties, A–Z.
    let partyOf: [String: [GlossaryEntry]]
    /// Entry id → the briefings whose `timeline:` names it, in listing order.
    let timelineNaming: [String: [AnnotatedBriefing]]
    /// Each briefing's views, by the briefing's identity.
    private let made: [ObjectIdentifier: BriefingViews]
    /// Each briefing's views in the order of `site.briefings`, for claims found by their place.
    private let ordered: [BriefingViews]
    var briefingViews: [BriefingViews] { ordered }

    init(site: AnnotatedSite, options: BuildOptions, assets: AssetVersions = AssetVersions(),
         tables: InterfaceTables = InterfaceTables(), memo: inout PlanMemo) {
        self.site = site
        self.options = options
        let config = site.site.config
        var base = options.baseURL ?? config.baseURL
        if !base.hasSuffix("/") { base += "/" }
        var settings = SiteSettings(title: config.title, language: config.language, description: config.description,
                                    baseURL: base, portable: options.portable, paginate: config.paginate,
                                    navPages: Self.navLinks(site.pages), assets: assets)
        settings.languageLinks = config.languageLinks
        if !config.languages.isEmpty {
            let defaultCode = config.languageLinks.defaultLanguage ?? config.language
            settings.languages = [LanguageChoice(code: defaultCode, folder: "", name: LanguageCode.endonym(defaultCode))]
                + config.languages.map { LanguageChoice(code: $0.code, folder: $0.code + "/", name: $0.name ?? LanguageCode.endonym($0.code)) }
        }
        let lookups = memo.lookups(SiteLookups.Inputs(settings: settings, words: tables.words(for: config.language),
                                                      glossary: site.site.glossary, sources: site.site.sources,
                                                      marksScheduled: options.marksScheduled, now: options.now),
                                   options: options)
        dependencies = lookups.dependencies
        entriesByID = lookups.entriesByID
        sourcesByID = lookups.sourcesByID
        partyOf = lookups.partyOf
        briefingTitles = Dictionary(site.briefings.map { ($0.briefing.slug, $0.briefing.title) }, uniquingKeysWith: { first, _ in first })
        var naming: [String: [AnnotatedBriefing]] = [:]
        for annotated in site.briefings {
            for term in Set(annotated.briefing.timeline.compactMap(\.term?.id)) { naming[term, default: []].append(annotated) }
        }
        timelineNaming = naming
        let made = memo.views(of: site.briefings, dependencies: dependencies)
        dependenciesGeneration = memo.dependenciesGeneration
        self.made = made
        let dependencies = self.dependencies
        ordered = site.briefings.map { made[ObjectIdentifier($0)] ?? dependencies.views(of: $0) }
    }

    func head(_ path: String, title: String, description: String? = nil, absoluteLinks: Bool = false) -> PageHead {
        dependencies.head(path, title: title, description: description, absoluteLinks: absoluteLinks)
    }

    private func views(_ annotated: AnnotatedBriefing) -> BriefingViews {
        made[ObjectIdentifier(annotated)] ?? dependencies.views(of: annotated)
    }

    func summary(_ annotated: AnnotatedBriefing) -> BriefingSummary { views(annotated).summary }

    /// The claims of `annotated` as notes and listings show them, in their order.
    func claims(_ annotated: AnnotatedBriefing) -> [ClaimView] { views(annotated).claims }

    func briefingPage(_ annotated: AnnotatedBriefing) -> Page { views(annotated).page }

    func sourceLink(_ id: String) -> SourceLink? { dependencies.sourceLink(id) }

    func entrySummary(_ entry: GlossaryEntry) -> EntrySummary {
        EntrySummary(id: entry.id, name: entry.name, kind: entry.kind, summary: entry.summary, aliases: entry.aliases)
    }

    /// The hover cards of the entries `terms` names, sorted by id, unknown ones left out.
    func cards(_ terms: some Sequence<String>) -> [GlossaryCard] { dependencies.cards(terms) }

    /// The cards of the entries the notes and corrections of `claims` link.
    func cards(of claims: [ClaimPlace]) -> [GlossaryCard] {
        cards(claims.flatMap { ordered[$0.briefing].claimTerms[$0.claim] })
    }

    func claimView(_ place: ClaimPlace) -> ClaimView {
        ordered[place.briefing].claims[place.claim]
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
