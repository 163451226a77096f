/// How a page links to other pages of the site: relative from its depth, or absolute from the base URL,
/// ending in the folder or (for `--portable`, opened from disk) in `index.html`.
public struct LinkContext: Sendable, Equatable {
    /// Prepended to a site path: `../../` on a page two folders deep, the base URL on `404.html`.
    public var rootPrefix: String
    public var portable: Bool

    public init(rootPrefix: String, portable: Bool) {
        self.rootPrefix = rootPrefix
        self.portable = portable
    }

    /// The context of a page at `path` (a folder path such as `briefings/x/`, or `` for the root).
    public init(pagePath: String, portable: Bool) {
        let depth = pagePath.split(separator: "/").count
        self.init(rootPrefix: String(repeating: "../", count: depth), portable: portable)
    }

    /// A link to the page in folder `path` (`glossary/russia/`, or `` for the home page).
    public func page(_ path: String, anchor: String? = nil) -> String {
        var link = rootPrefix + path
        if portable { link += "index.html" }
        if link.isEmpty { link = "./" }
        if let anchor { link += "#" + anchor }
        return link
    }

    /// A link to a file (`assets/style.css`, `feed.xml`).
    public func file(_ path: String) -> String { rootPrefix + path }

    public func briefing(_ slug: String, anchor: String? = nil) -> String { page("briefings/\(slug)/", anchor: anchor) }
    public func glossaryEntry(_ id: String) -> String { page("glossary/\(id)/") }
    public func source(_ id: String) -> String { page("sources/", anchor: "source-\(id)") }
}
