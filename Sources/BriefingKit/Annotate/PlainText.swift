/// A body's visible text without markup, cut at its headings: what the search index reads (never the
/// rendered HTML). Blocks end in a newline; raw HTML is left out, as pages without `unsafeHTML` leave it.
public struct PlainText: Sendable, Equatable {
    /// The text before the first heading.
    public var intro: String
    /// The text under each heading up to the next one, in document order: the i-th belongs to the
    /// i-th heading the annotator lists (every heading, whatever its level).
    public var sections: [String]
    /// Each footnote the page shows, in its number's order (set by the annotator, which numbers them).
    public var footnotes: [String]

    public init(intro: String = "", sections: [String] = [], footnotes: [String] = []) {
        self.intro = intro
        self.sections = sections
        self.footnotes = footnotes
    }

    /// Reads `document` as parsed, before annotation changes its tree (headings become custom blocks).
    /// One walk with cmark's iterator; the text of headings themselves is left out (it is their title),
    /// and so are footnote definitions and markers (`footnotes` holds their text).
    static func of(_ document: MarkdownDocument) -> PlainText {
        var result = PlainText()
        var current = ""
        var inHeading = 0
        var started = false
        let definitions = Footnotes.mayHoldFootnotes(document.source.text) ? Footnotes.findDefinitions(in: document) : [:]
        // The footnote definition (a top-level paragraph) or marker (a link cmark made of `[^1]`) being skipped.
        var skipped: MarkdownNode?
        // Markers are cut from the whole text: cmark may split `[^label]` over several text nodes.
        // Copied to its own size: `current` grew by doubling, and a site's plain text is held until the
        // search index is made (on 1,000 long briefings, 26 MB held for 17 MB of text in heaptrack).
        func finished(_ text: String) -> String { (definitions.isEmpty ? text : Self.withoutMarkers(text, definitions)).ownSize }
        document.walk { event in
            if let node = skipped {
                if case .exit(let exited) = event, exited == node { skipped = nil }
                return
            }
            switch event {
            case .enter(let node):
                if !definitions.isEmpty, Self.isFootnoteDefinitionOrMarker(node, definitions) {
                    skipped = node
                    return
                }
                switch node.kind {
                case .heading:
                    if started { result.sections[result.sections.count - 1] = finished(current) } else { result.intro = finished(current) }
                    started = true
                    result.sections.append("")
                    current = ""
                    inHeading += 1
                case .text, .code:
                    if inHeading == 0 { current += node.literal }
                case .softBreak, .lineBreak:
                    if inHeading == 0 { current += " " }
                case .codeBlock:
                    current += node.literal
                    if !current.hasSuffix("\n") { current += "\n" }
                default:
                    break
                }
            case .exit(let node):
                switch node.kind {
                case .heading:
                    inHeading -= 1
                case .paragraph, .item, .blockQuote:
                    if inHeading == 0, !current.isEmpty, !current.hasSuffix("\n") { current += "\n" }
                default:
                    break
                }
            }
        }
        if started { result.sections[result.sections.count - 1] = finished(current) } else { result.intro = finished(current) }
        return result
    }

    /// A top-level paragraph that is a footnote's definition, or a link cmark made of a `[^label]` marker.
    private static func isFootnoteDefinitionOrMarker(_ node: MarkdownNode, _ definitions: [String: Footnotes.Definition]) -> Bool {
        switch node.kind {
        case .paragraph:
            guard node.parent?.kind == .document, let range = node.sourceLineRange else { return false }
            return definitions.values.contains { $0.lines.contains(range.lowerBound) }
        case .link:
            let text = node.plainText
            return text.hasPrefix("^") && definitions[String(text.dropFirst())] != nil
        default:
            return false
        }
    }

    /// `text` without its `[^label]` markers of defined footnotes.
    private static func withoutMarkers(_ text: String, _ definitions: [String: Footnotes.Definition]) -> String {
        let markers = Footnotes.markers(in: text).filter { definitions[$0.label] != nil }
        guard !markers.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for marker in markers.reversed() { bytes.removeSubrange(marker.start..<marker.end) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The plain text of a piece of inline Markdown (a claim's note, a source's note).
    static func inline(_ source: MarkdownSource) -> String {
        let text = of(MarkdownDocument(parsing: source))
        return ([text.intro] + text.sections).joined().trimmingNewlines
    }
}

extension String {
    /// The same text in storage of its own size (a string grown by appending may hold twice its bytes).
    var ownSize: String {
        var text = self
        let count = text.utf8.count
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: count) { buffer in
                _ = buffer.initialize(from: bytes)
                return count
            }
        }
    }
}

private extension String {
    /// Without its trailing line feeds (a `\r\n` is a character of its own, and stays). On the bytes:
    /// dropping characters from the end measured each (a sixtieth of annotating, for every claim note).
    var trimmingNewlines: String {
        var bytes = utf8[...]
        while bytes.last == 0x0A, bytes.dropLast().last != 0x0D { bytes = bytes.dropLast() }
        return bytes.count == utf8.count ? self : String(Substring(bytes))
    }
}
