extension Renderer {
    /// `feed.xml` (Atom, the newest briefings), `sitemap.xml` and `robots.txt`, all with absolute URLs.
    func renderFeeds(_ output: PageSink) {
        let links = LinkContext(rootPrefix: baseURL, portable: false)
        let latest = site.briefings.prefix(50)
        let newest = latest.map { $0.briefing.lastUpdated ?? $0.briefing.date }.max()
        var feed = chrome(path: "", title: site.site.config.title, description: nil, links: links)
        feed["feedURL"] = .text(baseURL + "feed.xml")
        feed["updated"] = .text(newest.map(DisplayDate.timestamp) ?? "1970-01-01T00:00:00Z")
        feed["entries"] = .list(latest.map { annotated in
            let briefing = annotated.briefing
            var fields = briefingSummary(annotated, links: links)
            fields["url"] = .text(baseURL + "briefings/\(briefing.slug)/")
            fields["published"] = .text(DisplayDate.timestamp(briefing.date))
            fields["updatedTimestamp"] = .text(DisplayDate.timestamp(briefing.lastUpdated ?? briefing.date))
            return .object(fields)
        })
        output.file("feed", path: "feed.xml", context: feed)

        let sitemap: [String: TemplateValue] = [
            "urls": .list(output.pagePaths.map { .object(["loc": .text(baseURL + $0)]) }),
        ]
        output.file("sitemap", path: "sitemap.xml", context: sitemap)
        output.file("robots", path: "robots.txt", context: ["sitemap": .text(baseURL + "sitemap.xml")])
    }
}
