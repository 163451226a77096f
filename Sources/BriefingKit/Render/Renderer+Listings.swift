extension Renderer {
    /// The home page: briefings newest first, paginated.
    func renderHome(_ output: PageSink) {
        let pagination = Pagination(site.briefings, size: site.site.config.paginate, base: "")
        for page in pagination.pages {
            let slugs = page.items.map(\.briefing.slug)
            output.listingPage(path: page.path, key: Self.listingKey(pagination.pages.count, entries: slugs), briefings: slugs) {
                let links = self.links(for: page.path)
                let title = page.number == 1 ? site.site.config.title : "\(site.site.config.title) — page \(page.number)"
                var context = chrome(path: page.path, title: title, description: nil, links: links)
                context["briefings"] = .list(page.items.map { .object(briefingSummary($0, links: links)) })
                context["hasBriefings"] = .bool(!page.items.isEmpty)
                context["pagination"] = pagination.context(for: page, links: links)
                output.page("home", path: page.path, context: context)
            }
        }
    }

    /// One paginated page per tag, and an index of tags.
    func renderTags(_ output: PageSink) {
        var byTag: [String: [AnnotatedBriefing]] = [:]
        for briefing in site.briefings {
            for tag in Set(briefing.briefing.tags) { byTag[tag, default: []].append(briefing) }
        }
        let tags = byTag.keys.sorted()
        Parallel.forEach(tags) { tag in
            let pagination = Pagination(byTag[tag] ?? [], size: site.site.config.paginate, base: "tags/\(tag)/")
            for page in pagination.pages {
                let slugs = page.items.map(\.briefing.slug)
                output.listingPage(path: page.path, key: Self.listingKey(pagination.pages.count, entries: slugs), briefings: slugs) {
                    let links = self.links(for: page.path)
                    var context = chrome(path: page.path, title: "Tagged “\(tag)”", description: nil, links: links)
                    context["tag"] = .text(tag)
                    context["briefings"] = .list(page.items.map { .object(briefingSummary($0, links: links)) })
                    context["pagination"] = pagination.context(for: page, links: links)
                    output.page("tag", path: page.path, context: context)
                }
            }
        }
        let links = self.links(for: "tags/")
        var context = chrome(path: "tags/", title: "Tags", description: nil, links: links)
        context["tags"] = .list(tags.map { tag in
            .object(["name": .text(tag), "href": .text(links.page("tags/\(tag)/")),
                     "count": .text(String(byTag[tag]?.count ?? 0))])
        })
        context["hasTags"] = .bool(!tags.isEmpty)
        output.page("tags", path: "tags/", context: context)
    }

    /// What a paginated listing page shows besides its entries' own fields: the counts it shows
    /// (pages, items) and its entries in order.
    static func listingKey(_ counts: Int..., entries: [String]) -> String {
        (counts.map(String.init) + entries).joined(separator: "\u{1F}")
    }

    /// `404.html`, served at any depth: its links are absolute, from the base URL.
    func renderNotFound(_ output: PageSink) {
        let links = LinkContext(rootPrefix: baseURL, portable: false)
        var context = chrome(path: "404.html", title: "Page not found", description: nil, links: links)
        context["briefings"] = .list(site.briefings.prefix(5).map { .object(briefingSummary($0, links: links)) })
        output.file("404", path: "404.html", context: context)
    }
}
