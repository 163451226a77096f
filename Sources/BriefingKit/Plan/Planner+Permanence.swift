/// The pages that keep old links working (DESIGN §7 Permanence): a redirect page at each old address
/// (`moved-from`) of a published briefing and of a glossary entry. Not pages of the site: neither in
/// the sitemap nor in `anchors.json`.
extension PlanViews {
    func redirectPages() -> [Page] {
        var pages: [Page] = []
        for annotated in site.briefings {
            let briefing = annotated.briefing
            for old in briefing.movedFrom {
                pages.append(redirect(from: "briefings/\(old.id)/", to: "briefings/\(briefing.slug)/", title: briefing.title))
            }
        }
        // An entry without a translation has no page in this language, so no old address to keep there.
        for annotated in site.glossary where !settings.languageLinks.untranslatedEntries.contains(annotated.entry.id) {
            let entry = annotated.entry
            for old in entry.movedFrom {
                pages.append(redirect(from: "glossary/\(old.id)/", to: "glossary/\(entry.id)/", title: entry.name))
            }
        }
        return pages
    }

    private func redirect(from old: String, to new: String, title: String) -> Page {
        Page(path: old + "index.html", input: .redirect(RedirectPage(head: head(old, title: title), target: new)))
    }
}

extension AnchorManifest {
    /// The manifest of a plan: each page that is in it (`Page.citableIDs`) with its citable ids.
    init(planned pages: [Page]) {
        var manifest: [String: [String]] = [:]
        for page in pages {
            guard let ids = page.citableIDs, let folder = page.folder else { continue }
            manifest[folder] = ids
        }
        // Each page's ids are sorted and distinct already (`Page.citableIDs`).
        self.init(version: AnchorManifest.currentVersion, sortedPages: manifest)
    }
}

extension Page {
    // The ids `anchors.json` promises (DESIGN §7): briefings (the first mark and note of each claim,
    // ids kept by `moved-from`, `update-<n>`, heading slugs), glossary entries and standalone pages
    // (heading slugs) and `sources/` (`source-<id>`). Later marks (`claim-<id>--2`), mentions,
    // citations and the templates' own ids (`updates`) are not promised; listing, tag, pagination,
    // claims, corrections and the generated `methodology/` pages are not in it at all.
    static func isCitable(_ id: String) -> Bool {
        if id.hasPrefix("mention-") || id.hasPrefix("cite-") { return false }
        if HeadingSlugger.templateIDs.contains(id) { return false }
        // Ids never hold `--` (DESIGN §3): only later marks do.
        if id.hasPrefix("claim-") { return !id.contains("--") }
        return true
    }
}
