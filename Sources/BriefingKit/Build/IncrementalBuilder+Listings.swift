extension IncrementalBuilder {
    /// Whether the listing pages (home, tags, claims, sources, search, feed, sitemap, 404) would come
    /// out the same: the same briefings are shown, and everything listings take from each changed
    /// briefing — its front matter, headings, numbered claims with their notes, mentions and
    /// citations — is unchanged. Then an edit to a paragraph re-renders only the briefing's own page.
    static func listingsUnchanged(for changed: Set<String>, before: AnnotatedSite, after: AnnotatedSite) -> Bool {
        guard before.briefings.map(\.briefing.slug) == after.briefings.map(\.briefing.slug) else { return false }
        let old = Dictionary(before.briefings.map { ($0.briefing.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.briefings.map { ($0.briefing.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for slug in changed {
            guard let was = old[slug], let now = new[slug] else { return false }
            if fingerprint(was, before.backlinks) != fingerprint(now, after.backlinks) { return false }
        }
        return true
    }

    /// Everything other pages show of one briefing, as text.
    static func fingerprint(_ annotated: AnnotatedBriefing, _ backlinks: Backlinks) -> [String] {
        let briefing = annotated.briefing
        var parts = [briefing.title, briefing.date.description, briefing.updated?.description ?? "-",
                     briefing.authors.joined(separator: "\u{1F}"), briefing.summary ?? "-",
                     briefing.tags.joined(separator: "\u{1F}"), String(briefing.draft)]
        for heading in annotated.headings { parts.append("h\(heading.level) \(heading.slug) \(heading.text)") }
        for numbered in annotated.claims {
            let claim = numbered.claim
            parts.append([String(numbered.number), claim.id, claim.status.rawValue, claim.confidence?.rawValue ?? "-",
                          claim.sources.map(\.id).joined(separator: ","), numbered.markIDs.joined(separator: ","),
                          numbered.text, numbered.noteHTML?.parts.joined(separator: "\u{1}") ?? "-",
                          numbered.correctionHTML?.parts.joined(separator: "\u{1}") ?? "-"].joined(separator: "\u{1F}"))
        }
        let slug = briefing.slug
        for term in backlinks.mentions.keys.sorted() {
            let anchors = (backlinks.mentions[term] ?? []).first { $0.first?.briefing == slug }?.map(\.anchor) ?? []
            if !anchors.isEmpty { parts.append("m \(term) " + anchors.joined(separator: ",")) }
        }
        for source in backlinks.citations.keys.sorted() {
            let anchors = (backlinks.citations[source] ?? []).first { $0.first?.briefing == slug }?
                .map { "\($0.anchor) \($0.kind)" } ?? []
            if !anchors.isEmpty { parts.append("c \(source) " + anchors.joined(separator: ",")) }
        }
        return parts
    }
}
