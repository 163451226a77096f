extension Annotator {
    /// `Content/pages/` bodies, resolved like a glossary body at the page's own address. Glossary
    /// names are not auto-linked there: an About page naming a state is not about that state.
    func annotatePages(_ pages: [StandalonePage], _ shared: SharedContext) -> [(page: AnnotatedPage, part: Part)] {
        Parallel.map(pages) { page in
            let document = MarkdownDocument(parsing: page.body)
            var plainText = PlainText.of(document)
            var context = shared.context(page: "\(page.slug)/")
            context.autolink = .off
            if page.slug == StandalonePage.methodologySlug { context.reservedIDs = MethodologyAnchors.allIDs }
            var annotation = BodyAnnotator(context: context).annotate(document)
            plainText.footnotes = annotation.footnotes
            LinkCheck.checkFragments(annotation.fragmentLinks, against: annotation.anchors.union(context.reservedIDs),
                                     page: "this page", into: &annotation.diagnostics)
            let html = document.renderHTML(unsafe: shared.config.unsafeHTML)
            return (AnnotatedPage(page: page, bodyHTML: html, headings: annotation.headings, plainText: plainText),
                    Part(annotation: annotation, findings: .init()))
        }
    }
}
