/// What `ContentLoader.load(contentDirectory:)` returns: always a site, even a partial one,
/// and every problem found while reading it.
public struct LoadedContent: Sendable {
    public var site: Site
    public var diagnostics: Diagnostics

    public init(site: Site, diagnostics: Diagnostics) {
        self.site = site
        self.diagnostics = diagnostics
    }
}
