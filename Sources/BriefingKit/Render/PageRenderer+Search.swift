/// The search page `search/`: the form, the words its script shows (JSON in the page, so that
/// `search.js` has no words of its own) and the two scripts, `assets/search.js` and the index's
/// manifest. The index files themselves are written as the planner made them.
extension PageRenderer {
    func searchContext(_ page: SearchPage) -> TemplateFields {
        let links = self.links(page.head)
        var context = chrome(page.head)
        let words = JSONValue.object(page.scriptWords.compactMap { pair in
            pair.count == 2 ? (pair[0], JSONValue.string(pair[1])) : nil
        })
        context["search"] = .object([
            // Result addresses are relative to the language's home (DESIGN §8: one index per language).
            "root": .text(links.languageFile("").isEmpty ? "./" : links.languageFile("")),
            "script": .text(page.head.settings.assets.address("assets/search.js", links: links)),
            "manifest": .text(links.languageFile(page.manifestPath)),
            // Inside <script type="application/json">: `<` is escaped so no text can close the element.
            "scriptWords": .text(words.serialized.replacingOccurrences(of: "<", with: "\\u003c")),
            "noscript": sentence("search.noscriptBrowse", markup: [
                "briefings": link(links.page(""), self.words.text("browse.briefings")),
                "claims": link(links.page("claims/"), self.words.text("browse.claims")),
                "glossary": link(links.page("glossary/"), self.words.text("browse.glossary")),
                "sources": link(links.page("sources/"), self.words.text("browse.sources")),
            ]),
        ])
        return context
    }
}
