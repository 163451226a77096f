/// What a page of a site in several languages carries (DESIGN §8): `hreflang` alternates for
/// every version of it (and `x-default`), and a switcher leading to the same page in each
/// language, or to that language's home where it has none.
extension PageRenderer {
    func addLanguages(_ head: PageHead, links: LinkContext, to context: inout TemplateFields) {
        let settings = head.settings
        guard settings.languages.count > 1 else { return }
        let absolute = settings.baseURL
        var alternates: [TemplateValue] = []
        for language in settings.languages where head.alternates.contains(language.code) {
            alternates.append(.object(["hreflang": .text(language.code), "href": .text(absolute + language.folder + head.path)]))
        }
        if let first = settings.languages.first, head.alternates.contains(first.code) {
            alternates.append(.object(["hreflang": .text("x-default"), "href": .text(absolute + head.path)]))
        }
        // Only a page that exists in more than one language has alternates.
        if !head.absoluteLinks && head.alternates.count > 1 { context["alternates"] = .list(alternates) }
        let switcher: [TemplateValue] = settings.languages.map { language in
            let current = language.code == settings.language
            let samePage = head.alternates.contains(language.code) && !head.absoluteLinks
            let href = samePage ? links.sitePage(language.folder + head.path) : links.sitePage(language.folder)
            return .object([
                "code": .text(language.code), "name": .text(language.name), "href": .text(href),
                "isCurrent": .bool(current), "samePage": .bool(samePage),
            ])
        }
        context["languages"] = .list(switcher)
        context["hasLanguages"] = .bool(true)
    }

    /// The sitemap: every page's address, with `xhtml:link` alternates where it has other versions.
    func sitemapContext(_ file: SitemapFile) -> TemplateFields {
        let urls: [TemplateValue] = file.pages.map { page in
            var fields: TemplateFields = ["loc": .text(file.baseURL + page.path)]
            if !page.alternates.isEmpty {
                fields["alternates"] = .list(page.alternates.map {
                    .object(["hreflang": .text($0.code), "href": .text(file.baseURL + $0.path)])
                })
            }
            return .object(fields)
        }
        let hasAlternates = file.pages.contains { !$0.alternates.isEmpty }
        return ["urls": .list(urls), "hasAlternates": .bool(hasAlternates)]
    }
}
