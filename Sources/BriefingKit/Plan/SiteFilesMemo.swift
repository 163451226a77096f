/// The last plan's `anchors.json` and `sitemap.xml`, each with the list it was made from: both
/// list every page, and a preview rebuild that leaves the pages' folders and ids as they were
/// (any edit inside a briefing's text) keeps them, the very same inputs (`PageInput.isSameStorage`).
struct SiteFilesMemo: Sendable {
    /// The folders and citable ids of the pages `anchors.json` lists, in plan order.
    struct AnchorsKey: Equatable, Sendable {
        var folders: [String]
        var ids: [[String]]
    }

    /// The base URL and the folders of the HTML pages, in plan order (a site in one language: its
    /// pages have no alternates).
    struct SitemapKey: Equatable, Sendable {
        var baseURL: String
        var folders: [String]
    }

    var anchors: (key: AnchorsKey, page: Page)?
    var sitemap: (key: SitemapKey, page: Page)?
}

extension Planner {
    /// `anchors.json` of `pages`, the memo's while they list the same folders and ids.
    static func anchorsPage(of pages: [Page], memo: inout SiteFilesMemo) -> Page {
        var key = SiteFilesMemo.AnchorsKey(folders: [], ids: [])
        for page in pages {
            guard let ids = page.citableIDs, let folder = page.folder else { continue }
            key.folders.append(folder)
            key.ids.append(ids)
        }
        if let kept = memo.anchors, kept.key == key { return kept.page }
        let page = Page(path: AnchorManifest.fileName, input: .anchors(AnchorManifest(planned: pages)))
        memo.anchors = (key, page)
        return page
    }

    /// `sitemap.xml` of `pages`, the memo's while a one-language site has the same HTML pages.
    static func sitemapPage(of pages: [Page], baseURL: String, multilingual: Bool, memo: inout SiteFilesMemo) -> Page {
        let key = multilingual ? nil : SiteFilesMemo.SitemapKey(baseURL: baseURL, folders: pages.compactMap(\.folder))
        if let key, let kept = memo.sitemap, kept.key == key { return kept.page }
        let page = Page(path: "sitemap.xml", input: .sitemap(sitemap(of: pages, baseURL: baseURL, multilingual: multilingual)))
        memo.sitemap = key.map { ($0, page) }
        return page
    }
}
