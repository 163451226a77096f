extension ContentLoader.SourcesLoader {
    /// `reliability`: one of the letters A–F. A lower-case letter is an error too (the grade is a
    /// code, printed as written), with the capital as its hint.
    static func reliability(from reader: ContentLoader.MappingReader, _ diagnostics: inout Diagnostics) -> Reliability? {
        guard let (_, node) = reader.entry("reliability") else { return nil }
        guard let text = node.scalar?.string else {
            diagnostics.error("'reliability' must be one of the letters A to F", at: reader.yaml.location(of: node))
            return nil
        }
        if let grade = Reliability(rawValue: text) { return grade }
        let hint = Reliability(rawValue: text.uppercased()).map { "did you mean '\($0.rawValue)'?" }
            ?? "expected a letter from A (completely reliable) to F (cannot be judged)"
        diagnostics.error("unknown reliability '\(text)'", at: reader.yaml.location(of: node), hint: hint)
        return nil
    }

    /// Every `original` names another known source, and a `repost` says which one it copies.
    static func checkOriginals(_ sources: [Source], _ diagnostics: inout Diagnostics) {
        let ids = Set(sources.map(\.id))
        for source in sources {
            if let original = source.original {
                if original.id == source.id {
                    diagnostics.error("source '\(source.id)' names itself as its original", at: original.location)
                } else if !ids.contains(original.id) {
                    diagnostics.error("unknown source '\(original.id)'", at: original.location,
                                      hint: NearestName.hint(for: original.id, in: ids.subtracting([source.id]).sorted()))
                }
            } else if source.kind == .repost {
                diagnostics.warning("source '\(source.id)' is a repost but names no original", at: source.location,
                                    hint: "add 'original:' with the id of the source it copies")
            }
        }
    }
}
