import Yams

extension ContentLoader {
    /// Reads the keys of one YAML mapping as typed values, reporting every problem at its position.
    /// A key whose value is YAML null (or blank text) counts as absent.
    struct MappingReader {
        let yaml: YAMLSource
        /// Where "missing required key" goes when the key is absent: the mapping's own position.
        let location: SourceLocation
        /// Known keys in document order, with their key and value nodes.
        private(set) var entries: [(key: String, keyNode: Node, value: Node)] = []

        /// Reads `mapping`'s keys; a key not in `allowedKeys` is a warning with a hint (pass nil to
        /// allow any key, e.g. for `claims`). Keys that are not plain text are errors.
        init(_ mapping: Node.Mapping?, at location: SourceLocation, yaml: YAMLSource,
             allowedKeys: [String]?, diagnostics: inout Diagnostics) {
            self.yaml = yaml
            self.location = location
            for (keyNode, value) in mapping ?? [:] {
                guard let key = keyNode.scalar?.string else {
                    diagnostics.error("a key must be plain text", at: yaml.location(of: keyNode))
                    continue
                }
                if let allowedKeys, !allowedKeys.contains(key) {
                    diagnostics.warning("unknown key '\(key)'", at: yaml.location(of: keyNode),
                                        hint: NearestName.hint(for: key, in: allowedKeys))
                    continue
                }
                entries.append((key, keyNode, value))
            }
        }

        /// The key and its value, or nil when absent or null.
        func entry(_ key: String) -> (keyNode: Node, value: Node)? {
            guard let found = entries.first(where: { $0.key == key }), !MappingReader.isNull(found.value) else {
                return nil
            }
            return (found.keyNode, found.value)
        }

        static func isNull(_ node: Node) -> Bool {
            guard let scalar = node.scalar else { return false }
            if scalar.string.allSatisfy(\.isWhitespace) { return true }
            return scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
        }

        // MARK: - Scalars

        /// A text value: any scalar as written; a list or mapping is an error.
        func string(_ key: String, _ diagnostics: inout Diagnostics) -> String? {
            scalar(key, "must be text", &diagnostics)?.text
        }

        /// A text value that must be present.
        func requiredString(_ key: String, _ diagnostics: inout Diagnostics) -> String? {
            require(key, string(key, &diagnostics), &diagnostics)
        }

        /// Reports a missing required key (at the key when its value is null, else at the mapping)
        /// unless a type error was reported already; passes `value` through.
        func require<T>(_ key: String, _ value: T?, _ diagnostics: inout Diagnostics) -> T? {
            if value == nil {
                if let found = entries.first(where: { $0.key == key }) {
                    if MappingReader.isNull(found.value) {
                        diagnostics.error("missing required key '\(key)'", at: yaml.location(of: found.keyNode))
                    }
                } else {
                    diagnostics.error("missing required key '\(key)'", at: location)
                }
            }
            return value
        }

        func bool(_ key: String, _ diagnostics: inout Diagnostics) -> Bool? {
            guard let (_, node) = scalar(key, "must be true or false", &diagnostics) else { return nil }
            guard let value = node.bool else {
                diagnostics.error("'\(key)' must be true or false", at: yaml.location(of: node))
                return nil
            }
            return value
        }

        func positiveInt(_ key: String, _ diagnostics: inout Diagnostics) -> Int? {
            guard let (_, node) = scalar(key, "must be a positive integer", &diagnostics) else { return nil }
            guard let value = node.int, value > 0 else {
                diagnostics.error("'\(key)' must be a positive integer", at: yaml.location(of: node))
                return nil
            }
            return value
        }

        /// A `YYYY-MM-DD` date (`full`) or a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` one.
        func date(_ key: String, full: Bool, _ diagnostics: inout Diagnostics) -> PartialDate? {
            let expected = full ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD"
            guard let (text, node) = scalar(key, "must be a date (\(expected))", &diagnostics) else { return nil }
            guard let date = full ? Rules.fullDate(text) : Rules.partialDate(text) else {
                if let problem = Rules.dateProblem(text) {
                    diagnostics.error("invalid date '\(text)': \(problem)", at: yaml.location(of: node))
                } else {
                    diagnostics.error("invalid date '\(text)': expected \(expected)", at: yaml.location(of: node))
                }
                return nil
            }
            return date
        }

