import Yams

extension ContentLoader.MappingReader {
    /// A single id referring to something else, kept with its position; a list or mapping is an error.
    func reference(_ key: String, _ diagnostics: inout Diagnostics) -> IDReference? {
        guard let (_, value) = entry(key) else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.error("'\(key)' must be one id", at: yaml.location(of: value))
            return nil
        }
        return IDReference(scalar.string, at: yaml.location(of: value))
    }

    /// A list of mappings (`history`, `updates`), each read with `allowedKeys`; an item that is not a
    /// mapping is an error and left out. Each reader's location is its item's.
    func mappings(_ key: String, allowedKeys: [String], _ diagnostics: inout Diagnostics) -> [ContentLoader.MappingReader] {
        guard let (_, value) = entry(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            diagnostics.error("'\(key)' must be a list", at: yaml.location(of: value))
            return []
        }
        var readers: [ContentLoader.MappingReader] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                if !Self.isNull(item) {
                    diagnostics.error("items of '\(key)' must be mappings of keys to values", at: yaml.location(of: item))
                }
                continue
            }
            readers.append(ContentLoader.MappingReader(mapping, at: yaml.location(of: item), yaml: yaml,
                                                       allowedKeys: allowedKeys, diagnostics: &diagnostics))
        }
        return readers
    }

    /// Where a present key's value is (for diagnostics about it), else the mapping's own location.
    func valueLocation(_ key: String) -> SourceLocation {
        entry(key).map { yaml.location(of: $0.value) } ?? location
    }
}
