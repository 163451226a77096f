import Yams

extension ContentLoader {
    /// `site.yaml` → `SiteConfig`; a broken or missing file still gives a placeholder config.
    enum SiteConfigLoader {
        static let keys = ["title", "baseURL", "description", "language", "autolink", "paginate", "unsafeHTML", "languages"]
        static let placeholder = SiteConfig(title: "Untitled", baseURL: "http://localhost/")

        static func load(path: String, fileSystem: FileSystem, diagnostics: inout Diagnostics) -> SiteConfig {
            let start = SourceLocation(file: path, line: 1)
            if fileSystem.kind(path) == .missing {
                diagnostics.error("missing file 'site.yaml'", at: start)
                return placeholder
            }
            guard let file = TextFile.read(path, fileSystem: fileSystem, diagnostics: &diagnostics) else {
                return placeholder
            }
            let yaml = YAMLSource(path: path, text: file.text, firstLine: 1)
            guard case .document(let root) = yaml.parse(into: &diagnostics) else { return placeholder }
            var mapping: Node.Mapping?
            if let root {
                guard case .mapping(let found) = root else {
                    diagnostics.error("site.yaml must be a mapping of keys to values", at: yaml.location(of: root))
                    return placeholder
                }
                mapping = found
            }
            let reader = MappingReader(mapping, at: start, yaml: yaml, allowedKeys: keys, diagnostics: &diagnostics)
            return config(from: reader, &diagnostics)
        }

        static func config(from reader: MappingReader, _ diagnostics: inout Diagnostics) -> SiteConfig {
            var config = placeholder
            if let title = reader.requiredString("title", &diagnostics) { config.title = title }
            if let url = reader.require("baseURL", reader.httpURL("baseURL", &diagnostics), &diagnostics) {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            }
            config.description = reader.string("description", &diagnostics)
            if let language = reader.string("language", &diagnostics) { config.language = language }
            if let mode = reader.choice("autolink", AutolinkMode.self, what: "autolink mode", &diagnostics) {
                config.autolink = mode
            }
            if let paginate = reader.positiveInt("paginate", &diagnostics) { config.paginate = paginate }
            if let unsafeHTML = reader.bool("unsafeHTML", &diagnostics) { config.unsafeHTML = unsafeHTML }
            config.languages = languages(from: reader, defaultLanguage: config.language, &diagnostics)
            return config
        }

        static let languageKeys = ["title", "description", "name"]

        /// `languages: {fr: {title: …}, …}`: each code of DESIGN §8's form, not the default language,
        /// in the order written; a code with no settings (`fr:` or `fr: {}`) takes the default's title.
        static func languages(from reader: MappingReader, defaultLanguage: String,
                              _ diagnostics: inout Diagnostics) -> [SiteLanguage] {
            guard let (mapping, _) = reader.mapping("languages", &diagnostics) else { return [] }
            let yaml = reader.yaml
            var languages: [SiteLanguage] = []
            for (keyNode, value) in mapping {
                let location = yaml.location(of: keyNode)
                guard let code = keyNode.scalar?.string, LanguageCode.isValid(code) else {
                    diagnostics.error("invalid language code '\(keyNode.scalar?.string ?? "")'", at: location,
                                      hint: LanguageCode.rule)
                    continue
                }
                if code == defaultLanguage.lowercased() {
                    diagnostics.error("'\(code)' is the default language ('language'): list only the other languages",
                                      at: location)
                    continue
                }
                var settings: Node.Mapping?
                if case .mapping(let found) = value {
                    settings = found
                } else if !MappingReader.isNull(value) {
                    diagnostics.error("language '\(code)' must be a mapping (title, description, name)",
                                      at: yaml.location(of: value))
                    continue
                }
                let language = MappingReader(settings, at: location, yaml: yaml, allowedKeys: languageKeys,
                                             diagnostics: &diagnostics)
                languages.append(SiteLanguage(code: code, title: language.string("title", &diagnostics),
                                              description: language.string("description", &diagnostics),
                                              name: language.string("name", &diagnostics)))
            }
            return languages
        }
    }
}
