import Yams

extension ContentLoader {
    /// `glossary/<id>.md` → `GlossaryEntry`.
    enum GlossaryLoader {
        static let keys = ["name", "kind", "aliases", "summary", "parties", "related", "dates", "sources", "moved-from"]

        /// An entry whose required keys are broken is still returned with placeholders (the errors stop
        /// the build); nil when the file cannot be read or parsed or its id is invalid.
        static func load(path: String, id: String, fileSystem: FileSystem,
                         diagnostics: inout Diagnostics) -> GlossaryEntry? {
            let idIsValid = Rules.isValidID(id)
            if !idIsValid {
                diagnostics.error("invalid glossary id '\(id)': \(Rules.idRule)", at: SourceLocation(file: path, line: 1))
            }
            guard let document = FrontMatterFile.load(path: path, allowedKeys: keys, fileSystem: fileSystem,
                                                       diagnostics: &diagnostics) else { return nil }
            let entry = entry(id: id, path: path, from: document, &diagnostics)
            return idIsValid ? entry : nil
        }

        static func entry(id: String, path: String, from document: FrontMatterFile,
                          _ diagnostics: inout Diagnostics) -> GlossaryEntry {
            let reader = document.reader
            let yaml = reader.yaml
            let name = document.required("name", reader.string("name", &diagnostics), &diagnostics)
            let nameLocation = reader.entry("name").map { yaml.location(of: $0.value) } ?? reader.location
            let kind = document.required("kind", reader.choice("kind", GlossaryKind.self, what: "kind", &diagnostics),
                                         &diagnostics)
            let summary = document.required("summary", reader.string("summary", &diagnostics), &diagnostics)
            let aliases = reader.list("aliases", &diagnostics)
            return GlossaryEntry(
                id: id,
                path: path,
                name: name ?? id,
                kind: kind ?? .concept,
                aliases: aliases.map(\.text),
                summary: summary ?? "",
                parties: reader.references("parties", &diagnostics),
                related: reader.references("related", &diagnostics),
                dates: dates(from: reader, &diagnostics),
                sources: reader.references("sources", &diagnostics),
                body: document.body,
                nameLocation: nameLocation,
                aliasLocations: aliases.map { yaml.location(of: $0.node) },
                movedFrom: reader.movedFrom(what: "glossary id", &diagnostics)
            )
        }

        /// `dates: {signed: 2024-06-19, …}`: labelled dates in order; each is an event of the timelines,
        /// so a malformed one is an error at its value.
        static func dates(from reader: MappingReader, _ diagnostics: inout Diagnostics) -> [GlossaryDate] {
            guard let (mapping, _) = reader.mapping("dates", &diagnostics) else { return [] }
            var dates: [GlossaryDate] = []
            for (keyNode, value) in mapping {
                let location = reader.yaml.location(of: keyNode)
                guard let label = keyNode.scalar?.string, !label.isEmpty else {
                    diagnostics.error("a date label must be plain text", at: location)
                    continue
                }
                guard let text = value.scalar?.string, !MappingReader.isNull(value) else {
                    diagnostics.error("date '\(label)' must be a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                      at: reader.yaml.location(of: value))
                    continue
                }
                guard let date = Rules.partialDate(text) else {
                    diagnostics.error("invalid date '\(text)' for '\(label)': expected YYYY, YYYY-MM or YYYY-MM-DD",
                                      at: reader.yaml.location(of: value))
                    continue
                }
                dates.append(GlossaryDate(label: label, date: date, location: location))
            }
            return dates
        }
    }
}
