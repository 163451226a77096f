import Yams

extension ContentLoader {
    /// A YAML text inside a content file, with what maps its positions back to the file.
    struct YAMLSource {
        var path: String
        var text: String
        /// The file line of the YAML text's first line (1 for `site.yaml`, 2 for front matter).
        var firstLine: Int
        /// See `lineStarts(_:)`: computed once, as every node's position goes through it.
        let lineStarts: [(line: Int, column: Int)]?

        init(path: String, text: String, firstLine: Int) {
            self.path = path
            self.text = text
            self.firstLine = firstLine
            lineStarts = Self.lineStarts(text)
        }

        enum Parsed {
            /// Not valid YAML; already reported.
            case invalid
            /// Valid YAML; nil when it holds no document (empty, or only comments).
            case document(Node?)
        }

        /// Composes the YAML into nodes, reporting a syntax error at its line in the file.
        func parse(into diagnostics: inout Diagnostics) -> Parsed {
            do {
                // The basic resolver leaves every scalar's tag unresolved: the loader reads each value's
                // text itself (a date stays as written, `2024` is text), and Yams' duplicate-key check
                // then skips a regular expression per key (the yardstick corpus loads 2.3 times faster).
                // UTF-8 named, not `Parser.Encoding.default`: that reads the whole environment into a
                // dictionary on every call (a ninth of parsing front matter in perf), to answer UTF-8
                // for every native string.
                return .document(try Yams.compose(yaml: text, .basic, .default, .utf8))
            } catch let error as YamlError {
                report(error, into: &diagnostics)
            } catch {
                diagnostics.error("invalid YAML: \(error)", at: SourceLocation(file: path, line: firstLine))
            }
            return .invalid
        }

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(file: path, line: firstLine) }
            guard let starts = lineStarts, mark.line >= 1, mark.line <= starts.count else {
                return SourceLocation(file: path, line: mark.line + firstLine - 1, column: max(1, mark.column))
            }
            let start = starts[mark.line - 1]
            return SourceLocation(file: path, line: start.line + firstLine - 1, column: start.column + max(1, mark.column) - 1)
        }

        /// libyaml also breaks lines at U+0085, U+2028, U+2029 and a lone CR, which are not line ends in
        /// the file: where the text has any, the real line and column where each of libyaml's lines
        /// starts. Nil (the common case, found by one byte scan) when its lines are the file's.
        static func lineStarts(_ text: String) -> [(line: Int, column: Int)]? {
            var bytes = text.utf8.makeIterator()
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            var found = false
            while let byte = bytes.next() {
                // CR; NEL is C2 85; U+2028/2029 are E2 80 A8/A9.
                if byte == 0x0D || (previous == 0xC2 && byte == 0x85)
                    || (beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9)) {
                    found = true
                    break
                }
                beforePrevious = previous
                previous = byte
            }
            guard found else { return nil }
            let extra: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}", "\r"]
            var starts: [(line: Int, column: Int)] = [(1, 1)]
            var realLine = 1, column = 1
            var last: Unicode.Scalar = " "
            for scalar in text.unicodeScalars {
                if scalar == "\n" {
                    realLine += 1
                    column = 1
                    if last != "\r" { starts.append((realLine, 1)) } else { starts[starts.count - 1] = (realLine, 1) }
                } else {
                    column += 1
                    if extra.contains(scalar) { starts.append((realLine, column)) }
                }
                last = scalar
            }
            return starts
        }

        func location(of node: Node) -> SourceLocation { location(node.mark) }

        /// An inline-Markdown value as Markdown positioned in the file: quoted values start after
        /// the quote, block scalars on the line after the indicator.
        func markdown(_ value: String, node: Node) -> MarkdownSource {
            var start = location(of: node)
            switch node.scalar?.style {
            case .singleQuoted?, .doubleQuoted?:
                start.column += 1
            case .literal?, .folded?:
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let indicator = start.line - firstLine
                if let index = lines.indices.dropFirst(indicator + 1)
                    .first(where: { !lines[$0].allSatisfy { $0 == " " } }) {
                    start.line += 1
                    start.column = lines[index].unicodeScalars.prefix { $0 == " " }.count + 1
                }
            default:
                break
            }
            return MarkdownSource(text: value, file: path, firstLine: start.line, firstColumn: start.column)
        }

        private func report(_ error: YamlError, into diagnostics: inout Diagnostics) {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                if reportIndentation(before: mark, into: &diagnostics) { return }
                var message = "invalid YAML: \(problem)"
                if problem.hasPrefix("Maximum nesting level") {
                    message = "invalid YAML: nested too deeply"
                } else if let context, context.text != "while parsing" {
                    message += " \(context.text) that starts at line \(location(context.mark).line)"
                }
                diagnostics.error(message, at: errorLocation(mark))
            case let .reader(problem, offset, _, _):
                diagnostics.error("invalid YAML: \(problem)", at: characterLocation(offset ?? 0))
            case let .duplicatedKeysInMapping(duplicates, context):
                let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                let at = duplicates.first.flatMap { secondOccurrence(of: $0, after: context.mark) }
                diagnostics.error("duplicate key\(duplicates.count > 1 ? "s" : "") \(names)",
                                  at: at ?? location(context.mark))
            default:
                diagnostics.error("invalid YAML: \(error)", at: SourceLocation(file: path, line: firstLine))
            }
        }

        /// Reports what went wrong in the editor's words when the cause is indentation: a tab, or a line
        /// at no level of the keys above it. False (nothing reported) otherwise.
        private func reportIndentation(before mark: Mark, into diagnostics: inout Diagnostics) -> Bool {
            // libyaml may stop a line after the slip (at the next key of the broken mapping).
            let lastLine = mark.line + 1
            if let tab = YAMLIndentation.tab(in: text, through: lastLine) {
                diagnostics.error("a tab in the indentation: YAML is indented with spaces only",
                                  at: SourceLocation(file: path, line: tab.line + firstLine - 1, column: tab.column),
                                  hint: "indent with spaces")
                return true
            }
            guard let slip = YAMLIndentation.slip(in: text, through: lastLine) else { return false }
            let file = { (line: Int) in line + firstLine - 1 }
            let levels = slip.levels.map { "\($0.indent) ('\($0.key)', line \(file($0.line)))" }
            let expected = levels.isEmpty ? "" : ", where the keys it could belong with are at " + levels.joined(separator: " or ")
            diagnostics.error("inconsistent indentation: \(slip.indent) space\(slip.indent == 1 ? "" : "s")\(expected)",
                              at: SourceLocation(file: path, line: file(slip.line), column: slip.indent + 1),
                              hint: "indent it by the same number of spaces as the key it belongs with")
            return true
        }

        /// An error's position; libyaml reports an unexpected end of input on the line after the
        /// last, which in a whole YAML file does not exist: point at the end of the last line instead
        /// (in front matter that line is the closing `---`, which does exist).
        private func errorLocation(_ mark: Mark) -> SourceLocation {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lastLine = text.hasSuffix("\n") ? lines.count - 1 : lines.count
            guard firstLine == 1, mark.line > lastLine, lastLine >= 1 else { return location(mark) }
            let column = lines[lastLine - 1].unicodeScalars.count + 1
            return SourceLocation(file: path, line: lastLine, column: column)
        }

        /// Where the repeated key is: the next line after the first occurrence that starts with the
        /// same key at the same indentation (block mappings); nil if not found (flow mappings).
        private func secondOccurrence(of key: String, after mark: Mark) -> SourceLocation? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let indent = mark.column - 1
            guard mark.line >= 1 else { return nil }
            for (offset, line) in lines.enumerated().dropFirst(mark.line) {
                let scalars = line.unicodeScalars
                guard scalars.count > indent, scalars.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" })
                else { continue }
                let rest = Substring(scalars.dropFirst(indent))
                for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                    if rest.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix(":") {
                        return SourceLocation(file: path, line: offset + firstLine, column: mark.column)
                    }
                }
            }
            return nil
        }

        /// A character offset into the YAML text as a file location.
        private func characterLocation(_ offset: Int) -> SourceLocation {
            var line = 0
            var column = 1
            for character in text.prefix(offset) {
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += character.unicodeScalars.count
                }
            }
            return SourceLocation(file: path, line: firstLine + line, column: column)
        }
    }
}
