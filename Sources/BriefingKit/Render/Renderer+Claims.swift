extension Renderer {
    /// `claims/`: counts by verdict and the latest of each; `claims/<status>/`: every claim with that verdict.
    func renderClaims(_ output: PageSink) {
        // Briefings are newest first, and claims in their order within a briefing.
        let all = site.briefings.flatMap { briefing in briefing.claims.map { (briefing: briefing, claim: $0) } }
        let indexLinks = links(for: "claims/")
        var context = chrome(path: "claims/", title: "Claims by verdict", description: nil, links: indexLinks)
        context["statuses"] = .list(ClaimStatus.allCases.map { status in
            let claims = all.filter { $0.claim.claim.status == status }
            return .object([
                "status": .text(status.rawValue),
                "label": .text(status.label),
                "count": .text(String(claims.count)),
                "href": .text(indexLinks.page("claims/\(status.rawValue)/")),
                "latest": .list(claims.prefix(3).map {
                    .object(claimFields($0.claim, in: $0.briefing, links: indexLinks, onItsPage: false))
                }),
                "hasClaims": .bool(!claims.isEmpty),
            ])
        })
        context["total"] = .text(String(all.count))
        output.page("claims-index", path: "claims/", context: context)

        let listings = ClaimStatus.allCases.map { status in
            (status, Pagination(all.filter { $0.claim.claim.status == status }, size: site.site.config.paginate,
                                base: "claims/\(status.rawValue)/"))
        }
        let pages = listings.flatMap { status, pagination in pagination.pages.map { (status, pagination, $0) } }
        Parallel.forEach(pages) { status, pagination, page in
            let claimCount = pagination.pages.reduce(0) { $0 + $1.items.count }
            let key = Self.listingKey(claimCount, pagination.pages.count,
                                      entries: page.items.map { "\($0.briefing.briefing.slug)#\($0.claim.claim.id)" })
            output.listingPage(path: page.path, key: key, briefings: page.items.map(\.briefing.briefing.slug)) {
                let links = self.links(for: page.path)
                var context = chrome(path: page.path, title: "\(status.label) claims", description: nil, links: links)
                context["status"] = .object(["status": .text(status.rawValue), "label": .text(status.label),
                                             "count": .text(String(claimCount))])
                context["claims"] = .list(page.items.map {
                    .object(claimFields($0.claim, in: $0.briefing, links: links, onItsPage: false))
                })
                context["hasClaims"] = .bool(!page.items.isEmpty)
                context["pagination"] = pagination.context(for: page, links: links)
                output.page("claims-status", path: page.path, context: context)
            }
        }
    }
}
