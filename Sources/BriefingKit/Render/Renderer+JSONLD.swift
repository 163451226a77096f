extension Renderer {
    /// schema.org data for a briefing: an `Article` and a `ClaimReview` for every claim that is not an opinion.
    func jsonLD(for annotated: AnnotatedBriefing, path: String) -> JSONValue {
        let briefing = annotated.briefing
        let url = baseURL + path
        let publisher = JSONValue.object([("@type", .string("Organization")), ("name", .string(site.site.config.title))])
        var article: [(String, JSONValue)] = [
            ("@type", .string("Article")),
            ("headline", .string(briefing.title)),
            ("url", .string(url)),
            ("datePublished", .string(DisplayDate.iso(briefing.date))),
        ]
        if let updated = briefing.updated { article.append(("dateModified", .string(DisplayDate.iso(updated)))) }
        if let summary = briefing.summary { article.append(("description", .string(summary))) }
        if !briefing.authors.isEmpty {
            article.append(("author", .array(briefing.authors.map {
                .object([("@type", .string("Person")), ("name", .string($0))])
            })))
        }
        article.append(("publisher", publisher))
        if !briefing.tags.isEmpty { article.append(("keywords", .string(briefing.tags.joined(separator: ", ")))) }

        var graph: [JSONValue] = [.object(article)]
        // A claim never marked in the text has no wording to review and no `claim-<id>` anchor: left out.
        for numbered in annotated.claims where numbered.claim.status != .opinion && !numbered.markIDs.isEmpty {
            let claim = numbered.claim
            let appearances: [JSONValue] = claim.sources.compactMap { reference in
                guard let source = sourcesByID[reference.id] else { return nil }
                var work: [(String, JSONValue)] = [("@type", .string("CreativeWork")), ("name", .string(source.title))]
                if let address = source.url { work.append(("url", .string(address))) }
                return .object(work)
            }
            var itemReviewed: [(String, JSONValue)] = [("@type", .string("Claim"))]
            if !appearances.isEmpty { itemReviewed.append(("appearance", .array(appearances))) }
            graph.append(.object([
                ("@type", .string("ClaimReview")),
                ("url", .string(url + "#claim-" + claim.id)),
                ("claimReviewed", .string(numbered.text)),
                ("itemReviewed", .object(itemReviewed)),
                ("author", publisher),
                ("datePublished", .string(DisplayDate.iso(briefing.updated ?? briefing.date))),
                ("reviewRating", .object([
                    ("@type", .string("Rating")),
                    ("alternateName", .string(claim.status.label)),
                ])),
            ]))
        }
        return .object([("@context", .string("https://schema.org")), ("@graph", .array(graph))])
    }
}
