extension Renderer {
    /// One published correction or update, with its briefing, for `corrections/` and `corrections.xml`.
    struct PublishedUpdate {
        var briefing: AnnotatedBriefing
        /// 1-based, as in `update-<n>`.
        var number: Int
        var update: BriefingUpdate
    }

    /// Every update of the rendered briefings, newest first (ties: listing order, later entry first).
    func publishedUpdates() -> [PublishedUpdate] {
        var all: [(order: Int, item: PublishedUpdate)] = []
        for (order, annotated) in site.briefings.enumerated() {
            for (index, update) in annotated.briefing.updates.enumerated() {
                all.append((order, PublishedUpdate(briefing: annotated, number: index + 1, update: update)))
            }
        }
        return all.sorted { a, b in
            if a.item.update.date != b.item.update.date { return a.item.update.date > b.item.update.date }
            if a.order != b.order { return a.order < b.order }
            return a.item.number > b.item.number
        }.map(\.item)
    }

    /// The element id of an update's entry on `corrections/`, which the briefing's entry links back to.
    static func correctionsEntryID(slug: String, number: Int) -> String { "\(slug)--update-\(number)" }

    func updateEntryFields(_ item: PublishedUpdate, links: LinkContext) -> [String: TemplateValue] {
        let briefing = item.briefing.briefing
        var fields: [String: TemplateValue] = [
            "id": .text(Self.correctionsEntryID(slug: briefing.slug, number: item.number)),
            "kind": .text(item.update.kind.rawValue),
            "label": .text(item.update.kind.label),
            "date": .text(DisplayDate.readable(item.update.date)),
            "dateISO": .text(DisplayDate.iso(item.update.date)),
            "timestamp": .text(DisplayDate.timestamp(item.update.date)),
            "briefingTitle": .text(briefing.title),
            "href": .text(links.briefing(briefing.slug, anchor: "update-\(item.number)")),
        ]
        let index = item.number - 1
        if index < item.briefing.updatesHTML.count { fields["text"] = .html(item.briefing.updatesHTML[index].resolved(for: links)) }
        return fields
    }

    /// `corrections/` (every correction and update, newest first) and `corrections.xml` (Atom).
    func renderCorrections(_ output: PageSink) {
        let updates = publishedUpdates()
        let links = self.links(for: "corrections/")
        var context = chrome(path: "corrections/", title: TrustWords.correctionsTitle, description: nil, links: links)
        context["corrections"] = .object([
            "title": .text(TrustWords.correctionsTitle),
            "entries": .list(updates.map { .object(updateEntryFields($0, links: links)) }),
            "hasEntries": .bool(!updates.isEmpty),
            "feed": .text(links.file("corrections.xml")),
        ])
        output.page("corrections", path: "corrections/", context: context)

        let absolute = LinkContext(rootPrefix: baseURL, portable: false)
        var feed = chrome(path: "corrections/", title: TrustWords.correctionsTitle, description: nil, links: absolute)
        feed["feedTitle"] = .text("\(site.site.config.title) — \(TrustWords.correctionsFeedTitle)")
        feed["feedURL"] = .text(baseURL + "corrections.xml")
        feed["pageURL"] = .text(baseURL + "corrections/")
        feed["updated"] = .text(updates.first.map { DisplayDate.timestamp($0.update.date) } ?? "1970-01-01T00:00:00Z")
        feed["entries"] = .list(updates.map { .object(updateEntryFields($0, links: absolute)) })
        output.file("corrections-feed", path: "corrections.xml", context: feed)
    }
}
