/// Pages that list briefings or claims: home, tags, claims by verdict, 404, and the feed.
extension PageRenderer {
    func listContext(_ page: BriefingListPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["briefings"] = .list(page.briefings.map { .object(summaryFields($0, links: links)) })
        switch page.kind {
        case .home: context["hasBriefings"] = .bool(!page.briefings.isEmpty)
        case .tag(let tag):
            context["tag"] = .text(tag)
            context["tagHeading"] = sentence("title.tag", text: ["tag": tag])
        }
        context["pagination"] = page.page.context(links: links)
        return context
    }

    func tagIndexContext(_ page: TagIndexPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["tags"] = .list(page.tags.map { tag in
            .object(["name": .text(tag.tag), "href": .text(links.page("tags/\(tag.tag)/")), "count": .text(words.number(tag.count))])
        })
        context["hasTags"] = .bool(!page.tags.isEmpty)
        return context
    }

    /// `claims/`: counts by verdict and the latest of each.
    func claimsIndexContext(_ page: ClaimsIndexPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head, cards: page.cards)
        context["statuses"] = .list(page.statuses.map { group in
            .object([
                "status": .text(group.status.rawValue),
                "label": .text(words.verdict(group.status)),
                "count": .text(words.number(group.count)),
                "allSentence": countSentence("claims.allOfVerdict", group.count, text: ["verdict": words.verdict(group.status)]),
                "href": .text(links.page("claims/\(group.status.rawValue)/")),
                "verdictHref": .text(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(group.status))),
                "latest": .list(group.latest.map { .object(claimFields($0, links: links, onItsPage: false)) }),
                "hasClaims": .bool(group.count > 0),
            ])
        })
        context["total"] = .text(words.number(page.total))
        context["checkedSentence"] = countSentence("claims.checked", page.total)
        return context
    }

    /// `claims/<status>/`: every claim with that verdict, paginated.
    func claimListContext(_ page: ClaimListPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head, cards: page.cards)
        var status = verdictFields(page.status, links: links)
        status["count"] = .text(words.number(page.count))
        status["verdictHref"] = status["href"]
        status["countSentence"] = countSentence("claims.withVerdict", page.count)
        let verdictLink = link(links.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(page.status)),
                               words.verdict(page.status), attributes: "class=\"verdict verdict--\(page.status.rawValue)\" ")
        status["heading"] = sentence("title.claimsOfVerdict", markup: ["verdict": verdictLink])
        context["status"] = .object(status)
        context["claims"] = .list(page.claims.map { .object(claimFields($0, links: links, onItsPage: false)) })
        context["hasClaims"] = .bool(!page.claims.isEmpty)
        context["pagination"] = page.page.context(links: links)
        return context
    }

    /// `404.html`, served at any depth: its links are absolute, from the base URL.
    func notFoundContext(_ page: NotFoundPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["briefings"] = .list(page.latest.map { .object(summaryFields($0, links: links)) })
        context["browse"] = sentence("notFound.browse", markup: [
            "home": link(links.page(""), words.text("notFound.home")),
            "glossary": link(links.page("glossary/"), words.text("browse.glossary")),
            "sources": link(links.page("sources/"), words.text("browse.sources")),
        ])
        return context
    }

    /// `feed.xml`: Atom, the newest briefings, with absolute URLs.
    func feedContext(_ file: FeedFile) -> TemplateFields {
        let links = self.links(file.head)
        // The language's own feed and pages (DESIGN §8): its folder under the base URL.
        let baseURL = file.head.settings.baseURL + file.head.settings.languageLinks.folder
        var feed = chrome(file.head)
        let newest = file.entries.map { $0.updated ?? $0.date }.max()
        feed["feedURL"] = .text(baseURL + "feed.xml")
        feed["updated"] = .text(newest.map(DisplayDate.timestamp) ?? "1970-01-01T00:00:00Z")
        feed["entries"] = .list(file.entries.map { summary in
            var fields = summaryFields(summary, links: links)
            fields["url"] = .text(baseURL + "briefings/\(summary.slug)/")
            fields["published"] = .text(DisplayDate.timestamp(summary.date))
            fields["updatedTimestamp"] = .text(DisplayDate.timestamp(summary.updated ?? summary.date))
            return .object(fields)
        })
        return feed
    }
}
