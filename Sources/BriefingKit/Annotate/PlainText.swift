/// A body's visible text without markup, cut at its headings: what the search index reads (never the
/// rendered HTML). Blocks end in a newline; raw HTML is left out, as pages without `unsafeHTML` leave it.
public struct PlainText: Sendable, Equatable {
    /// The text before the first heading.
    public var intro: String
    /// The text under each heading up to the next one, in document order: the i-th belongs to the
    /// i-th heading the annotator lists (every heading, whatever its level).
    public var sections: [String]

    public init(intro: String = "", sections: [String] = []) {
        self.intro = intro
        self.sections = sections
    }

    /// Reads `document` as parsed, before annotation changes its tree (headings become custom blocks).
    /// One walk with cmark's iterator; the text of headings themselves is left out (it is their title).
    static func of(_ document: MarkdownDocument) -> PlainText {
        var result = PlainText()
        var current = ""
        var inHeading = 0
        var started = false
        document.walk { event in
            switch event {
            case .enter(let node):
                switch node.kind {
                case .heading:
                    if started { result.sections[result.sections.count - 1] = current } else { result.intro = current }
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
        if started { result.sections[result.sections.count - 1] = current } else { result.intro = current }
        return result
    }

    /// The plain text of a piece of inline Markdown (a claim's note, a source's note).
    static func inline(_ source: MarkdownSource) -> String {
        let text = of(MarkdownDocument(parsing: source))
        return ([text.intro] + text.sections).joined().trimmingNewlines
    }
}

private extension String {
    var trimmingNewlines: String {
        var view = self[...]
        while view.last == "\n" { view = view.dropLast() }
        return String(view)
    }
}
