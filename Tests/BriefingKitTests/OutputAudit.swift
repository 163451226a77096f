import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks on generated files that no editor text can turn into markup: a small HTML tag scanner
/// (every tag's attributes, scripts kept apart), JSON in script elements, and XML well-formedness.
/// Each check returns problems as text, empty when the file is clean.
enum OutputAudit {
    /// One start tag: its lower-cased name and attributes (names lower-cased, values with entities decoded).
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// The start tags of an HTML page and the contents of its `<script>` elements, read the way a
    /// browser tokenises them (quoted attribute values, comments, script data up to `</script`).
    static func scan(_ html: String) -> (tags: [Tag], scripts: [(tag: Tag, text: String)]) {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var scripts: [(Tag, String)] = []
        var index = 0
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        func starts(_ text: String, at position: Int) -> Bool {
            let needle = Array(text.utf8)
            guard position + needle.count <= bytes.count else { return false }
            for (offset, byte) in needle.enumerated() where bytes[position + offset] | 0x20 != byte | 0x20 { return false }
            return true
        }
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts("<!--", at: index) {
                var end = index + 4
                while end < bytes.count, !starts("-->", at: end) { end += 1 }
                index = end + 3
                continue
            }
            guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { index += 1; continue }
            var cursor = index + 1
            let nameStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">"),
                  bytes[cursor] != UInt8(ascii: "/") { cursor += 1 }
            var tag = Tag(name: string(nameStart..<cursor).lowercased(), attributes: [])
            // Attributes until `>`.
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
                if isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") { cursor += 1; continue }
                let attributeStart = cursor
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">"),
                      bytes[cursor] != UInt8(ascii: "="), !(bytes[cursor] == UInt8(ascii: "/") && cursor > attributeStart) {
                    cursor += 1
                }
                if cursor == attributeStart { cursor += 1 }
                let attributeName = string(attributeStart..<cursor).lowercased()
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                var value = ""
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                        let quote = bytes[cursor]
                        let valueStart = cursor + 1
                        cursor = valueStart
                        while cursor < bytes.count, bytes[cursor] != quote { cursor += 1 }
                        value = string(valueStart..<min(cursor, bytes.count))
                        cursor += 1
                    } else {
                        let valueStart = cursor
                        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                        value = string(valueStart..<cursor)
                    }
                }
                tag.attributes.append((attributeName, decodeEntities(value)))
            }
            index = cursor + 1
            tags.append(tag)
            if tag.name == "script" || tag.name == "style" {
                var end = index
                while end < bytes.count, !starts("</" + tag.name, at: end) { end += 1 }
                if tag.name == "script" { scripts.append((tag, string(index..<min(end, bytes.count)))) }
                index = end
            }
        }
        return (tags, scripts)
    }

    /// Numeric and the common named character references, as a browser reads an attribute value.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
                     "newline": "\n", "lpar": "(", "rpar": ")"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let body = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var replacement: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[body.lowercased()]
            }
            if let replacement {
                result += replacement
                var next = after.dropFirst(body.count)
                if next.first == ";" { next = next.dropFirst() }
                rest = next
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    /// Whether a URL in `href`/`src` would run script, as a browser reads it (leading control
    /// characters and spaces skipped, tabs and line breaks inside removed, any case).
    static func isScriptURL(_ url: String) -> Bool {
        let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let lower = String(String.UnicodeScalarView(scalars)).lowercased()
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("data:text/html")
    }

    /// Problems in one HTML page: event-handler attributes, script URLs, unexpected script or
    /// other active elements, and JSON in `<script type="application/ld+json">` that either does not
    /// parse or holds a raw `<`, `>` or `&`.
    static func htmlProblems(_ html: String, path: String, allowRawHTML: Bool = false) -> [String] {
        var problems: [String] = []
        let (tags, scripts) = scan(html)
        let active: Set<String> = ["iframe", "object", "embed", "base", "frame", "applet"]
        for tag in tags {
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("\(path): event handler attribute '\(name)' on <\(tag.name)>") }
                if ["href", "src", "action", "formaction", "xlink:href", "srcset"].contains(name), isScriptURL(value) {
                    problems.append("\(path): script URL in \(name)=\"\(value)\" on <\(tag.name)>")
                }
                if name.contains("\"") || name.contains("'") || name.contains("<") {
                    problems.append("\(path): malformed attribute name '\(name)' on <\(tag.name)> (attribute break-out)")
                }
            }
            if tag.name == "img", tag.attribute("src") == "x" { problems.append("\(path): editor's <img src=x> is live") }
            if !allowRawHTML, active.contains(tag.name) { problems.append("\(path): unexpected <\(tag.name)>") }
        }
        for (tag, text) in scripts {
            // Data blocks (JSON-LD, the glossary cards' data) are never run: they must parse and hold no
            // raw `<`, `>` or `&` that could close the element.
            if let type = tag.attribute("type"), type == "application/ld+json" || type == "application/json" {
                if let bad = text.first(where: { "<>&".contains($0) }) {
                    problems.append("\(path): raw '\(bad)' inside a \(type) script")
                }
                if (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
                    problems.append("\(path): \(type) data does not parse: \(text.prefix(200))")
                }
            } else if tag.attribute("src") == nil || !text.isEmpty {
                if !allowRawHTML { problems.append("\(path): inline script: \(text.prefix(120))") }
            }
        }
        for needle in ["<script>alert", "<img src=x onerror", "\"><img", "</script><script>"] where html.contains(needle) {
            if !allowRawHTML { problems.append("\(path): contains '\(needle)'") }
        }
        return problems
    }

    /// Problems in an XML file. Foundation's parser on Linux (libxml2) can return true after reporting an
    /// error to its delegate, and accepts a missing end tag: every reported error and an unbalanced
    /// element stack count too.
    static func xmlProblems(_ xml: String, path: String) -> [String] {
        let parser = XMLParser(data: Data(xml.utf8))
        let checker = XMLWellFormedness()
        parser.delegate = checker
        let parsed = parser.parse()
        var problems = checker.errors.map { "\(path): not well-formed XML: \($0)" }
        if !parsed, problems.isEmpty {
            problems.append("\(path): not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        if parsed, checker.roots != 1 || checker.depth != 0 {
            problems.append("\(path): not well-formed XML: \(checker.roots) root elements, \(checker.depth) left open")
        }
        return problems
    }

    /// The JSON-LD objects of a page, parsed.
    static func jsonLD(_ html: String) -> [Any] {
        scan(html).scripts.filter { $0.tag.attribute("type") == "application/ld+json" }
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.text.utf8)) }
    }

    /// Every problem in every generated file, by kind of file.
    static func problems(in output: [String: String], allowRawHTML: Bool = false) -> [String] {
        var problems: [String] = []
        for (path, text) in output.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".html") {
                problems += htmlProblems(text, path: path, allowRawHTML: allowRawHTML)
            } else if path.hasSuffix(".xml") {
                problems += xmlProblems(text, path: path)
            } else if path.hasSuffix(".json") {
                if (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
                    problems.append("\(path): JSON does not parse")
                }
            } else if path.hasSuffix(".js") && !path.hasPrefix("assets/") {
                if text.lowercased().contains("</script") || text.contains("<!--") {
                    problems.append("\(path): generated script holds '</script' or '<!--'")
                }
            } else if path.hasSuffix(".txt") {
                for needle in ["<script", "<img"] where text.contains(needle) { problems.append("\(path): contains '\(needle)'") }
            }
        }
        return problems
    }
}

/// Records what Foundation's XML parser reports: errors (with their line) and element nesting.
final class XMLWellFormedness: NSObject, XMLParserDelegate {
    private(set) var errors: [String] = []
    private(set) var depth = 0
    private(set) var roots = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if depth == 0 { roots += 1 }
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        errors.append("\(parseError) at line \(parser.lineNumber), column \(parser.columnNumber)")
    }
}
