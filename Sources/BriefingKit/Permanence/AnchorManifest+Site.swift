/// Where a site's pages come from, for `--since`.
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
        for page in site.pages { files["\(page.slug)/"] = page.path }
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

    /// What `published` promised that `pages` (the plan of `site`) lacks. The plan's own
    /// `anchors.json` is the new manifest, less the briefings `publishing` leaves out (`check` plans
    /// drafts too).
    func diagnostics(for pages: [Page], site: AnnotatedSite) -> Diagnostics {
        var current = AnchorManifest()
        for page in pages {
            if case .anchors(let manifest) = page.input { current = manifest }
        }
        for annotated in site.briefings where !publishing.publishes(annotated.briefing) {
            current.pages["briefings/\(annotated.briefing.slug)/"] = nil
        }
        return AnchorComparison(published: published, current: current,
                                origins: .init(site: site.site, options: publishing)).diagnostics()
    }
}
