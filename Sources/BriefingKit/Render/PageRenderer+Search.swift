/// The search page `search/`, and its index twice: `search.json` at the root (for any client) and
/// `search/index.js` (the same data assigned to `window.BRIEFING_SEARCH`, so the page reads it with a
/// script element, which works from `file://` too). The index holds titles, summaries, section
/// headings, claim texts with their verdicts and glossary names, aliases and summaries — not whole
/// bodies. Its URLs are relative to the site root (ending in `index.html` for `--portable`); the page
/// resolves them against its own location.
extension PageRenderer {
    func searchContext(_ page: SearchPage) -> [String: TemplateValue] {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["search"] = .object([
            "root": .text(links.rootPrefix.isEmpty ? "./" : links.rootPrefix),
            "index": .text(links.file("search/index.js")),
        ])
        return context
    }

    func appendSearchIndex(_ index: SearchIndexFile, to output: inout [UInt8]) {
        var key = index
        key.asScript = false
        // `search.json` and `search/index.js` hold the same JSON: made once for both.
        let json = searchJSON.value(for: key) { searchJSON(index) }
        output.append(contentsOf: (index.asScript ? "window.BRIEFING_SEARCH = " + json + ";\n" : json + "\n").utf8)
    }

    private func searchJSON(_ index: SearchIndexFile) -> String {
        let links = LinkContext(rootPrefix: "", portable: index.portable)
        var items: [JSONValue] = []
        for briefing in index.briefings { appendItems(of: briefing, links: links, to: &items) }
        for entry in index.glossary {
            var fields: [(String, JSONValue)] = [
                ("type", .string("term")),
                ("title", .string(entry.name)),
                ("url", .string(links.glossaryEntry(entry.id))),
                ("kind", .string(words.kind(entry.kind))),
                ("text", .string(entry.summary)),
            ]
            if !entry.aliases.isEmpty { fields.append(("aliases", .array(entry.aliases.map(JSONValue.string)))) }
            items.append(.object(fields))
        }
        return #"{"version":1,"items":["# + items.map(\.serialized).joined(separator: ",") + "]}"
    }

    /// One briefing's items: the briefing, its sections, its marked claims.
    private func appendItems(of briefing: SearchBriefing, links: LinkContext, to items: inout [JSONValue]) {
        let summary = briefing.summary
        let slug = summary.slug
        var fields: [(String, JSONValue)] = [
            ("type", .string("briefing")),
            ("title", .string(summary.title)),
            ("url", .string(links.briefing(slug))),
            ("date", .string(DisplayDate.iso(summary.date))),
        ]
        if let text = summary.summary { fields.append(("text", .string(text))) }
        if !summary.tags.isEmpty { fields.append(("tags", .array(summary.tags.map(JSONValue.string)))) }
        items.append(.object(fields))
        for heading in briefing.headings where heading.level >= 2 && heading.level <= 4 {
            items.append(.object([
                ("type", .string("section")),
                ("title", .string(heading.text)),
                ("url", .string(links.briefing(slug, anchor: heading.slug))),
                ("in", .string(summary.title)),
            ]))
        }
        for claim in briefing.claims {
            items.append(.object([
                ("type", .string("claim")),
                ("title", .string(claim.text)),
                ("url", .string(links.briefing(slug, anchor: claim.markIDs.first ?? "note-\(claim.id)"))),
                ("in", .string(summary.title)),
                ("status", .string(claim.status.rawValue)),
                ("verdict", .string(words.verdict(claim.status))),
            ]))
        }
    }
}
