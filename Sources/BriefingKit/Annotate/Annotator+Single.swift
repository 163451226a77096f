extension Annotator {
    /// The body HTML of one briefing as its page has it (without the claims section), annotated against
    /// the rest of `site` (its glossary, sources and other briefings). For `briefing render`.
    public func renderBody(of briefing: Briefing, in site: Site, options: BuildOptions) -> (html: String, diagnostics: Diagnostics) {
        var site = site
        site.briefings.removeAll { $0.slug == briefing.slug }
        site.briefings.append(briefing)
        // Like drafts, a scheduled briefing renders (and may be linked): `render` shows one file as it will be.
        let (annotated, diagnostics) = annotate(site, options: BuildOptions(includeDrafts: true, portable: options.portable,
                                                                            now: options.now, includeFuture: true))
        let own = Diagnostics(diagnostics.items.filter { $0.location.file == briefing.path })
        guard let result = annotated.briefings.first(where: { $0.briefing.slug == briefing.slug }) else { return ("", own) }
        return (result.bodyHTML, own)
    }
}
