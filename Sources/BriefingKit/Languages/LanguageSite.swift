extension Site {
    /// The site as one of its other languages shows it (DESIGN §8): that language's briefings and
    /// pages; every glossary entry, in that language's words where it has them. An entry without a
    /// translation keeps its names (auto-linking falls back to them) but no body: it has no page in
    /// the language and links to its default-language page.
    public func inLanguage(_ language: SiteLanguage) -> Site {
        let content = translations[language.code] ?? LanguageContent()
        var site = self
        site.translations = [:]
        site.config.language = language.code
        site.config.title = language.title ?? config.title
        site.config.description = language.description ?? config.description
        site.briefings = content.briefings
        site.pages = content.pages
        var untranslated: Set<String> = []
        site.glossary = glossary.map { entry in
            var entry = entry
            if let words = content.glossary[entry.id] {
                entry.path = words.path
                entry.name = words.name
                entry.aliases = words.aliases
                entry.summary = words.summary
                entry.body = words.body
                entry.nameLocation = words.nameLocation
                entry.aliasLocations = words.aliasLocations
            } else {
                untranslated.insert(entry.id)
                entry.body = MarkdownSource(text: "", file: entry.path, firstLine: entry.body.firstLine)
            }
            return entry
        }
        let translated = Set(content.briefings.map(\.slug))
        site.config.languageLinks = LanguageLinks(folder: language.code + "/", untranslatedEntries: untranslated,
                                                  untranslatedBriefings: Set(briefings.map(\.slug)).subtracting(translated),
                                                  defaultLanguage: config.language)
        return site
    }

    /// Whether a diagnostic found while annotating a language's view belongs to that language's own
    /// files: everything else (shared sources, untranslated notes) was reported by the default language.
    static func isInTranslation(_ diagnostic: Diagnostic, code: String) -> Bool {
        diagnostic.location.file.hasSuffix(".\(code).md")
    }
}
