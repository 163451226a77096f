extension Renderer {
    /// The bibliography, each source with "Cited by" back to every claim and citation.
    func renderSources(_ output: PageSink) {
        let links = self.links(for: "sources/")
        var context = chrome(path: "sources/", title: "Sources", description: nil, links: links)
        context["sources"] = .list(site.site.sources.map { .object(sourceFields($0, links: links)) })
        context["hasSources"] = .bool(!site.site.sources.isEmpty)
        output.page("sources", path: "sources/", context: context)
    }

    private func sourceFields(_ source: Source, links: LinkContext) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = [
            "id": .text(source.id),
            "anchor": .text("source-\(source.id)"),
            // Ids the source had before (`moved-from`), kept as empty elements at its start.
            "movedAnchors": .list(source.movedFrom.map { .object(["anchor": .text("source-\($0.id)")]) }),
            "title": .text(source.title),
            "authorList": .text(source.authors.joined(separator: ", ")),
            "hasAuthors": .bool(!source.authors.isEmpty),
        ]
        fields.setIfPresent("publisher", source.publisher)
        fields.setIfPresent("url", source.url)
        fields.setIfPresent("archived", source.archived)
        if let date = source.date {
            fields["date"] = .text(DisplayDate.readable(date))
            fields["dateISO"] = .text(DisplayDate.iso(date))
        }
        if let accessed = source.accessed { fields["accessed"] = .text(DisplayDate.readable(accessed)) }
        if let note = source.note { fields["note"] = .html(inline.render(note, links: links)) }

        let citedBy = (site.backlinks.citations[source.id] ?? []).compactMap { group -> TemplateValue? in
            guard let slug = group.first?.briefing, let briefing = briefingsBySlug[slug] else { return nil }
            let items = group.map { citation -> TemplateValue in
                let label: String
                switch citation.kind {
                case .claim(_, let number): label = "claim \(number)"
                case .citation(let number): label = "citation \(number)"
                }
                return .object(["href": .text(links.briefing(slug, anchor: citation.anchor)), "label": .text(label)])
            }
            return .object(["title": .text(briefing.briefing.title), "href": .text(links.briefing(slug)), "items": .list(items)])
        }
        let entries = (site.backlinks.glossarySources[source.id] ?? []).compactMap { entriesByID[$0] }
        fields["citedBy"] = .list(citedBy)
        fields["glossary"] = .list(entries.map { .object(entrySummary($0, links: links)) })
        fields["isCited"] = .bool(!citedBy.isEmpty || !entries.isEmpty)
        return fields
    }
}
