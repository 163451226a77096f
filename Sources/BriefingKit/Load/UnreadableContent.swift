/// What files that could not be read at all would have defined, taken from a tolerant read of their
/// names (a glossary entry's or briefing's file name) or keys (`sources.yaml`'s top-level ids). A
/// reference to one of them is not reported again: the file's own error is the root cause.
public struct UnreadableContent: Sendable, Equatable {
    public var glossary: Set<String> = []
    public var briefings: Set<String> = []
    public var sources: Set<String> = []

    public init() {}

    /// Whether any briefing or glossary entry is missing, so that counts across the site (which
    /// sources are cited) cannot be trusted.
    public var hidesCitations: Bool { !glossary.isEmpty || !briefings.isEmpty || !sources.isEmpty }

    /// The top-level keys of a YAML mapping that did not parse, read line by line: a line that starts
    /// (unindented) with an id and a colon.
    static func topLevelIDs(ofYAML text: String) -> Set<String> {
        var ids: Set<String> = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var key = line[..<colon]
            if key.hasPrefix("\"") && key.hasSuffix("\"") || key.hasPrefix("'") && key.hasSuffix("'"), key.count >= 2 {
                key = key.dropFirst().dropLast()
            }
            let id = String(key)
            if ContentLoader.Rules.isValidID(id) { ids.insert(id) }
        }
        return ids
    }
}
