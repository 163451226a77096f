extension ContentLoader.TranslationLoader {
    /// The keys a glossary translation gives; every other key comes from the default-language file.
    static let glossaryKeys = ["name", "aliases", "summary"]

    /// `glossary/<id>.<lang>.md`: the entry's name, aliases, summary and body in that language.
    static func glossaryEntry(_ file: File, original: GlossaryEntry, fileSystem: FileSystem,
                              _ diagnostics: inout Diagnostics) -> GlossaryTranslation? {
        let keys = ContentLoader.GlossaryLoader.keys
        guard let document = ContentLoader.FrontMatterFile.load(path: file.path, allowedKeys: keys, fileSystem: fileSystem,
                                                                diagnostics: &diagnostics) else { return nil }
        let reader = document.reader
        let yaml = reader.yaml
        for key in keys where !glossaryKeys.contains(key) && reader.entry(key) != nil {
            diagnostics.error("'\(key)' comes from glossary/\(original.id).md: a translation gives only name, aliases, summary and the body",
                              at: reader.valueLocation(key), hint: "remove '\(key)' from the translation")
        }
        let name = document.required("name", reader.string("name", &diagnostics), &diagnostics)
        let summary = document.required("summary", reader.string("summary", &diagnostics), &diagnostics)
        let aliases = reader.list("aliases", &diagnostics)
        return GlossaryTranslation(
            id: original.id, path: file.path, name: name ?? original.name, aliases: aliases.map(\.text),
            summary: summary ?? original.summary, body: document.body,
            nameLocation: reader.entry("name").map { yaml.location(of: $0.value) } ?? reader.location,
            aliasLocations: aliases.map { yaml.location(of: $0.node) })
    }

    /// `pages/<slug>.<lang>.md`: the page's title, summary and body in that language (`nav` from the original).
    static func page(_ file: File, original: StandalonePage, fileSystem: FileSystem,
                     _ diagnostics: inout Diagnostics) -> StandalonePage? {
        guard let document = ContentLoader.FrontMatterFile.load(path: file.path, allowedKeys: ContentLoader.PagesLoader.keys,
                                                                fileSystem: fileSystem, diagnostics: &diagnostics) else { return nil }
        let reader = document.reader
        Repeats(reader: reader, original: "pages/\(original.slug).md")
            .check("nav", reader.positiveInt("nav", &diagnostics), equals: original.nav,
                   shown: original.nav.map(String.init) ?? "none", &diagnostics)
        var page = original
        page.path = file.path
        page.title = document.required("title", reader.string("title", &diagnostics), &diagnostics) ?? original.title
        page.summary = reader.string("summary", &diagnostics)
        page.body = document.body
        return page
    }
}
