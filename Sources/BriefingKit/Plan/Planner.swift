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

    public init(templateAssets: [TemplateLoader.Asset], assetVersions: AssetVersions = AssetVersions(),
                contentDirectory: String, options: BuildOptions) {
        self.templateAssets = templateAssets
        self.assetVersions = assetVersions
        self.contentDirectory = contentDirectory
        self.options = options
    }

    /// The plan: every file in a fixed order (pages first, then copies), the collisions found, and
    /// how long of planning went to the search index (`build -v` shows it).
    public func plan(_ site: AnnotatedSite) -> (pages: [Page], diagnostics: Diagnostics, searchSeconds: Double) {
        var memo = PlanMemo()
        return plan(site, memo: &memo)
    }

    /// The plan, reusing the views `memo` holds of briefings annotated as before, and keeping this plan's.
    public func plan(_ site: AnnotatedSite, memo: inout PlanMemo)
        -> (pages: [Page], diagnostics: Diagnostics, searchSeconds: Double) {
        let views = PlanViews(site: site, options: options, assets: assetVersions, memo: &memo)
        var pages: [Page] = []
        pages += site.briefings.map { views.briefingPage($0) }
        pages += site.glossary.map { views.entryPage($0) }
        pages.append(views.glossaryIndex())
        pages += views.homePages()
        pages.append(views.sourcesPage())
        pages += views.claimPages()
        pages += views.tagPages()
        pages.append(views.timelinePage())
        let search = views.searchFiles(memo: &memo.search[PlanViews.searchFolder, default: SearchMemo()])
        pages += search.pages
        pages.append(views.notFoundPage())
        pages.append(views.feed())
        pages.append(views.methodologyPage())
        pages += views.correctionsFiles()
        pages += views.contentPages()
        pages += views.redirectPages()
        // After every page it lists: its ids are the planned pages' own.
        pages.append(Page(path: AnchorManifest.fileName, input: .anchors(AnchorManifest(planned: pages))))
        let sitemap = SitemapFile(baseURL: views.settings.baseURL, pages: pages.compactMap(\.folder).sorted())
        pages.append(Page(path: "sitemap.xml", input: .sitemap(sitemap)))
        pages.append(Page(path: "robots.txt", input: .robots(RobotsFile(baseURL: views.settings.baseURL))))
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
        let generated = Set(pages.map(\.path))
        for file in site.site.staticFiles {
            let source = "\(contentDirectory)/static/\(file)"
            if generated.contains(file) || file == OutputWriter.markerName {
                diagnostics.error("static file '\(file)' collides with a file the build generates",
                                  at: SourceLocation(file: source, line: 1))
            } else {
                pages.append(Page(path: file, input: .copy(CopiedFile(source: source, stamp: FileStamp(path: source)))))
            }
        }
        return (pages, diagnostics, search.seconds)
    }
}
