import Foundation

extension Renderer {
    func renderGlossary(_ output: PageSink) {
        let entries = site.glossary
        let indexLinks = links(for: "glossary/")
        var context = chrome(path: "glossary/", title: "Glossary", description: nil, links: indexLinks)
        context["groups"] = .list(GlossaryKind.allCases.compactMap { kind -> TemplateValue? in
            let members = entries.map(\.entry).filter { $0.kind == kind }.sorted(by: Self.alphabetical)
            guard !members.isEmpty else { return nil }
            return .object([
                "kind": .text(kind.rawValue),
                "label": .text(kind.pluralLabel),
                "entries": .list(members.map { .object(entrySummary($0, links: indexLinks)) }),
            ])
        })
        context["hasEntries"] = .bool(!entries.isEmpty)
        if scope.listings { output.page("glossary-index", path: "glossary/", context: context) }

        Parallel.forEach(entriesInScope(output)) { renderEntry($0, output) }
    }

    static func alphabetical(_ a: GlossaryEntry, _ b: GlossaryEntry) -> Bool {
        let x = a.name.lowercased(), y = b.name.lowercased()
        return x != y ? x < y : a.id < b.id
    }

    func entrySummary(_ entry: GlossaryEntry, links: LinkContext) -> [String: TemplateValue] {
        [
            "id": .text(entry.id),
            "name": .text(entry.name),
            "href": .text(links.glossaryEntry(entry.id)),
            "kind": .text(entry.kind.rawValue),
            "kindLabel": .text(entry.kind.label),
            "summary": .text(entry.summary),
            "aliases": .list(entry.aliases.map { .object(["name": .text($0)]) }),
            "hasAliases": .bool(!entry.aliases.isEmpty),
            "aliasList": .text(entry.aliases.joined(separator: ", ")),
        ]
    }

    private func renderEntry(_ annotated: AnnotatedGlossaryEntry, _ output: PageSink) {
        let entry = annotated.entry
        let path = "glossary/\(entry.id)/"
        let links = self.links(for: path)
        var context = chrome(path: path, title: entry.name, description: entry.summary, links: links)
        var fields = entrySummary(entry, links: links)
        fields["body"] = .html(annotated.bodyHTML)
        func entryList(_ references: [IDReference]) -> TemplateValue {
            .list(references.compactMap { entriesByID[$0.id] }.map { .object(entrySummary($0, links: links)) })
        }
        fields["parties"] = entryList(entry.parties)
        fields["hasParties"] = .bool(!entry.parties.isEmpty)
        fields["related"] = entryList(entry.related)
        fields["hasRelated"] = .bool(!entry.related.isEmpty)
        let partyOf = site.site.glossary.filter { $0.parties.contains { $0.id == entry.id } }.sorted(by: Self.alphabetical)
        fields["partyOf"] = .list(partyOf.map { .object(entrySummary($0, links: links)) })
        fields["hasPartyOf"] = .bool(!partyOf.isEmpty)
        fields["dates"] = .list(entry.dates.map { date in
            .object(["label": .text(date.label.replacingOccurrences(of: "-", with: " ")), "value": .text(date.value)])
        })
        fields["hasDates"] = .bool(!entry.dates.isEmpty)
        if let timeline = entryTimeline(entry, links: links) { fields["timeline"] = .html(timeline) }
        if let relations = entryRelations(entry, links: links) { fields["relations"] = .html(relations) }
        let sources = entry.sources.compactMap { sourceLink($0.id, links: links) }
        fields["sources"] = .list(sources)
        fields["hasSources"] = .bool(!sources.isEmpty)
        let mentions = mentionGroups(entry.id, links: links)
        fields["mentionedIn"] = .list(mentions)
        fields["isMentioned"] = .bool(!mentions.isEmpty)
        context["entry"] = .object(fields)
        output.page("glossary-entry", path: path, context: context)
    }

    /// "Mentioned in": every mention of the entry, grouped by briefing in listing order.
    private func mentionGroups(_ term: String, links: LinkContext) -> [TemplateValue] {
        (site.backlinks.mentions[term] ?? []).compactMap { group -> TemplateValue? in
            guard let slug = group.first?.briefing, let briefing = briefingsBySlug[slug] else { return nil }
            let items = group.enumerated().map { index, mention -> TemplateValue in
                .object(["href": .text(links.briefing(slug, anchor: mention.anchor)), "index": .text(String(index + 1))])
            }
            return .object(["title": .text(briefing.briefing.title), "href": .text(links.briefing(slug)),
                            "mentions": .list(items), "count": .text(String(items.count))])
        }
    }
}
