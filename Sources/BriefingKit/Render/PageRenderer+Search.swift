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
        // Each briefing's items are joined into one fragment, reused while its view is equal.
        var parts = searchFragments.json(of: index.briefings, portable: index.portable) { briefing in
            var items: [JSONValue] = []
            appendItems(of: briefing, links: links, to: &items)
            return items.map(\.serialized).joined(separator: ",")
        }
        var items: [JSONValue] = []
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
        parts += items.map(\.serialized)
        return #"{"version":1,"items":["# + parts.joined(separator: ",") + "]}"
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

/// Each briefing's search items as JSON, kept from one rebuild to the next: a fragment is reused
/// only for a view equal to the one it was made from (the words are a constant table), so a verdict
/// change serializes that briefing's items alone.
final class SearchFragments: Sendable {
    private let fragments = Locked<[String: (briefing: SearchBriefing, portable: Bool, json: String)]>([:])

    init() {}

    /// The fragment of each of `briefings`, in their order; keeps only these for the next call.
    func json(of briefings: [SearchBriefing], portable: Bool, make: (SearchBriefing) -> String) -> [String] {
        let known = fragments.current
        var next: [String: (briefing: SearchBriefing, portable: Bool, json: String)] = [:]
        next.reserveCapacity(briefings.count)
        let parts = briefings.map { briefing -> String in
            let slug = briefing.summary.slug
            if let cached = known[slug], cached.portable == portable, cached.briefing == briefing {
                next[slug] = cached
                return cached.json
            }
            let json = make(briefing)
            next[slug] = (briefing, portable, json)
            return json
        }
        fragments.withLock { $0 = next }
        return parts
    }
}
