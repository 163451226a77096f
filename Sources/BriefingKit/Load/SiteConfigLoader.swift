import Yams

extension ContentLoader {
    /// `site.yaml` → `SiteConfig`; a broken or missing file still gives a placeholder config.
    enum SiteConfigLoader {
        static let keys = ["title", "baseURL", "description", "language", "autolink", "paginate", "unsafeHTML"]
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
            return config
        }
    }
}
