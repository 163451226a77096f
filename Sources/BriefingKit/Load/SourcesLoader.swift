import Yams

extension ContentLoader {
    /// `sources.yaml` → `[Source]` in file order; an absent or empty file means no sources.
    enum SourcesLoader {
        static let keys = ["title", "authors", "publisher", "date", "url", "archived", "accessed", "note", "kind",
                           "reliability", "original", "moved-from"]

        /// `unreadable` gets the ids a tolerant read finds when the file is not valid YAML.
        static func load(path: String, fileSystem: FileSystem, unreadable: inout Set<String>,
                         diagnostics: inout Diagnostics) -> [Source] {
            if fileSystem.kind(path) == .missing { return [] }
            guard let file = TextFile.read(path, fileSystem: fileSystem, allowEmpty: true, diagnostics: &diagnostics)
            else { return [] }
            let yaml = YAMLSource(path: path, text: file.text, firstLine: 1)
            guard case .document(let root) = yaml.parse(into: &diagnostics) else {
                unreadable = UnreadableContent.topLevelIDs(ofYAML: file.text)
                return []
            }
            guard let root else { return [] }
            guard case .mapping(let mapping) = root else {
                diagnostics.error("sources.yaml must be a mapping of source ids to entries",
                                  at: yaml.location(of: root))
                return []
            }
            var sources: [Source] = []
            for (keyNode, value) in mapping {
                let location = yaml.location(of: keyNode)
                guard let id = keyNode.scalar?.string else {
                    diagnostics.error("a source id must be plain text", at: location)
                    continue
                }
                guard Rules.isValidID(id) else {
                    diagnostics.error("invalid source id '\(id)': \(Rules.idRule)", at: location)
                    continue
                }
                var entry: Node.Mapping?
                switch value {
                case .mapping(let found):
                    entry = found
                case _ where MappingReader.isNull(value):
                    entry = nil
                default:
                    diagnostics.error("source '\(id)' must be a mapping of keys to values", at: yaml.location(of: value))
                    continue
                }
                let reader = MappingReader(entry, at: location, yaml: yaml, allowedKeys: keys,
                                           diagnostics: &diagnostics)
                sources.append(source(id: id, at: location, from: reader, &diagnostics))
            }
            checkOriginals(sources, &diagnostics)
            return sources
        }

        static func source(id: String, at location: SourceLocation, from reader: MappingReader,
                           _ diagnostics: inout Diagnostics) -> Source {
            Source(
                id: id,
                title: reader.requiredString("title", &diagnostics) ?? id,
                authors: reader.strings("authors", &diagnostics),
                publisher: reader.string("publisher", &diagnostics),
                date: reader.date("date", full: false, &diagnostics),
                url: reader.httpURL("url", &diagnostics),
                archived: reader.httpURL("archived", &diagnostics),
                accessed: reader.date("accessed", full: false, &diagnostics),
                note: reader.markdown("note", &diagnostics),
                kind: reader.choice("kind", SourceKind.self, what: "source kind", &diagnostics),
                reliability: reliability(from: reader, &diagnostics),
                original: reader.reference("original", &diagnostics),
                location: location,
                movedFrom: reader.movedFrom(what: "source id", &diagnostics)
            )
        }
    }
}
