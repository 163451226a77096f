extension Renderer {
    /// `methodology/`: what every verdict, confidence level, reliability letter and source kind means,
    /// each under the element id the rest of the site links to. `Content/pages/methodology.md`
    /// supplies the title and an introduction shown above the definitions.
    func renderMethodology(_ output: PageSink) {
        let path = MethodologyAnchors.path
        let links = self.links(for: path)
        let intro = site.pages.first { $0.page.slug == StandalonePage.methodologySlug }
        let title = intro?.page.title ?? TrustWords.methodologyTitle
        var context = chrome(path: path, title: title, description: intro?.page.summary, links: links)
        var fields: [String: TemplateValue] = ["title": .text(title)]
        if let intro { fields["intro"] = .html(intro.bodyHTML) }
        fields.setIfPresent("summary", intro?.page.summary)
        fields["verdicts"] = .list(ClaimStatus.allCases.map { status in
            .object(["id": .text(MethodologyAnchors.verdict(status)), "status": .text(status.rawValue),
                     "label": .text(status.label), "definition": .text(TrustWords.definition(of: status))])
        })
        fields["confidences"] = .list(Confidence.allCases.map { level in
            .object(["id": .text(MethodologyAnchors.confidence(level)), "label": .text(level.rawValue),
                     "definition": .text(TrustWords.definition(of: level))])
        })
        fields["grades"] = .list(Reliability.allCases.map { grade in
            .object(["id": .text(MethodologyAnchors.reliability(grade)), "letter": .text(grade.rawValue),
                     "meaning": .text(grade.meaning), "definition": .text(grade.definition)])
        })
        fields["unratedID"] = .text(MethodologyAnchors.unrated)
        fields["kinds"] = .list(SourceKind.allCases.map { kind in
            .object(["id": .text(MethodologyAnchors.kind(kind)), "label": .text(kind.label),
                     "definition": .text(kind.definition)])
        })
        context["methodology"] = .object(fields)
        output.page("methodology", path: path, context: context)
    }

    /// `Content/pages/<slug>.md` at `<slug>/` (all but `methodology`, which has its own page).
    func renderStandalonePages(_ output: PageSink) {
        for annotated in site.pages where annotated.page.slug != StandalonePage.methodologySlug {
            let page = annotated.page
            let path = page.slug + "/"
            var context = chrome(path: path, title: page.title, description: page.summary, links: self.links(for: path))
            var fields: [String: TemplateValue] = ["title": .text(page.title), "body": .html(annotated.bodyHTML)]
            fields.setIfPresent("summary", page.summary)
            context["standalone"] = .object(fields)
            output.page("page", path: path, context: context)
        }
    }

    /// The pages with `nav:` in header order (by `nav`, then slug), for every page's chrome.
    func navPages(links: LinkContext) -> TemplateValue {
        let pages = site.pages.map(\.page).filter { $0.nav != nil }
            .sorted { ($0.nav ?? 0, $0.slug) < ($1.nav ?? 0, $1.slug) }
        return .list(pages.map { page in
            let path = page.slug == StandalonePage.methodologySlug ? MethodologyAnchors.path : page.slug + "/"
            return .object(["title": .text(page.title), "href": .text(links.page(path))])
        })
    }
}
