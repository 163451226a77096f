extension ContentLoader {
    /// A content file's text: checked to be UTF-8, byte order mark stripped, CRLF turned into LF,
    /// so every position in it is the same as in the equivalent plain LF file.
    struct TextFile {
        var path: String
        var text: String

        /// Reads the regular file at `path` (never following a symbolic link, never opening a FIFO).
        /// Reports any problem and returns nil when the file cannot be used; a missing file is reported too.
        /// `allowEmpty` accepts a file of nothing but white space (an empty `sources.yaml` is the same as none).
        static func read(_ path: String, fileSystem: FileSystem, allowEmpty: Bool = false,
                         diagnostics: inout Diagnostics) -> TextFile? {
            let start = SourceLocation(file: path, line: 1)
            switch fileSystem.kind(path) {
            case .file:
                break
            case .missing:
                diagnostics.error("missing file", at: start)
                return nil
            case .directory, .symbolicLink, .other:
                diagnostics.error("not a regular file", at: start)
                return nil
            }
            let bytes: [UInt8]
            do {
                bytes = try fileSystem.read(path)
            } catch {
                diagnostics.error("cannot read file: \(error)", at: start)
                return nil
            }
            return decode(bytes, path: path, allowEmpty: allowEmpty, diagnostics: &diagnostics)
        }

        /// Checks and normalises raw bytes; an empty file (unless `allowEmpty`) or invalid UTF-8 is an error.
        static func decode(_ raw: [UInt8], path: String, allowEmpty: Bool = false,
                           diagnostics: inout Diagnostics) -> TextFile? {
            var bytes = raw[...]
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                diagnostics.error("the file is UTF-16 (it starts with a UTF-16 byte order mark)",
                                  at: SourceLocation(file: path, line: 1), hint: "save it as UTF-8")
                return nil
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.contains(0x0D) { bytes = removingCarriageReturnsBeforeLineFeeds(bytes)[...] }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.error("invalid UTF-8", at: firstInvalidByte(in: bytes, path: path),
                                  hint: "save the file as UTF-8 (your editor's Save As or Encoding menu)")
                return nil
            }
            if !allowEmpty, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                diagnostics.error("empty file", at: SourceLocation(file: path, line: 1))
                return nil
            }
            return TextFile(path: path, text: text)
        }

        private static func removingCarriageReturnsBeforeLineFeeds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let byte = bytes[index]
                let next = bytes.index(after: index)
                if !(byte == 0x0D && next < bytes.endIndex && bytes[next] == 0x0A) { result.append(byte) }
                index = next
            }
            return result
        }

        /// The line and column (in Unicode scalars) of the first byte that is not valid UTF-8.
        private static func firstInvalidByte(in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var line = 1
            var column = 1
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    if encoded.count == 1 && encoded.first == 0x0A {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                case .error:
                    return SourceLocation(file: path, line: line, column: column)
                case .emptyInput:
                    return SourceLocation(file: path, line: line, column: column)
                }
            }
        }
    }

    /// A Markdown file split into its YAML front matter and its body.
    struct FrontMatterSplit {
        /// The YAML between the `---` lines; nil when the file does not start with a `---` line.
        var yaml: String?
        /// The file line of the YAML's first line.
        var yamlFirstLine: Int
        var body: String
        /// The file line of the body's first line.
        var bodyFirstLine: Int

        /// Splits `file`; an opening `---` line without a closing one is an error (nil).
        static func split(_ file: TextFile, diagnostics: inout Diagnostics) -> FrontMatterSplit? {
            let text = file.text
            let utf8 = text.utf8
            guard let firstEnd = utf8.firstIndex(of: 0x0A), isFence(utf8[utf8.startIndex..<firstEnd]) else {
                if isFence(utf8[...]) {
                    diagnostics.error("unterminated front matter: no closing '---' line",
                                      at: SourceLocation(file: file.path, line: 1))
                    return nil
                }
                return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
            }
            let yamlStart = utf8.index(after: firstEnd)
            var lineStart = yamlStart
            var line = 2
            while lineStart < utf8.endIndex {
                let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
                if isFence(utf8[lineStart..<lineEnd]) {
                    let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                    return FrontMatterSplit(yaml: String(text[yamlStart..<lineStart]), yamlFirstLine: 2,
                                            body: String(text[bodyStart...]), bodyFirstLine: line + 1)
                }
                line += 1
                lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            }
            diagnostics.error("unterminated front matter: no closing '---' line",
                              at: SourceLocation(file: file.path, line: 1))
            return nil
        }

        /// `---`, optionally followed by spaces or tabs.
        private static func isFence(_ line: Substring.UTF8View) -> Bool {
            guard line.starts(with: "---".utf8) else { return false }
            return line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
    }
}
