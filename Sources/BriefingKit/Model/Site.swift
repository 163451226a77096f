/// Everything the loader read from `Content/`, as typed values; the input of the annotator.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Sources in the order of `sources.yaml`.
    public var sources: [Source]
    /// Glossary entries sorted by id.
    public var glossary: [GlossaryEntry]
    /// Briefings sorted by slug (drafts included; the renderer decides what to show).
    public var briefings: [Briefing]
    /// `Content/pages/*.md` sorted by slug, `methodology` included.
    public var pages: [StandalonePage]
    /// Paths of files under `Content/assets/`, relative to it, sorted.
    public var assets: [String]
    /// Paths of files under `Content/static/`, relative to it, sorted.
    public var staticFiles: [String]
    /// Ids of files that could not be read, so references to them are not reported twice.
    public var unreadable = UnreadableContent()
    /// Sizes of the images under `Content/assets/` (PNG, JPEG, GIF, WebP, SVG), by path relative to it.
    public var imageSizes: [String: ImageSize] = [:]
    /// The translations, by language code (DESIGN §8); empty for a one-language site.
    public var translations: [String: LanguageContent] = [:]

    public init(config: SiteConfig, sources: [Source] = [], glossary: [GlossaryEntry] = [],
                briefings: [Briefing] = [], pages: [StandalonePage] = [], assets: [String] = [],
                staticFiles: [String] = []) {
        self.config = config
        self.sources = sources
        self.glossary = glossary
        self.briefings = briefings
        self.pages = pages
        self.assets = assets
        self.staticFiles = staticFiles
    }
}

/// `site.yaml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    /// Absolute URL the site is published at, always ending in `/`.
    public var baseURL: String
    public var description: String?
    public var language: String
    public var autolink: AutolinkMode
    public var paginate: Int
    public var unsafeHTML: Bool
    /// `languages:`: the other languages, in switcher order.
    public var languages: [SiteLanguage] = []
    /// Where this language's pages sit: the root for the site as loaded, `<code>/` for a
    /// language's view of it (`Site.inLanguage`).
    public var languageLinks = LanguageLinks.root

    public init(title: String, baseURL: String, description: String? = nil, language: String = "en",
                autolink: AutolinkMode = .firstInSection, paginate: Int = 50, unsafeHTML: Bool = false) {
        self.title = title
        self.baseURL = baseURL
        self.description = description
        self.language = language
        self.autolink = autolink
        self.paginate = paginate
        self.unsafeHTML = unsafeHTML
    }
}

public enum AutolinkMode: String, Sendable, CaseIterable {
    case firstInSection = "first-in-section"
    case first
    case all
    case off
}

/// A reference to an id written in content, kept with where it was written for diagnostics.
public struct IDReference: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation

    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Markdown text and where its first line sits in its file, so node positions map back to the file.
public struct MarkdownSource: Sendable, Equatable {
    public var text: String
    public var file: String
    /// The file line of the text's first line (1-based).
    public var firstLine: Int
    /// Column of the text's first character on `firstLine` (1-based; inline YAML values start mid-line).
    public var firstColumn: Int

    public init(text: String, file: String, firstLine: Int, firstColumn: Int = 1) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.firstColumn = firstColumn
    }
}
