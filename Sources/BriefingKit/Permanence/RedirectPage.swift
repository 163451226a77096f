/// The page written at an old address (`moved-from`, DESIGN §7 Permanence). It works without the
/// templates, opened from disk (`--portable`) and without JavaScript: a meta refresh and a visible
/// link; the script keeps the `#fragment` (a meta refresh drops it), so `old/#claim-x` lands on
/// `new/#claim-x`. `noindex` and `rel=canonical` keep search engines on the new page.
struct RedirectPage: Sendable {
    /// The new page's title, as the editor wrote it.
    var title: String
    /// The new page, relative to the redirect page (`../new/`, or `../new/index.html` with `--portable`).
    var target: String
    /// The new page's absolute address.
    var canonical: String
    var language: String
    /// The site's icon, relative to the redirect page.
    var icon: String

    var html: String {
        let title = HTMLEscaping.escape(title), target = HTMLEscaping.escape(target)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscaping.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Moved: \(title)</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(HTMLEscaping.escape(canonical))">
            <link rel="icon" href="\(HTMLEscaping.escape(icon))">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <main>
            <p>This page has moved to <a id="moved-to" href="\(target)">\(title)</a>.</p>
            </main>
            <script>location.replace(document.getElementById("moved-to").href + location.hash);</script>
            </body>
            </html>

            """
    }
}

extension Renderer {
    /// A redirect page at each old address of a published briefing and of a glossary entry. Not
    /// pages of the site: neither in the sitemap nor in `anchors.json`.
    func renderRedirects(_ output: PageSink) {
        var redirects: [(old: String, new: String, title: String)] = []
        for annotated in site.briefings {
            let briefing = annotated.briefing
            redirects += briefing.movedFrom.map { ("briefings/\($0.id)/", "briefings/\(briefing.slug)/", briefing.title) }
        }
        for entry in site.site.glossary {
            redirects += entry.movedFrom.map { ("glossary/\($0.id)/", "glossary/\(entry.id)/", entry.name) }
        }
        for redirect in redirects {
            let links = self.links(for: redirect.old)
            let page = RedirectPage(title: redirect.title, target: links.page(redirect.new), canonical: baseURL + redirect.new,
                                    language: site.site.config.language, icon: assetVersions.address("assets/icon.svg", links: links))
            output.emit(OutputFile(path: redirect.old + "index.html", text: page.html))
        }
    }

    /// `anchors.json`: the citable pages and ids of this build (see `AnchorManifest`).
    func renderAnchors(_ output: PageSink) {
        let manifest = AnchorManifest(site: site, publishes: options.publishes)
        output.emit(OutputFile(path: AnchorManifest.fileName, text: manifest.json))
    }
}