        /// One of an enumeration's raw values; `what` names it in messages (`status`, `kind`).
        func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, what: String,
                                                        _ diagnostics: inout Diagnostics) -> E?
        where E.RawValue == String {
            guard let (text, node) = scalar(key, "must be text", &diagnostics) else { return nil }
            guard let value = E(rawValue: text) else {
                let names = E.allCases.map(\.rawValue)
                let hint = NearestName.hint(for: text, in: names)
                    ?? "expected one of \(names.map { "'\($0)'" }.joined(separator: ", "))"
                diagnostics.error("unknown \(what) '\(text)'", at: yaml.location(of: node), hint: hint)
                return nil
            }
            return value
        }

        /// An absolute http(s) URL.
        func httpURL(_ key: String, _ diagnostics: inout Diagnostics) -> String? {
            guard let (text, node) = scalar(key, "must be text", &diagnostics) else { return nil }
            guard Rules.isHTTPURL(text) else {
                diagnostics.error("invalid URL '\(text)' in '\(key)': expected an absolute http or https URL",
                                  at: yaml.location(of: node))
                return nil
            }
            return text
        }

        /// Inline Markdown, positioned where the value starts in the file.
        func markdown(_ key: String, _ diagnostics: inout Diagnostics) -> MarkdownSource? {
            guard let (text, node) = scalar(key, "must be text", &diagnostics) else { return nil }
            return yaml.markdown(text, node: node)
        }

        // MARK: - Collections

        /// A list of text items with their nodes; a single value or a mapping is an error.
        func list(_ key: String, _ diagnostics: inout Diagnostics) -> [(text: String, node: Node)] {
            guard let (_, value) = entry(key) else { return [] }
            guard case .sequence(let sequence) = value else {
                diagnostics.error("'\(key)' must be a list", at: yaml.location(of: value))
                return []
            }
            var items: [(text: String, node: Node)] = []
            for item in sequence {
                guard let scalar = item.scalar else {
                    diagnostics.error("items of '\(key)' must be text", at: yaml.location(of: item))
                    continue
                }
                if !MappingReader.isNull(item) { items.append((scalar.string, item)) }
            }
            return items
        }

        func strings(_ key: String, _ diagnostics: inout Diagnostics) -> [String] {
            list(key, &diagnostics).map(\.text)
        }

        /// A list of ids referring to other things, each kept with its position.
        func references(_ key: String, _ diagnostics: inout Diagnostics) -> [IDReference] {
            list(key, &diagnostics).map { IDReference($0.text, at: yaml.location(of: $0.node)) }
        }

        /// `moved-from`: the ids something was published under before, each a valid id (an invalid
        /// one is an error and left out); `what` names them in messages (`slug`, `claim id`).
        func movedFrom(what: String, _ diagnostics: inout Diagnostics) -> [IDReference] {
            references("moved-from", &diagnostics).filter { reference in
                if Rules.isValidID(reference.id) { return true }
                diagnostics.error("invalid \(what) '\(reference.id)' in 'moved-from': \(Rules.idRule)",
                                  at: reference.location)
                return false
            }
        }

        /// A nested mapping with the location of its key.
        func mapping(_ key: String, _ diagnostics: inout Diagnostics) -> (Node.Mapping, SourceLocation)? {
            guard let (keyNode, value) = entry(key) else { return nil }
            guard case .mapping(let mapping) = value else {
                diagnostics.error("'\(key)' must be a mapping", at: yaml.location(of: value))
                return nil
            }
            return (mapping, yaml.location(of: keyNode))
        }

        private func scalar(_ key: String, _ requirement: String,
                            _ diagnostics: inout Diagnostics) -> (text: String, node: Node)? {
            guard let (_, value) = entry(key) else { return nil }
            guard let scalar = value.scalar else {
                diagnostics.error("'\(key)' \(requirement)", at: yaml.location(of: value))
                return nil
            }
            return (scalar.string, value)
        }
    }
}
