extension ContentLoader {
    /// Reads the indentation of a YAML text that did not parse, to tell the editor what went wrong in
    /// their words: a tab where YAML wants spaces, or a line indented to a level no key above has.
    enum YAMLIndentation {
        /// A line indented to no level of the keys around it.
        struct Slip: Equatable {
            /// 1-based line within the YAML text, and its indentation in spaces.
            var line: Int
            var indent: Int
            /// The levels it could have meant: (indentation, the key there, its line), nearest first.
            var levels: [(indent: Int, key: String, line: Int)]

            static func == (a: Slip, b: Slip) -> Bool {
                a.line == b.line && a.indent == b.indent && a.levels.map(\.indent) == b.levels.map(\.indent)
            }
        }

        /// The first tab in a line's indentation, up to `lastLine` (1-based): line and column.
        static func tab(in text: String, through lastLine: Int) -> (line: Int, column: Int)? {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lastLine).enumerated() {
                let leading = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "-" }
                if let tab = leading.firstIndex(of: "\t") {
                    return (index + 1, leading.distance(from: leading.startIndex, to: tab) + 1)
                }
            }
            return nil
        }

        /// The first line, up to `lastLine`, whose indentation is no level of the block mappings above it.
        /// Nil when there is none, or the text uses what this simple reading does not follow (flow
        /// collections over several lines, tabs).
        static func slip(in text: String, through lastLine: Int) -> Slip? {
            var levels: [(indent: Int, key: String, line: Int)] = []
            var opens = true
            var blockScalar: Int?
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lastLine).enumerated() {
                let number = index + 1
                let indent = raw.prefix { $0 == " " }.count
                let content = raw.dropFirst(indent)
                if content.isEmpty || content.hasPrefix("#") { continue }
                if let scalarIndent = blockScalar {
                    if indent > scalarIndent { continue }
                    blockScalar = nil
                }
                if content.hasPrefix("\t") { return nil }
                let key = keyName(content)
                if opens, indent > (levels.last?.indent ?? -1) {
                    levels.append((indent, key, number))
                } else {
                    if indent > (levels.last?.indent ?? 0) {
                        return Slip(line: number, indent: indent, levels: levels.suffix(1).reversed())
                    }
                    var popped: (indent: Int, key: String, line: Int)?
                    while let last = levels.last, last.indent > indent { popped = levels.removeLast() }
                    guard let last = levels.last, last.indent == indent else {
                        let around = [popped, levels.last].compactMap { $0 }
                        return Slip(line: number, indent: indent, levels: around)
                    }
                    levels[levels.count - 1] = (indent, key, number)
                }
                var rest = content
                // A list item: the item's own keys sit where its content starts.
                while rest.hasPrefix("- ") {
                    let dash = rest.dropFirst(2)
                    let extra = dash.prefix { $0 == " " }.count
                    rest = dash.dropFirst(extra)
                    let itemIndent = raw.count - rest.count
                    if keyName(rest) != "" { levels.append((itemIndent, keyName(rest), number)) }
                }
                let code = rest.split(separator: " #", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if code.filter({ "[{".contains($0) }).count != code.filter({ "]}".contains($0) }).count { return nil }
                opens = code.hasSuffix(":") || code == "-"
                if let last = code.split(separator: " ").last, code.contains(":"),
                   ["|", ">", "|-", ">-", "|+", ">+"].contains(String(last)) {
                    blockScalar = indent
                }
            }
            return nil
        }

        /// `key` in `key: value` or `key:`; empty for a line that is no key.
        private static func keyName(_ content: Substring) -> String {
            guard let colon = content.firstIndex(of: ":") else { return "" }
            let after = content.index(after: colon)
            guard after == content.endIndex || content[after] == " " else { return "" }
            let key = content[..<colon]
            return key.hasPrefix("-") || key.contains("\"") && !key.hasPrefix("\"") ? "" : String(key)
        }
    }
}
