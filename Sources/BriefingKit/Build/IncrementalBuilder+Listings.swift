extension IncrementalBuilder {
    /// Whether the listing pages (home, tags, claims, sources, search, feed, sitemap, 404) would come
    /// out the same: the same briefings are shown, and everything listings take from each changed
    /// briefing — its front matter, headings, numbered claims with their notes, mentions and
    /// citations — is unchanged. Then an edit to a paragraph re-renders only the briefing's own page.
    static func listingsUnchanged(for changed: Set<String>, before: AnnotatedSite, after: AnnotatedSite) -> Bool {
        eachChanged(changed, before: before, after: after) { was, now, slug in
            fingerprint(was) == fingerprint(now) && before.backlinks.shares[slug] == after.backlinks.shares[slug]
        }
    }

    /// Whether the sources page would come out the same: the same briefings in the same order, and
    /// each changed briefing with the same title and the same citations ("Cited by" shows no more).
    static func sourcesPageUnchanged(for changed: Set<String>, before: AnnotatedSite, after: AnnotatedSite) -> Bool {
        eachChanged(changed, before: before, after: after) { was, now, slug in
            was.briefing.title == now.briefing.title
                && before.backlinks.shares[slug]?.citations == after.backlinks.shares[slug]?.citations
        }
    }

    /// Whether both sites show the same briefings in the same order and `same` holds for each changed
    /// briefing as it was and as it is.
    private static func eachChanged(_ changed: Set<String>, before: AnnotatedSite, after: AnnotatedSite,
                                    same: (AnnotatedBriefing, AnnotatedBriefing, String) -> Bool) -> Bool {
        guard before.backlinks.order == after.backlinks.order else { return false }
        for slug in changed {
            guard let index = after.briefings.firstIndex(where: { $0.briefing.slug == slug }),
                  same(before.briefings[index], after.briefings[index], slug) else { return false }
        }
        return true
    }

    /// Everything other pages show of one briefing but its mentions and citations, as text.
    static func fingerprint(_ annotated: AnnotatedBriefing) -> [String] {
        let briefing = annotated.briefing
        var parts = [briefing.title, briefing.date.description, briefing.updated?.description ?? "-",
                     briefing.authors.joined(separator: "\u{1F}"), briefing.summary ?? "-",
                     briefing.tags.joined(separator: "\u{1F}"), String(briefing.draft),
                     // Redirect pages and anchors.json are written with the listings.
                     briefing.movedFrom.map(\.id).joined(separator: ",")]
        for heading in annotated.headings { parts.append("h\(heading.level) \(heading.slug) \(heading.text)") }
        for numbered in annotated.claims {
            let claim = numbered.claim
            parts.append([String(numbered.number), claim.id, claim.status.rawValue, claim.confidence?.rawValue ?? "-",
                          claim.sources.map(\.id).joined(separator: ","), numbered.markIDs.joined(separator: ","),
                          numbered.text, numbered.noteHTML?.parts.joined(separator: "\u{1}") ?? "-",
                          numbered.correctionHTML?.parts.joined(separator: "\u{1}") ?? "-"].joined(separator: "\u{1F}"))
            // Its old ids are in anchors.json, which is written with the listings.
            parts.append(claim.movedFrom.map(\.id).joined(separator: ","))
        }
        return parts
    }
}
