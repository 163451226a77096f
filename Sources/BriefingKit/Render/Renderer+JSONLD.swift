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
        if let updated = briefing.lastUpdated { article.append(("dateModified", .string(DisplayDate.iso(updated)))) }
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
            var itemReviewed: [(String, JSONValue)] = [("@type", .string("Claim"))]
            itemReviewed.append(contentsOf: appearanceFields(of: claim, in: briefing))
            var review: [(String, JSONValue)] = [
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
            ]
            if let changed = claim.history.last?.date { review.append(("dateModified", .string(DisplayDate.iso(changed)))) }
            let evidence = claim.sources.compactMap { sourcesByID[$0.id].map(creativeWork) }
            if !evidence.isEmpty { review.append(("citation", .array(evidence))) }
            graph.append(.object(review))
        }
        return .object([("@context", .string("https://schema.org")), ("@graph", .array(graph))])
    }
}

extension Renderer {
    /// Where a claim was made (DESIGN §7): its `appearance`, else the briefing's `reviews`; the
    /// earliest dated one is also `firstAppearance`. None of the evidence: that is `citation`.
    func appearanceFields(of claim: Claim, in briefing: Briefing) -> [(String, JSONValue)] {
        let ids = claim.appearance.isEmpty ? (briefing.reviews.map { [$0.id] } ?? []) : claim.appearance.map(\.id)
        let works = ids.compactMap { sourcesByID[$0] }
        guard !works.isEmpty else { return [] }
        // Undated works sort after dated ones; among equals the first listed wins (a stable choice).
        let first = works.enumerated().min { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): x != y ? x < y : a.offset < b.offset
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.offset < b.offset
            }
        }?.element
        var fields: [(String, JSONValue)] = [("appearance", .array(works.map(creativeWork)))]
        if let first { fields.append(("firstAppearance", creativeWork(first))) }
        return fields
    }

    /// A source as schema.org `CreativeWork`: name, url, author (its authors, else its publisher) and date.
    func creativeWork(_ source: Source) -> JSONValue {
        var work: [(String, JSONValue)] = [("@type", .string("CreativeWork")), ("name", .string(source.title))]
        if let address = source.url { work.append(("url", .string(address))) }
        if !source.authors.isEmpty {
            work.append(("author", .array(source.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
        } else if let publisher = source.publisher {
            work.append(("author", .object([("@type", .string("Organization")), ("name", .string(publisher))])))
        }
        if let date = source.date { work.append(("datePublished", .string(DisplayDate.iso(date)))) }
        return .object(work)
    }
}
