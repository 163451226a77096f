/// AnnotatedSite → every file of the site, each with the input that decides its bytes (DESIGN §5).
/// A page's path and its input are decided here and nowhere else; a `static/` file that collides
/// with a generated path is found here, so `check` reports it whatever else is wrong.
public struct Planner {
    /// The template assets, as loaded (paths relative to `assets/`).
    let templateAssets: [TemplateLoader.Asset]
    /// Their content hashes, for the addresses pages link them by.
    let assetVersions: AssetVersions
    let contentDirectory: String
    let options: BuildOptions
    /// The interface words of each language.
    let tables: InterfaceTables
    /// Whether a language whose index the memo holds keeps its last search files in this plan, the
    /// index to be made afterwards (`planDeferredSearch`): the preview's pages need not wait for it.
    let defersSearch: Bool
    /// Whether the memo keeps the search index's documents and files for the next plan; a one-off
    /// build lets them go as soon as the files are made.
    let keepsSearchMemo: Bool
    /// Whether the search index is left to be made after every other page is written (a one-off
    /// build, `SearchMadeLast`): the plan holds its documents and a stand-in search page. Not when a
    /// `static/` file lies under a `search/` folder: its collisions with the index's files are found
    /// only with the files in the plan.
    let makesSearchLast: Bool

    public init(templateAssets: [TemplateLoader.Asset], assetVersions: AssetVersions = AssetVersions(),
                contentDirectory: String, options: BuildOptions, tables: InterfaceTables = InterfaceTables(),
                defersSearch: Bool = false, keepsSearchMemo: Bool = true, makesSearchLast: Bool = false) {
        self.tables = tables
        self.makesSearchLast = makesSearchLast
        self.defersSearch = defersSearch
        self.keepsSearchMemo = keepsSearchMemo
        self.templateAssets = templateAssets
        self.assetVersions = assetVersions
        self.contentDirectory = contentDirectory
        self.options = options
    }

    /// The plan: every file in a fixed order (pages first, then copies), the collisions found, and
    /// how long of planning went to the search index (`build -v` shows it).
    public func plan(_ site: AnnotatedSite, languages: [AnnotatedSite] = []) -> Plan {
        var memo = PlanMemo()
        return plan(site, languages: languages, memo: &memo)
    }

    /// Every file of the site in plan order, the collisions found, how long the search index took,
    /// and the indexes left for later (with `defersSearch`: their last files stand in the pages).
    public struct Plan {
        public var pages: [Page]
        public var diagnostics: Diagnostics
        public var searchSeconds: Double
        var deferredSearch: [DeferredSearch] = []
        /// The indexes to make once the other pages are written (`makesSearchLast`).
        var searchMadeLast: [SearchMadeLast] = []
    }

