/// The glossary index and each entry's page.
extension PageRenderer {
    func glossaryIndexContext(_ page: GlossaryIndexPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["groups"] = .list(page.groups.map { group in
            .object([
                "kind": .text(group.kind.rawValue),
                "label": .text(words.kinds(group.kind)),
                "entries": .list(group.entries.map { .object(entryFields($0, links: links)) }),
            ])
        })
        context["hasEntries"] = .bool(!page.groups.isEmpty)
        return context
    }

    func entryFields(_ entry: EntrySummary, links: LinkContext) -> TemplateFields {
        var fields = entryWords(entry, links: links)
        // An entry without a translation shows in the default language, marked so (DESIGN §8).
        if links.language.untranslatedEntries.contains(entry.id), let original = links.language.defaultLanguage {
            fields["lang"] = .text(original)
        }
        return fields
    }

    private func entryWords(_ entry: EntrySummary, links: LinkContext) -> TemplateFields {
        [
            "id": .text(entry.id),
            "name": .text(entry.name),
            "href": .text(links.glossaryEntry(entry.id)),
            "kind": .text(entry.kind.rawValue),
            "kindLabel": .text(words.kind(entry.kind)),
            "summary": .text(entry.summary),
            "aliases": .list(entry.aliases.map { .object(["name": .text($0)]) }),
            "hasAliases": .bool(!entry.aliases.isEmpty),
            "aliasList": .text(entry.aliases.joined(separator: ", ")),
        ]
    }

    func entryContext(_ page: GlossaryEntryPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head, cards: page.cards)
        var fields = entryFields(page.entry, links: links)
        fields["body"] = .html(page.body)
        func entryList(_ entries: [EntrySummary]) -> TemplateValue { .list(entries.map { .object(entryFields($0, links: links)) }) }
        fields["parties"] = entryList(page.parties)
        fields["hasParties"] = .bool(!page.parties.isEmpty)
        fields["related"] = entryList(page.related)
        fields["hasRelated"] = .bool(!page.related.isEmpty)
        fields["partyOf"] = entryList(page.partyOf)
        fields["hasPartyOf"] = .bool(!page.partyOf.isEmpty)
        fields["dates"] = .list(page.dates.map { date in
            .object(["label": .text(words.dateLabel(date.label)), "value": .text(date.value)])
        })
        fields["hasDates"] = .bool(!page.dates.isEmpty)
        if let timeline = page.timeline { fields["timeline"] = .html(timeline.html(words: pictureWords)) }
        if let relations = page.relations { fields["relations"] = .html(relations.html(words: pictureWords)) }
        fields["sources"] = .list(page.sources.map { sourceFields($0, links: links) })
        fields["hasSources"] = .bool(!page.sources.isEmpty)
        // "Mentioned in": every mention of the entry, grouped by briefing in listing order.
        let mentions = page.mentions.map { group -> TemplateValue in
            // The title escaped once for all of its briefing's mentions (an entry may have thousands);
            // the index is digits, nothing to escape.
            let title = HTMLEscaping.escape(group.title)
            let items = group.anchors.enumerated().map { index, anchor -> TemplateValue in
                let number = String(index + 1)
                return .object(["href": .text(links.briefing(group.slug, anchor: anchor)), "index": .text(number),
                                "label": .html(words.text("entry.mentionLabel", ["index": number, "title": title]))])
            }
            return .object(["title": .text(group.title), "href": .text(links.briefing(group.slug)),
                            "mentions": .list(items), "count": .text(String(items.count))])
        }
        fields["mentionedIn"] = .list(mentions)
        fields["isMentioned"] = .bool(!mentions.isEmpty)
        fields["noMentions"] = sentence("entry.noMentionsYet", text: ["name": page.entry.name])
        context["entry"] = .object(fields)
        return context
    }
}
