import Yams

/// A language's table with `Templates/i18n/<lang>.yaml` laid over it (DESIGN §8): the file overrides
/// built-in keys or, for a language Briefing has no table for, gives its words. It is a flat map
/// (`claims.title: …`) or nested groups (`claims: {title: …}`), or both at once.
extension InterfaceText {
    /// The table for `language`: its built-in table (English for a language without one) with
    /// `overrideYAML` (the text of `file`) laid over it. An unknown key, a value that is not text or
    /// whose `{placeholders}` differ from English's, is a warning at its line and column; a key the
    /// language still lacks is a warning naming it, and reads in English.
    public static func load(language: String, overrideYAML: String?, file: String) -> (InterfaceText, Diagnostics) {
        var diagnostics = Diagnostics()
        let builtIn = builtIn(language)
        var words = builtIn?.words ?? [:]
        let known = knownKeys(language)
        if let overrideYAML {
            let yaml = ContentLoader.YAMLSource(path: file, text: overrideYAML, firstLine: 1)
            if case .document(let root?) = yaml.parse(into: &diagnostics) {
                for entry in flatten(root, yaml: yaml, diagnostics: &diagnostics) {
                    guard known.contains(entry.key) else {
                        diagnostics.warning("unknown interface key '\(entry.key)'", at: yaml.location(of: entry.keyNode),
                                            hint: NearestName.hint(for: entry.key, in: known))
                        continue
                    }
                    // A plural form is held to English's `other`, the form that names every value.
                    let family = pluralFamily(entry.key)
                    let expected = placeholders(english.words[family == entry.key ? entry.key : family + ".other"] ?? "")
                    let given = placeholders(entry.text)
                    if !given.isSubset(of: expected) {
                        let names = expected.sorted().map { "{\($0)}" }.joined(separator: ", ")
                        diagnostics.warning("'\(entry.key)' has a placeholder English lacks",
                                            at: yaml.location(of: entry.value),
                                            hint: expected.isEmpty ? "this text takes no {placeholders}" : "its placeholders are \(names)")
                    }
                    words[entry.key] = entry.text
                }
            }
        }
        guard builtIn == nil || overrideYAML != nil else { return (InterfaceText(language: language, words: words), diagnostics) }
        let fileStart = SourceLocation(file: file, line: 1)
        if builtIn == nil && overrideYAML == nil {
            diagnostics.warning("Briefing has no interface words for '\(language)': they are in English", at: fileStart,
                                hint: "write \(file) to give them")
        }
        for key in known.sorted() where words[key] == nil {
            let fallback = english.words[key] ?? english.words[pluralFamily(key) + ".other"] ?? key
            if overrideYAML != nil {
                diagnostics.warning("interface key '\(key)' is missing in '\(language)': it reads in English", at: fileStart,
                                    hint: "add '\(key): …' (English: \(fallback))")
            }
            words[key] = fallback
        }
        return (InterfaceText(language: language, words: words), diagnostics)
    }

    /// Every key a table for `language` has: English's, with each plural family in the language's
    /// categories (`claims.count.one`, `.few`, `.many`, `.other` in Russian; only `.other` in Korean).
    public static func knownKeys(_ language: String) -> Set<String> {
        let categories = pluralCategories(language) + ["other"]
        var keys: Set<String> = []
        for key in english.words.keys {
            let family = pluralFamily(key)
            if family == key {
                keys.insert(key)
            } else {
                for category in categories { keys.insert(family + "." + category) }
            }
        }
        return keys
    }

    /// `claims.count` of `claims.count.few`; the key itself when it is no plural form.
    static func pluralFamily(_ key: String) -> String {
        for category in [".one", ".few", ".many", ".other"] where key.hasSuffix(category) {
            let family = String(key.dropLast(category.count))
            // Only families English has: `update.update` or a key ending in `.other` by chance is no plural.
            if english.words[family + ".other"] != nil { return family }
        }
        return key
    }

    /// The `{name}` placeholders of a text.
    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    private struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
        var text: String
    }

    /// The override's text values under their dotted keys, walking nested groups with a stack (no
    /// recursion over the file's depth). A key given twice (`claims.title` and `claims: {title}`) is
    /// a warning; the later one counts.
    private static func flatten(_ root: Node, yaml: ContentLoader.YAMLSource, diagnostics: inout Diagnostics) -> [Entry] {
        guard root.mapping != nil else {
            diagnostics.error("an interface table is a mapping of keys to text", at: yaml.location(of: root),
                              hint: "write 'claims.title: Claims and evidence', or 'claims:' with 'title: …' indented under it")
            return []
        }
        var entries: [Entry] = []
        var stack: [(prefix: String, node: Node)] = [("", root)]
        while let group = stack.popLast() {
            guard let mapping = group.node.mapping else { continue }
            for (keyNode, value) in mapping {
                guard let name = keyNode.scalar?.string, !name.isEmpty else {
                    diagnostics.error("a key must be plain text", at: yaml.location(of: keyNode))
                    continue
                }
                let key = group.prefix.isEmpty ? name : group.prefix + "." + name
                if value.mapping != nil {
                    stack.append((key, value))
                } else if let scalar = value.scalar {
                    entries.append(Entry(key: key, keyNode: keyNode, value: value, text: scalar.string))
                } else {
                    diagnostics.error("interface key '\(key)' must be text, not a list", at: yaml.location(of: value))
                }
            }
        }
        // Document order, so that of a key given twice the later one counts.
        entries.sort { yaml.location(of: $0.keyNode) < yaml.location(of: $1.keyNode) }
        var seen: [String: SourceLocation] = [:]
        for entry in entries {
            let location = yaml.location(of: entry.keyNode)
            if let first = seen[entry.key] {
                diagnostics.warning("interface key '\(entry.key)' is given twice; the later one counts",
                                    at: location, hint: "the first is at line \(first.line)")
            }
            seen[entry.key] = location
        }
        return entries
    }
}
