/// The page at an old address (`moved-from`, DESIGN §7 Permanence), rendered with `redirect.mustache`.
/// It works without JavaScript and from disk (`--portable`): a meta refresh and a visible link; its
/// script keeps the `#fragment` (a meta refresh drops it), so `old/#claim-x` lands on `new/#claim-x`.
/// `noindex` and `rel=canonical` keep search engines on the new page.
extension PageRenderer {
    func redirectContext(_ page: RedirectPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        context["redirect"] = .object([
            "title": .text(page.head.title),
            "href": .text(links.page(page.target)),
            "canonical": .text(page.head.settings.baseURL + page.head.settings.languageLinks.folder + page.target),
            "movedTo": sentence("redirect.movedToPage",
                                markup: ["page": link(links.page(page.target), page.head.title, attributes: "id=\"moved-to\" ")]),
        ])
        return context
    }
}
