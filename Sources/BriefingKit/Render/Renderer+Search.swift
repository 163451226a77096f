extension Renderer {
    /// The search page `search/`, and its index twice: `search.json` at the root (for any client) and
    /// `search/index.js` (the same data assigned to `window.BRIEFING_SEARCH`, so the page reads it with a
    /// script element, which works from `file://` too). The index holds titles, summaries, section
    /// headings, claim texts with their verdicts and glossary names, aliases and summaries — not whole
    /// bodies. Its URLs are relative to the site root (ending in `index.html` for `--portable`); the page
    /// resolves them against its own location.
    func renderSearch(_ output: PageSink) {
        let index = searchIndex()
        output.emit(OutputFile(path: "search.json", text: index + "\n"))
        output.emit(OutputFile(path: "search/index.js", text: "window.BRIEFING_SEARCH = " + index + ";\n"))

        let links = self.links(for: "search/")
        var context = chrome(path: "search/", title: "Search", description: nil, links: links)
        context["search"] = .object([
            "root": .text(links.rootPrefix.isEmpty ? "./" : links.rootPrefix),
            "index": .text(links.file("search/index.js")),
        ])
        output.page("search", path: "search/", context: context)
    }

    /// The index as JSON text. Each briefing's items are serialized once per annotation (a briefing
    /// a preview rebuild takes from its cache keeps them), the glossary's every time.
    func searchIndex() -> String {
        let links = LinkContext(rootPrefix: "", portable: options.portable)
        let briefingItems = Parallel.map(site.briefings) { annotated in
            annotated.searchItems.value(for: options.portable) {
                searchItems(for: annotated, links: links).map(\.serialized).joined(separator: ",")
            }
        }
        var items: [JSONValue] = []
        for annotated in site.glossary {
            let entry = annotated.entry
            var fields: [(String, JSONValue)] = [
                ("type", .string("term")),
                ("title", .string(entry.name)),
                ("url", .string(links.glossaryEntry(entry.id))),
                ("kind", .string(entry.kind.label)),
                ("text", .string(entry.summary)),
            ]
            if !entry.aliases.isEmpty { fields.append(("aliases", .array(entry.aliases.map(JSONValue.string)))) }
            items.append(.object(fields))
        }
        let all = briefingItems.filter { !$0.isEmpty } + items.map(\.serialized)
        return #"{"version":1,"items":["# + all.joined(separator: ",") + "]}"
    }

    /// One briefing's items: the briefing, its sections, its marked claims.
    private func searchItems(for annotated: AnnotatedBriefing, links: LinkContext) -> [JSONValue] {
        var items: [JSONValue] = []
        let briefing = annotated.briefing
        let slug = briefing.slug
        var fields: [(String, JSONValue)] = [
            ("type", .string("briefing")),
            ("title", .string(briefing.title)),
            ("url", .string(links.briefing(slug))),
            ("date", .string(DisplayDate.iso(briefing.date))),
        ]
        if let summary = briefing.summary { fields.append(("text", .string(summary))) }
        if !briefing.tags.isEmpty { fields.append(("tags", .array(briefing.tags.map(JSONValue.string)))) }
        items.append(.object(fields))
        for heading in annotated.headings where heading.level >= 2 && heading.level <= 4 {
            items.append(.object([
                ("type", .string("section")),
                ("title", .string(heading.text)),
                ("url", .string(links.briefing(slug, anchor: heading.slug))),
                ("in", .string(briefing.title)),
            ]))
        }
        for numbered in annotated.claims where !numbered.text.isEmpty {
            let claim = numbered.claim
            let anchor = numbered.markIDs.first ?? "note-\(claim.id)"
            items.append(.object([
                ("type", .string("claim")),
                ("title", .string(numbered.text)),
                ("url", .string(links.briefing(slug, anchor: anchor))),
                ("in", .string(briefing.title)),
                ("status", .string(claim.status.rawValue)),
                ("verdict", .string(claim.status.label)),
            ]))
        }
        return items
    }
}
