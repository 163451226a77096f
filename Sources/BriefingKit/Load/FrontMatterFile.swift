import Yams

extension ContentLoader {
    /// A Markdown content file read as far as its front matter's keys and its body.
    struct FrontMatterFile {
        var reader: MappingReader
        var body: MarkdownSource
        /// False when the file has no front matter at all (every required key is then missing).
        var hasFrontMatter: Bool

        /// Reads, decodes and splits the file and parses its front matter; nil (after reporting)
        /// when the file cannot be read as text or its front matter is not valid YAML.
        static func load(path: String, allowedKeys: [String], fileSystem: FileSystem,
                         diagnostics: inout Diagnostics) -> FrontMatterFile? {
            guard let file = TextFile.read(path, fileSystem: fileSystem, diagnostics: &diagnostics) else { return nil }
            return parse(file, allowedKeys: allowedKeys, diagnostics: &diagnostics)
        }

        static func parse(_ file: TextFile, allowedKeys: [String], diagnostics: inout Diagnostics) -> FrontMatterFile? {
            guard let split = FrontMatterSplit.split(file, diagnostics: &diagnostics) else { return nil }
            let start = SourceLocation(file: file.path, line: 1)
            let yaml = YAMLSource(path: file.path, text: split.yaml ?? "", firstLine: split.yamlFirstLine)
            var mapping: Node.Mapping?
            if split.yaml != nil {
                guard case .document(let root) = yaml.parse(into: &diagnostics) else { return nil }
                if let root {
                    if case .mapping(let found) = root {
                        mapping = found
                    } else {
                        diagnostics.error("front matter must be a mapping of keys to values",
                                          at: yaml.location(of: root))
                    }
                }
            }
            let reader = MappingReader(mapping, at: start, yaml: yaml, allowedKeys: allowedKeys,
                                       diagnostics: &diagnostics)
            let body = MarkdownSource(text: split.body, file: file.path, firstLine: split.bodyFirstLine)
            return FrontMatterFile(reader: reader, body: body, hasFrontMatter: split.yaml != nil)
        }

        /// A required key's value, reported missing with a hint when there is no front matter at all.
        func required<T>(_ key: String, _ value: T?, _ diagnostics: inout Diagnostics) -> T? {
            guard value == nil, !hasFrontMatter else { return reader.require(key, value, &diagnostics) }
            diagnostics.error("missing required key '\(key)'", at: reader.location,
                              hint: "the file has no front matter: it must start with a '---' line")
            return nil
        }
    }
}
