extension Renderer {
    /// A claim by its place: `site.briefings[briefing].claims[claim]`. Listings of ten thousand
    /// claims hold these rather than copies of each claim and its briefing.
    struct ClaimPlace {
        var briefing: Int
        var claim: Int
    }

    func fields(of place: ClaimPlace, links: LinkContext) -> [String: TemplateValue] {
        let annotated = site.briefings[place.briefing]
        return claimFields(annotated.claims[place.claim], in: annotated, links: links, onItsPage: false)
    }

    /// `claims/`: counts by verdict and the latest of each; `claims/<status>/`: every claim with that verdict.
    func renderClaims(_ output: PageSink) {
        // Briefings are newest first, and claims in their order within a briefing.
        var byStatus: [ClaimStatus: [ClaimPlace]] = [:]
        for briefing in site.briefings.indices {
            for claim in site.briefings[briefing].claims.indices {
                byStatus[site.briefings[briefing].claims[claim].claim.status, default: []]
                    .append(ClaimPlace(briefing: briefing, claim: claim))
            }
        }
        let indexLinks = links(for: "claims/")
        var context = chrome(path: "claims/", title: "Claims by verdict", description: nil, links: indexLinks)
        context["statuses"] = .list(ClaimStatus.allCases.map { status in
            let claims = byStatus[status] ?? []
            return .object([
                "status": .text(status.rawValue),
                "label": .text(status.label),
                "count": .text(String(claims.count)),
                "href": .text(indexLinks.page("claims/\(status.rawValue)/")),
                "verdictHref": .text(indexLinks.page(MethodologyAnchors.path, anchor: MethodologyAnchors.verdict(status))),
                "latest": .list(claims.prefix(3).map { .object(fields(of: $0, links: indexLinks)) }),
                "hasClaims": .bool(!claims.isEmpty),
            ])
        })
        context["total"] = .text(String(byStatus.values.reduce(0) { $0 + $1.count }))
        output.page("claims-index", path: "claims/", context: context)

        let listings = ClaimStatus.allCases.map { status in
            (status, Pagination(byStatus[status] ?? [], size: site.site.config.paginate, base: "claims/\(status.rawValue)/"))
        }
        let pages = listings.flatMap { status, pagination in pagination.pages.map { (status, pagination, $0) } }
        Parallel.forEach(pages) { status, pagination, page in
            let claimCount = pagination.pages.reduce(0) { $0 + $1.items.count }
            let slugs = page.items.map { site.briefings[$0.briefing].briefing.slug }
            let key = Self.listingKey(claimCount, pagination.pages.count, entries: page.items.map {
                "\(site.briefings[$0.briefing].briefing.slug)#\(site.briefings[$0.briefing].claims[$0.claim].claim.id)"
            })
            output.listingPage(path: page.path, key: key, briefings: slugs) {
                let links = self.links(for: page.path)
                var context = chrome(path: page.path, title: "\(status.label) claims", description: nil, links: links)
                context["status"] = .object(["status": .text(status.rawValue), "label": .text(status.label),
                                             "count": .text(String(claimCount)),
                                             "verdictHref": .text(links.page(MethodologyAnchors.path,
                                                                             anchor: MethodologyAnchors.verdict(status)))])
                context["claims"] = .list(page.items.map { .object(fields(of: $0, links: links)) })
                context["hasClaims"] = .bool(!page.items.isEmpty)
                context["pagination"] = pagination.context(for: page, links: links)
                output.page("claims-status", path: page.path, context: context)
            }
        }
    }
}
