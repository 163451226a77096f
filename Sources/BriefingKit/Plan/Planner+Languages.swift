/// What the planner adds once every language is planned (DESIGN §8): which languages have each
/// page, and the sitemap's alternates.
extension Planner {
    /// The languages having each page, set in every page's head: a page's path inside its language's
    /// folder names the same page in every language.
    static func setAlternates(_ pages: inout [Page]) {
        var languagesByPath: [String: [String]] = [:]
        for page in pages {
            guard let head = page.input.head, !head.absoluteLinks else { continue }
            languagesByPath[head.path, default: []].append(head.settings.language)
        }
        for index in pages.indices {
            guard var head = pages[index].input.head, !head.absoluteLinks,
                  let codes = languagesByPath[head.path] else { continue }
            let order = head.settings.languages.map(\.code)
            head.alternates = order.filter(codes.contains)
            var input = pages[index].input
            input.head = head
            pages[index] = pages[index].withInput(input)
        }
    }

    /// Every HTML page by folder, with the folders of its other language versions.
    static func sitemap(of pages: [Page], baseURL: String, multilingual: Bool) -> SitemapFile {
        var entries: [SitemapPage] = []
        for page in pages {
            guard let folder = page.folder else { continue }
            var alternates: [(code: String, path: String)] = []
            // Only a site in several languages has alternates (copying each head out to see costs).
            if multilingual, let head = page.input.head, head.alternates.count > 1 {
                let folders = Dictionary(head.settings.languages.map { ($0.code, $0.folder) }, uniquingKeysWith: { first, _ in first })
                alternates = head.alternates.compactMap { code in folders[code].map { (code, $0 + head.path) } }
                if let first = head.settings.languages.first, head.alternates.contains(first.code) {
                    alternates.append(("x-default", head.path))
                }
            }
            entries.append(SitemapPage(path: folder, alternates: alternates))
        }
        return SitemapFile(baseURL: baseURL, pages: entries.sorted { $0.path < $1.path })
    }
}
