/// The manifest and origins of a site as annotated: what the new build publishes, for `anchors.json`
/// and for `--since`.
extension AnchorManifest {
    /// Every published briefing, every glossary entry and `sources/`, with their citable ids. Redirect
    /// pages (`moved-from`) are not pages of their own and are left out.
    public init(site: AnnotatedSite, publishes: (Briefing) -> Bool) {
        var pages: [String: [String]] = [:]
        for annotated in site.briefings where publishes(annotated.briefing) {
            pages["briefings/\(annotated.briefing.slug)/"] = Self.citableIDs(of: annotated)
        }
        for entry in site.glossary {
            // Heading slugs only: mentions change with ordinary edits.
            pages["glossary/\(entry.entry.id)/"] = entry.headings.map(\.slug)
        }
        pages["sources/"] = site.site.sources.flatMap { source in
            ["source-\(source.id)"] + source.movedFrom.map { "source-\($0.id)" }
        }
        self.init(pages: pages)
    }

    /// A briefing page's citable ids: each claim's first mark and note (and those its `moved-from`
    /// keeps), and heading slugs. Later marks (`--2`), mentions and citations are not promised.
    static func citableIDs(of annotated: AnnotatedBriefing) -> [String] {
        var ids: [String] = annotated.headings.map(\.slug)
        for numbered in annotated.claims {
            let marked = !numbered.markIDs.isEmpty
            for id in [numbered.claim.id] + numbered.claim.movedFrom.map(\.id) {
                if marked { ids.append("claim-\(id)") }
                ids.append("note-\(id)")
            }
        }
        // Hook for corrections and updates (issue 13): add "update-<n>" for each of the briefing's
        // published updates here, so that `--since` refuses a build that removes one.
        return ids
    }
}

extension AnchorComparison.Origins {
    /// Where each page of `site` comes from, which briefings `options` leaves out, and the redirects
    /// that `moved-from` makes to published pages.
    public init(site: Site, options: BuildOptions) {
        var files: [String: String] = [:], leftOut: [String: String] = [:], redirects: [String: String] = [:]
        for briefing in site.briefings {
            let page = "briefings/\(briefing.slug)/"
            files[page] = briefing.path
            if let reason = options.leftOutReason(briefing) {
                leftOut[page] = reason
            } else {
                for old in briefing.movedFrom { redirects["briefings/\(old.id)/"] = page }
            }
        }
        for entry in site.glossary {
            files["glossary/\(entry.id)/"] = entry.path
            for old in entry.movedFrom { redirects["glossary/\(old.id)/"] = "glossary/\(entry.id)/" }
        }
        if let first = site.sources.first { files["sources/"] = first.location.file }
        self.init(files: files, leftOut: leftOut, redirects: redirects)
    }
}

/// `--since`: the published anchors and the publishing rule to judge the new site by (for `check`,
/// which annotates drafts too, a plain build's).
public struct SinceCheck: Sendable {
    public var published: PublishedAnchors
    public var publishing: BuildOptions

    public init(published: PublishedAnchors, publishing: BuildOptions) {
        self.published = published
        self.publishing = publishing
    }

    func diagnostics(for site: AnnotatedSite) -> Diagnostics {
        let current = AnchorManifest(site: site, publishes: publishing.publishes)
        return AnchorComparison(published: published, current: current,
                                origins: .init(site: site.site, options: publishing)).diagnostics()
    }
}
