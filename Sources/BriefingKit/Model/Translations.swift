/// A language the site is translated into (`site.yaml`'s `languages:`, DESIGN §8).
public struct SiteLanguage: Sendable, Equatable {
    /// `ll` or `ll-rr` (`fr`, `pt-br`): the folder `<code>/` and the file suffix `.<code>.md`.
    public var code: String
    /// The site's title and description in that language (the default language's when not given).
    public var title: String?
    public var description: String?
    /// The language's own name as the switcher shows it (`Français`); a built-in name when not given.
    public var name: String?

    public init(code: String, title: String? = nil, description: String? = nil, name: String? = nil) {
        self.code = code
        self.title = title
        self.description = description
        self.name = name
    }
}

/// Where the pages of one language sit and how they link (DESIGN §8): the default language at the
/// root, another under `<code>/`; a glossary entry without a translation is linked at its
/// default-language page.
public struct LanguageLinks: Sendable, Hashable {
    /// `` for the default language, `fr/` for another.
    public var folder: String
    /// Glossary entries and briefings with no page in this language: links lead to the default language's.
    public var untranslatedEntries: Set<String>
    public var untranslatedBriefings: Set<String>
    /// The site's default language, when this is another one's view of it.
    public var defaultLanguage: String?

    public init(folder: String = "", untranslatedEntries: Set<String> = [], untranslatedBriefings: Set<String> = [],
                defaultLanguage: String? = nil) {
        self.folder = folder
        self.defaultLanguage = defaultLanguage
        self.untranslatedEntries = untranslatedEntries
        self.untranslatedBriefings = untranslatedBriefings
    }

    public static let root = LanguageLinks()
}

/// A glossary entry's words in another language: everything else comes from the default-language file.
public struct GlossaryTranslation: Sendable {
    public var id: String
    public var path: String
    public var name: String
    public var aliases: [String]
    public var summary: String
    public var body: MarkdownSource
    public var nameLocation: SourceLocation
    public var aliasLocations: [SourceLocation]
}

/// Everything `Content/` holds in one language other than the default: whole briefings and pages
/// (the translation's words over the original's facts), and glossary words by entry id.
public struct LanguageContent: Sendable {
    public var briefings: [Briefing] = []
    public var glossary: [String: GlossaryTranslation] = [:]
    public var pages: [StandalonePage] = []

    public init() {}
}
