extension IncrementalBuilder {
    /// The pages a change to the briefings `changed` (edited, added or removed) can alter beyond the
    /// listings: those briefings, the briefings that link to them, and the glossary entries whose
    /// "Mentioned in" changed (its mentions, or the title of a briefing it lists), and the entries that
    /// the changed briefings' timeline events name.
    static func scope(changed: Set<String>, site: AnnotatedSite, previous: Backlinks, previousSite: AnnotatedSite?,
                      annotations: AnnotationCache) -> RenderScope {
        let briefings = changed.union(annotations.briefings(linkingTo: changed))
        func titles(in site: AnnotatedSite?) -> [String: String] {
            var titles: [String: String] = [:]
            for annotated in site?.briefings ?? [] where changed.contains(annotated.briefing.slug) {
                titles[annotated.briefing.slug] = annotated.briefing.title
            }
            return titles
        }
        let oldTitles = titles(in: previousSite), newTitles = titles(in: site)
        let retitled = changed.filter { previousSite == nil || oldTitles[$0] != newTitles[$0] }
        var entries: Set<String> = []
        for term in Set(previous.mentions.keys).union(site.backlinks.mentions.keys) {
            let before = previous.mentions[term] ?? [], after = site.backlinks.mentions[term] ?? []
            if before != after || (before + after).contains(where: { retitled.contains($0.first?.briefing ?? "") }) {
                entries.insert(term)
            }
        }
        // An entry's page shows the timeline events that name it, as they were and as they are.
        for annotated in (previousSite?.briefings ?? []) + site.briefings where changed.contains(annotated.briefing.slug) {
            entries.formUnion(annotated.briefing.timeline.compactMap(\.term?.id))
        }
        return RenderScope(briefings: briefings, glossaryEntries: entries)
    }

    /// Output paths of the pages `scope` leaves out, which stay as the last build wrote them.
    static func pagesLeftOut(by scope: RenderScope, site: AnnotatedSite) -> Set<String> {
        var kept: Set<String> = []
        if let chosen = scope.briefings {
            for annotated in site.briefings where !chosen.contains(annotated.briefing.slug) {
                kept.insert("briefings/\(annotated.briefing.slug)/index.html")
            }
        }
        if let chosen = scope.glossaryEntries {
            for annotated in site.glossary where !chosen.contains(annotated.entry.id) {
                kept.insert("glossary/\(annotated.entry.id)/index.html")
            }
        }
        return kept
    }
}
