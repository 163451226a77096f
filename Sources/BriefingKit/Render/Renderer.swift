/// AnnotatedSite + templates → the files of the site, handed on one by one.
public struct Renderer {
    let site: AnnotatedSite
    let templates: any TemplateRendering
    let options: BuildOptions
    let templatesDirectory: String
    /// Absolute, ending in `/`.
    let baseURL: String
    let inline: InlineMarkdown
    let briefingsBySlug: [String: AnnotatedBriefing]
    let entriesByID: [String: GlossaryEntry]
    let sourcesByID: [String: Source]
    /// The pages to render (all but in the preview server's incremental rebuilds).
    public var scope = RenderScope.everything
    /// Content hashes of the template assets, for their cache-safe addresses (`links.stylesheet` …).
    public var assetVersions = AssetVersions()

    public init(site: AnnotatedSite, templates: any TemplateRendering, options: BuildOptions, templatesDirectory: String = "Templates") {
        self.site = site
        self.templates = templates
        self.options = options
        self.templatesDirectory = templatesDirectory
        var base = options.baseURL ?? site.site.config.baseURL
        if !base.hasSuffix("/") { base += "/" }
        baseURL = base
        briefingsBySlug = Dictionary(site.briefings.map { ($0.briefing.slug, $0) }, uniquingKeysWith: { first, _ in first })
        entriesByID = Dictionary(site.site.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourcesByID = Dictionary(site.site.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        inline = InlineMarkdown(sources: sourcesByID, glossary: entriesByID, unsafeHTML: site.site.config.unsafeHTML)
    }

    /// Every page, feed, sitemap and copied file. Pages are rendered on every core and handed to `emit`
    /// as they are made (from several threads). Problems (a missing template) are returned.
    public func render(emit: @escaping @Sendable (OutputFile) -> Void) -> Diagnostics {
        renderKeepingListingKeys(emit: emit).diagnostics
    }

    /// `render(emit:)`, also returning what each paginated listing page lists (for `RenderScope.listingKeys`;
    /// empty when the scope leaves the listings out).
    func renderKeepingListingKeys(emit: @escaping @Sendable (OutputFile) -> Void)
        -> (diagnostics: Diagnostics, listingKeys: [String: String]) {
        let output = PageSink(templates: templates, templatesDirectory: templatesDirectory,
                              glossaryCards: GlossaryCards(site.site.glossary, portable: options.portable),
                              listingScope: scope.listingKeys.flatMap { keys in scope.briefings.map { (keys, $0) } },
                              emit: emit)
        Parallel.forEach(briefingsInScope(output)) { renderBriefing($0, output) }
        renderGlossary(output)
        guard scope.listings else { return (output.diagnostics, [:]) }
        renderHome(output)
        if scope.sourcesPage {
            renderSources(output)
        } else {
            output.keep(page: "sources/")
        }
        renderClaims(output)
        renderTags(output)
        renderNotFound(output)
        renderSearch(output)
        renderFeeds(output)
        renderRedirects(output)
        renderAnchors(output)
        return (output.diagnostics, output.listingKeys)
    }

    /// The context every page shares: the site, the page's own metadata and links to the main sections.
    func chrome(path: String, title: String, description: String?, links: LinkContext) -> [String: TemplateValue] {
        let config = site.site.config
        var siteFields: [String: TemplateValue] = ["title": .text(config.title), "language": .text(config.language)]
        siteFields.setIfPresent("description", config.description)
        var pageFields: [String: TemplateValue] = [
            "title": .text(title),
            "canonical": .text(baseURL + path),
            "isHome": .bool(path.isEmpty),
        ]
        pageFields.setIfPresent("description", description ?? config.description)
        return [
            "site": .object(siteFields),
            "page": .object(pageFields),
            "links": .object([
                "home": .text(links.page("")),
                "glossary": .text(links.page("glossary/")),
                "sources": .text(links.page("sources/")),
                "claims": .text(links.page("claims/")),
                "tags": .text(links.page("tags/")),
                "search": .text(links.page("search/")),
                "feed": .text(links.file("feed.xml")),
                "stylesheet": .text(assetVersions.address("assets/style.css", links: links)),
                "script": .text(assetVersions.address("assets/briefing.js", links: links)),
                "icon": .text(assetVersions.address("assets/icon.svg", links: links)),
            ]),
        ]
    }

    func links(for path: String) -> LinkContext { LinkContext(pagePath: path, portable: options.portable) }
}

/// Renders templates into output files, turning a missing template into a diagnostic. Workers share one sink.
final class PageSink: Sendable {
    let templates: any TemplateRendering
    let templatesDirectory: String
    let emit: @Sendable (OutputFile) -> Void
    /// The hover-card data embedded in each page for the glossary entries it links.
    let glossaryCards: GlossaryCards?

    /// The listing keys of the output as last written, and the briefings rendered anew (whose
    /// entries in listings may read differently); nil: every listing page is rendered.
    let listingScope: (keys: [String: String], briefings: Set<String>)?
    private let state = Locked(State())

    private struct State {
        var diagnostics = Diagnostics()
        var reportedMissing: Set<String> = []
        var pagePaths: [String] = []
        var listingKeys: [String: String] = [:]
    }

    init(templates: any TemplateRendering, templatesDirectory: String, glossaryCards: GlossaryCards? = nil,
         listingScope: (keys: [String: String], briefings: Set<String>)? = nil,
         emit: @escaping @Sendable (OutputFile) -> Void) {
        self.templates = templates
        self.templatesDirectory = templatesDirectory
        self.glossaryCards = glossaryCards
        self.listingScope = listingScope
        self.emit = emit
    }

    var listingKeys: [String: String] { state.current.listingKeys }

    /// A paginated listing page (home, tag, claims by verdict) listing entries of `briefings`:
    /// rendered by `render` unless it lists what it listed when last written (`key` says what:
    /// its entries in order and the counts it shows) and none of those briefings is rendered anew
    /// (see `listingScope`). Then its file is kept as it is.
    func listingPage(path: String, key: String, briefings: [String], render: () -> Void) {
        state.withLock { $0.listingKeys[path] = key }
        if let listingScope, listingScope.keys[path] == key, !briefings.contains(where: listingScope.briefings.contains) {
            keep(page: path)
        } else {
            render()
        }
    }

    /// Keeps a page's file as the last build wrote it, and counts it for the sitemap.
    func keep(page path: String) {
        emit(OutputFile(path: path + "index.html", contents: .unchanged))
        notePage(path)
    }

    var diagnostics: Diagnostics { state.current.diagnostics }

    /// Folder paths of the HTML pages written so far, sorted (workers finish in any order).
    var pagePaths: [String] { state.current.pagePaths.sorted() }

    /// Counts a page this render leaves out (see `RenderScope`) for the sitemap, without rendering it.
    func notePage(_ path: String) {
        state.withLock { $0.pagePaths.append(path) }
    }

    /// Renders `template` into `path` + `index.html` (a page) and remembers it for the sitemap.
    func page(_ template: String, path: String, context: [String: TemplateValue], inSitemap: Bool = true) {
        var context = context
        if let data = glossaryCards?.data(for: context, pagePath: path) { context["glossaryData"] = .html(data) }
        file(template, path: path + "index.html", context: context)
        if inSitemap { state.withLock { $0.pagePaths.append(path) } }
    }

    func file(_ template: String, path: String, context: [String: TemplateValue]) {
        guard let text = templates.render(template, context) else {
            state.withLock { state in
                if state.reportedMissing.insert(template).inserted {
                    state.diagnostics.error("missing template '\(template)'",
                                            at: SourceLocation(file: "\(templatesDirectory)/\(template).mustache", line: 1))
                }
            }
            return
        }
        emit(OutputFile(path: path, text: Self.removingForbiddenCharacters(text)))
    }

    /// XML 1.0 forbids most C0 controls (and U+FFFE, U+FFFF) even as character references, and HTML
    /// calls them parse errors, so an editor's stray control character would make the feed unreadable
    /// and the page invalid: they are left out of every generated file.
    static func removingForbiddenCharacters(_ text: String) -> String {
        func forbidden(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
                || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
        // Quick byte scan: every forbidden scalar starts with a byte below 0x20, 0x7F or 0xEF.
        let suspicious = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xEF
        }
        guard suspicious, text.unicodeScalars.contains(where: forbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !forbidden($0) }))
    }
}