    /// The plan, reusing the views `memo` holds of briefings annotated as before, and keeping this
    /// plan's. `languages` are the site's other languages, each annotated as `Site.inLanguage` gives it:
    /// their pages go under their folders, and every page learns which languages have it.
    public func plan(_ site: AnnotatedSite, languages: [AnnotatedSite] = [], memo: inout PlanMemo) -> Plan {
        let searchLast = makesSearchLast && !site.site.staticFiles.contains(where: Self.isUnderSearchFolder)
        var (pages, searchSeconds, views, deferred, madeLast) = languagePages(site, searchLast: searchLast, memo: &memo)
        var deferredSearch = deferred.map { [DeferredSearch(views: views, folder: "", range: $0)] } ?? []
        var searchMadeLast = madeLast.map { [$0] } ?? []
        let languageMemos = memo.languages
        memo.languages = [:]
        for language in languages {
            let folder = language.site.config.languageLinks.folder
            var languageMemo = languageMemos[folder] ?? PlanMemo()
            let planned = languagePages(language, searchLast: searchLast, memo: &languageMemo)
            searchSeconds += planned.searchSeconds
            memo.languages[folder] = languageMemo
            if let range = planned.deferred {
                let start = pages.count
                deferredSearch.append(DeferredSearch(views: planned.views, folder: folder,
                                                     range: (start + range.lowerBound)..<(start + range.upperBound)))
            }
            if var later = planned.madeLast {
                later.standIn += pages.count
                searchMadeLast.append(later)
            }
            pages += planned.pages.map { $0.inFolder(folder) }
        }
        if !languages.isEmpty { Self.setAlternates(&pages) }
        for index in searchMadeLast.indices {
            // The stand-in as the whole plan left it (which languages have the search page).
            if case .search(let page) = pages[searchMadeLast[index].standIn].input { searchMadeLast[index].searchPage = page }
        }
        let settings = views.settings
        pages.append(views.notFoundPage())
        // After every page it lists: its ids are the planned pages' own.
        pages.append(Self.anchorsPage(of: pages, memo: &memo.siteFiles))
        pages.append(Self.sitemapPage(of: pages, baseURL: settings.baseURL, multilingual: !languages.isEmpty,
                                      memo: &memo.siteFiles))
        pages.append(Page(path: "robots.txt", input: .robots(RobotsFile(baseURL: settings.baseURL))))
        for asset in templateAssets {
            switch asset.contents {
            case .bytes(let bytes):
                pages.append(Page(path: "assets/" + asset.path, input: .bytes(bytes)))
            case .copy(let source):
                pages.append(Page(path: "assets/" + asset.path, input: .copy(CopiedFile(source: source, stamp: FileStamp(path: source)))))
            }
        }
        for asset in site.site.assets {
            let source = "\(contentDirectory)/assets/\(asset)"
            pages.append(Page(path: "assets/content/" + asset, input: .copy(CopiedFile(source: source, stamp: FileStamp(path: source)))))
        }
        var diagnostics = Diagnostics()
        let generated = site.site.staticFiles.isEmpty ? [] : Set(pages.map(\.path))
        for file in site.site.staticFiles {
            let source = "\(contentDirectory)/static/\(file)"
            if generated.contains(file) || file == OutputWriter.markerName {
                diagnostics.error("static file '\(file)' collides with a file the build generates",
                                  at: SourceLocation(file: source, line: 1))
            } else {
                pages.append(Page(path: file, input: .copy(CopiedFile(source: source, stamp: FileStamp(path: source)))))
            }
        }
        return Plan(pages: pages, diagnostics: diagnostics, searchSeconds: searchSeconds, deferredSearch: deferredSearch,
                    searchMadeLast: searchMadeLast)
    }

    /// Whether a static file's path lies in a `search/` folder (the site's, a language's, or any
    /// other: a few plans too many keep their index, none too few).
    static func isUnderSearchFolder(_ path: String) -> Bool {
        path.hasPrefix(PlanViews.searchFolder) || path.contains("/" + PlanViews.searchFolder)
    }

    /// The pages of one language, with paths inside its folder: everything but the files the whole
    /// site has once (404, anchors, sitemap, robots, assets, static files).
    /// `deferred`: where the last search files stand in for this plan's, when `defersSearch` kept them;
    /// `madeLast`: the index to make after the other pages, with `searchLast`.
    private func languagePages(_ site: AnnotatedSite, searchLast: Bool, memo: inout PlanMemo)
        -> (pages: [Page], searchSeconds: Double, views: PlanViews, deferred: Range<Int>?, madeLast: SearchMadeLast?) {
        let views = PlanViews(site: site, options: options, assets: assetVersions, tables: tables, memo: &memo)
        var pages: [Page] = []
        pages += site.briefings.map { views.briefingPage($0) }
        let untranslated = site.site.config.languageLinks.untranslatedEntries
        pages += Self.listingPages(views, entries: site.glossary.filter { !untranslated.contains($0.entry.id) },
                                   memo: &memo.listings)
        // The index's own work is spread over the cores; making the other pages at the same time
        // was slower on the 10,000-briefing corpus (plan 2.6 s against 1.8 s), the two competing.
        var deferred: Range<Int>?
        var madeLast: SearchMadeLast?
        var searchSeconds = 0.0
        if defersSearch, let last = memo.search[PlanViews.searchFolder]?.lastPages {
            deferred = pages.count..<(pages.count + last.count)
            pages += last
        } else if searchLast {
            let later = views.searchMadeLast(folder: site.site.config.languageLinks.folder, standIn: pages.count)
            pages.append(Page(path: "search/index.html", input: .search(later.searchPage)))
            madeLast = later
        } else {
            let search = views.searchFiles(memo: &memo.search[PlanViews.searchFolder, default: SearchMemo()])
            if !keepsSearchMemo { memo.search[PlanViews.searchFolder] = nil }
            searchSeconds = search.seconds
            pages += search.pages
        }
        pages.append(views.feed())
        pages.append(views.methodologyPage())
        pages += views.correctionsFiles()
        pages += views.contentPages()
        pages += views.redirectPages()
        return (pages, searchSeconds, views, deferred, madeLast)
    }
}
