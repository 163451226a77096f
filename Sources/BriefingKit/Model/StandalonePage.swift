/// `Content/pages/<slug>.md`: a page of the site's own (About, a corrections policy), rendered at
/// `<slug>/`; `methodology.md` supplies the generated methodology page's title and introduction.
public struct StandalonePage: Sendable {
    public var slug: String
    public var path: String
    public var title: String
    public var summary: String?
    /// Position in the site header; pages without it are not in the header.
    public var nav: Int?
    public var body: MarkdownSource

    public init(slug: String, path: String, title: String, summary: String? = nil, nav: Int? = nil,
                body: MarkdownSource) {
        self.slug = slug
        self.path = path
        self.title = title
        self.summary = summary
        self.nav = nav
        self.body = body
    }

    /// The slug whose file supplies the generated methodology page instead of a page of its own.
    public static let methodologySlug = "methodology"
}
