import Foundation

/// Footnotes (DESIGN §7): `[^label]` in the text, `[^label]: text` as a paragraph of its own.
/// cmark reads `[^1]: Ibid.` as a link reference definition and drops it, so definitions are found
/// in the source lines (outside code); references are found in text nodes, or as the link cmark made
/// of `[^1]` when it took the definition for a link reference.
struct Footnotes {
    struct Definition {
        var label: String
        var text: String
        var lines: ClosedRange<Int>
        var location: SourceLocation
        var textColumn: Int
    }

    /// Labels follow the id rule, or are digits.
    static func isLabel(_ label: Substring) -> Bool {
        !label.isEmpty && (label.allSatisfy(\.isASCII) && label.allSatisfy(\.isNumber)
            || ContentLoader.Rules.isValidID(String(label)))
    }

    /// Rewrites `document`: references become numbered links, definitions leave the text and are listed
    /// at its end, with the page language's `words`. Returns the ids it gave and each listed
    /// footnote's plain text (for search), and what is wrong.
    static func apply(to document: MarkdownDocument, words: InterfaceText = .english,
                      diagnostics: inout Diagnostics) -> (ids: Set<String>, texts: [String]) {
        // Most bodies have no footnote at all: no `[^`, nothing to find or rewrite.
        guard mayHoldFootnotes(document.source.text) else { return ([], []) }
        let definitions = findDefinitions(in: document)
        var references: [(node: MarkdownNode, ranges: [(start: Int, end: Int, label: String)])] = []
        var linkReferences: [(node: MarkdownNode, label: String)] = []
        var definitionBlocks: [MarkdownNode] = []
        var order: [String] = []
        var counts: [String: Int] = [:]
        var refIDs: [String: [String]] = [:]
        var linkDepth = 0
        var inDefinition = false

        func reference(_ label: String, at location: SourceLocation) -> String? {
            guard definitions[label] != nil else {
                diagnostics.error("footnote '[^\(label)]' has no definition", at: location,
                                  hint: NearestName.hint(for: label, in: definitions.keys)
                                    ?? "add a paragraph '[^\(label)]: …' below the text")
                return nil
            }
            if counts[label] == nil { order.append(label) }
            counts[label, default: 0] += 1
            let count = counts[label, default: 1]
            let id = count == 1 ? "fnref-\(label)" : "fnref-\(label)--\(count)"
            refIDs[label, default: []].append(id)
            return id
        }

        var pending: [(node: MarkdownNode, start: Int, end: Int, html: String)] = []
        var pendingLinks: [(node: MarkdownNode, html: String)] = []
        document.walk { event in
            switch event {
            case .enter(let node):
                switch node.kind {
                case .paragraph:
                    if let range = node.sourceLineRange, node.parent?.kind == .document,
                       definitions.values.contains(where: { $0.lines.contains(range.lowerBound) }) {
                        definitionBlocks.append(node)
                        inDefinition = true
                    }
                case .link:
                    let text = node.plainText
                    if text.hasPrefix("^"), isLabel(text.dropFirst()), definitions[String(text.dropFirst())] != nil,
                       node.firstChild?.next == nil {
                        linkReferences.append((node, String(text.dropFirst())))
                    }
                    linkDepth += 1
                case .image:
                    linkDepth += 1
                case .text where linkDepth == 0 && !inDefinition:
                    let found = markers(in: node.literal)
                    if !found.isEmpty { references.append((node, found)) }
                default:
                    break
                }
            case .exit(let node):
                if node.kind == .link || node.kind == .image { linkDepth -= 1 }
                if node.kind == .paragraph { inDefinition = false }
            }
        }
        // Number in document order: text references and link references interleave by position.
        var numbered: [(node: MarkdownNode, start: Int, end: Int, label: String, isLink: Bool)] = []
        numbered += references.flatMap { item in item.ranges.map { (item.node, $0.start, $0.end, $0.label, false) } }
        numbered += linkReferences.map { ($0.node, 0, 0, $0.label, true) }
        numbered.sort { a, b in
            let x = a.node.location, y = b.node.location
            return x != y ? x < y : a.start < b.start
        }
        for item in numbered {
            var location = item.node.location
            if !item.isLink {
                location.column += String(decoding: Array(item.node.literal.utf8)[..<item.start], as: UTF8.self).unicodeScalars.count
            }
            guard let id = reference(item.label, at: location) else { continue }
            let number = (order.firstIndex(of: item.label) ?? 0) + 1
            let html = "<sup class=\"footnote-ref\"><a id=\"\(id)\" href=\"#fn-\(item.label)\">\(number)</a></sup>"
            if item.isLink { pendingLinks.append((item.node, html)) } else { pending.append((item.node, item.start, item.end, html)) }
        }
        // Later markers of a node first, so the earlier offsets stay valid as it is split.
        for item in pending.sorted(by: { $0.start > $1.start }) {
            let rest = item.node.split(atByte: item.start)
            let marker = item.start == 0 ? item.node : rest
            _ = marker.split(atByte: item.end - item.start)
            marker.replaceWithHTMLInline(item.html)
        }
        for item in pendingLinks { item.node.replaceWithHTMLInline(item.html) }
        for block in definitionBlocks { block.remove() }

        var ids: Set<String> = []
        for definition in definitions.values.sorted(by: { $0.location < $1.location }) where counts[definition.label] == nil {
            diagnostics.warning("footnote '[^\(definition.label)]' is never referenced", at: definition.location)
        }
        guard !order.isEmpty else { return (ids, []) }
        var items: [MarkdownNode] = []
        var texts: [String] = []
        for label in order {
            guard let definition = definitions[label] else { continue }
            let blocks = document.parseFragment(definition.text, firstLine: definition.location.line,
                                                firstColumn: definition.textColumn)
            texts.append(blocks.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n"))
            let backs = (refIDs[label] ?? []).enumerated().map { index, id in
                let words = words.text("footnote.backToReference", ["number": "\(index + 1)"])
                return "<a class=\"footnote-back\" href=\"#\(id)\" aria-label=\"\(words)\">↩\(index == 0 ? "" : "<sup>\(index + 1)</sup>")</a>"
            }.joined(separator: " ")
            if let last = blocks.last, last.kind == .paragraph {
                document.appendHTMLInline(" " + backs, to: last)
            }
            var children = blocks
            if blocks.last?.kind != .paragraph, let extra = document.customBlock(enter: "<p>" + backs + "</p>", exit: "", children: []) {
                children.append(extra)
            }
            if let item = document.customBlock(enter: "<li id=\"fn-\(label)\">", exit: "</li>", children: children) {
                items.append(item)
            }
            ids.insert("fn-\(label)")
            ids.formUnion(refIDs[label] ?? [])
        }
        _ = document.appendBlock(enter: "<section class=\"footnotes\" id=\"footnotes\" aria-label=\"\(words.text("footnote.section"))\">\n<ol>",
                                 exit: "</ol>\n</section>", children: items)
        ids.insert("footnotes")
        return (ids, texts)
    }

    /// `[^label]` markers in a text: byte ranges and labels.
    static func markers(in text: String) -> [(start: Int, end: Int, label: String)] {
        let bytes = Array(text.utf8)
        var result: [(start: Int, end: Int, label: String)] = []
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "]")) {
                let label = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                if isLabel(Substring(label)) {
                    result.append((index, close + 1, label))
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return result
    }

    /// Whether `text` has a `[^` anywhere, without which it has no footnote reference or definition.
    /// Looks for each `^` with `memchr` (a loop over the String's bytes was 1 % of a build's samples).
    static func mayHoldFootnotes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 1 else { return false }
            var start = 1
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "^")), bytes.count - start) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if bytes[index - 1] == UInt8(ascii: "[") { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Definitions in the source: a line `[^label]: text` (indented at most three spaces) that starts a
    /// block at the top level, outside code, with the lines after it up to a blank line.
    static func findDefinitions(in document: MarkdownDocument) -> [String: Definition] {
        var excluded = Set<Int>()
        var child = document.rootNode.firstChild
        while let node = child {
            if let range = node.sourceLineRange, node.kind == .codeBlock || node.kind == .htmlBlock {
                excluded.formUnion(range)
            }
            child = node.next
        }
        // Split on bytes: splitting a body on a Character walks every grapheme of it (and never
        // splits a CRLF file, "\r\n" being one Character); a line's CR is no part of it.
        let lines = document.source.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { Substring($0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0) }
        var definitions: [String: Definition] = [:]
        var index = 0
        var previousBlank = true
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if previousBlank, indent <= 3, !excluded.contains(number), rest.hasPrefix("[^"),
               let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(":"),
               isLabel(rest[rest.index(rest.startIndex, offsetBy: 2)..<close]) {
                let label = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                let afterColon = rest[rest.index(close, offsetBy: 2)...]
                let text = afterColon.drop { $0 == " " || $0 == "\t" }
                var end = index
                var body = [String(text)]
                while end + 1 < lines.count, !lines[end + 1].allSatisfy({ $0 == " " || $0 == "\t" }),
                      !lines[end + 1].drop(while: { $0 == " " }).hasPrefix("[^") {
                    end += 1
                    body.append(String(lines[end]))
                }
                let column = indent + 1
                let textColumn = line.unicodeScalars.count - text.unicodeScalars.count + 1
                let location = SourceLocation(file: document.source.file, line: document.source.firstLine + index,
                                              column: column + (index == 0 ? document.source.firstColumn - 1 : 0))
                if definitions[label] == nil {
                    definitions[label] = Definition(label: label, text: body.joined(separator: "\n"), lines: number...(end + 1),
                                                    location: location, textColumn: textColumn)
                }
                index = end + 1
                previousBlank = true  // another definition may follow at once
                continue
            }
            previousBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            index += 1
        }
        return definitions
    }
}
