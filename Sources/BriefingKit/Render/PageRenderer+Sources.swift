/// The bibliography, each source with "Cited by" back to every claim and citation.
extension PageRenderer {
    func sourcesContext(_ page: SourcesPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head, cards: page.cards)
        // Made as the template reaches each source: the page lists 2,000 sources on the benchmark
        // corpus, in this list or by kind (`sourceGroups`), and a template reads one of the two.
        context["sources"] = .lazyList(TemplateList(page.sources) { [self] in .object(sourceEntryFields($0, links: links)) })
        context["hasSources"] = .bool(!page.sources.isEmpty)
        context["sourceGroups"] = sourceGroups(page.sources, links: links)
        return context
    }

    func sourceEntryFields(_ source: SourceEntry, links: LinkContext) -> TemplateFields {
        var fields: TemplateFields = [
            "id": .text(source.id),
            "anchor": .text("source-\(source.id)"),
            // Ids the source had before (`moved-from`), kept as empty elements at its start.
            "movedAnchors": .list(source.movedFrom.map { .object(["anchor": .text("source-\($0)")]) }),
            "title": .text(source.title),
            "authorList": .text(source.authors.joined(separator: ", ")),
            "hasAuthors": .bool(!source.authors.isEmpty),
        ]
        fields.setIfPresent("publisher", source.publisher)
        fields.setIfPresent("url", source.url)
        fields.setIfPresent("archived", source.archived)
        if let date = source.date {
            fields["date"] = .text(words.date(date))
            fields["dateISO"] = .text(DisplayDate.iso(date))
        }
        if let accessed = source.accessed {
            fields["accessed"] = .text(words.date(accessed))
            fields["accessedSentence"] = sentence("source.accessedOn", text: ["date": words.date(accessed)])
        }
        if let note = source.noteHTML { fields["note"] = .html(note) }
        let citedBy = source.citedBy.map { group -> TemplateValue in
            let items = group.citations.map { citation -> TemplateValue in
                let label = switch citation.kind {
                case .claim(_, let number): words.text("citedBy.claim", ["number": String(number)])
                case .citation(let number): words.text("citedBy.citation", ["number": String(number)])
                }
                return .object(["href": .text(links.briefing(group.slug, anchor: citation.anchor)), "label": .text(label)])
            }
            return .object(["title": .text(group.title), "href": .text(links.briefing(group.slug)), "items": .list(items)])
        }
        fields["citedBy"] = .list(citedBy)
        fields["glossary"] = .list(source.glossary.map { .object(entryFields($0, links: links)) })
        fields["isCited"] = .bool(!citedBy.isEmpty || !source.glossary.isEmpty)
        fields.merge(gradeFields(source.grade, links: links))
        fields["claimCount"] = countSentence("claims.count", source.claimCount)
        return fields
    }
}
