/// How a page links to other pages of the site: relative from its depth, or absolute from the base URL,
/// ending in the folder or (for `--portable`, opened from disk) in `index.html`.
public struct LinkContext: Sendable, Hashable {
    /// Prepended to a site path: `../../` on a page two folders deep, the base URL on `404.html`.
    public var rootPrefix: String
    public var portable: Bool
    /// The language the page is in: its pages sit under its folder (DESIGN §8).
    public var language: LanguageLinks

    public init(rootPrefix: String, portable: Bool, language: LanguageLinks = .root) {
        self.rootPrefix = rootPrefix
        self.portable = portable
        self.language = language
    }

    /// The context of a page at `path` in its language's folder (`briefings/x/`, or `` for the
    /// language's home): its depth counts the language folder too.
    public init(pagePath: String, portable: Bool, language: LanguageLinks = .root) {
        let depth = (language.folder + pagePath).split(separator: "/").count
        self.init(rootPrefix: String(repeating: "../", count: depth), portable: portable, language: language)
    }

    /// A link to the page in folder `path` of the page's language (`glossary/russia/`, or `` for its home).
    public func page(_ path: String, anchor: String? = nil) -> String {
        sitePage(language.folder + path, anchor: anchor)
    }

    /// A link to the page in folder `path` from the site's root, whatever the language (`fr/briefings/x/`).
    public func sitePage(_ path: String, anchor: String? = nil) -> String {
        var link = rootPrefix + path
        if portable { link += "index.html" }
        if link.isEmpty { link = "./" }
        if let anchor { link += "#" + anchor }
        return link
    }

    /// A link to a file of the whole site (`assets/style.css`).
    public func file(_ path: String) -> String { rootPrefix + path }

    /// A link to a file of the page's language (`feed.xml`, `fr/feed.xml`).
    public func languageFile(_ path: String) -> String { rootPrefix + language.folder + path }

    public func briefing(_ slug: String, anchor: String? = nil) -> String {
        language.untranslatedBriefings.contains(slug) ? sitePage("briefings/\(slug)/", anchor: anchor)
            : page("briefings/\(slug)/", anchor: anchor)
    }

    public func glossaryEntry(_ id: String) -> String {
        language.untranslatedEntries.contains(id) ? sitePage("glossary/\(id)/") : page("glossary/\(id)/")
    }

    public func source(_ id: String) -> String { page("sources/", anchor: "source-\(id)") }
}
