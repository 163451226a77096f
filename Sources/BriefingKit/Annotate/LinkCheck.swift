import Foundation

/// DESIGN §8 "Links": an internal link is a link scheme, `assets/…` or a `#fragment` of the same page.
/// Any other relative or root-relative path is an error whose hint names the form to use; a link
/// written inside another link (which CommonMark cannot represent) is an error at the outer one.
enum LinkCheck {
    /// A same-page link (`#anchor`), to be checked once the page's ids are known.
    struct FragmentLink: Sendable {
        var anchor: String
        var location: SourceLocation
    }

    /// The message and hint for a destination that is a file path; nil for every other destination
    /// (a scheme, `assets/…`, `#fragment`, or empty).
    static func pathProblem(_ url: String) -> (message: String, hint: String)? {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("assets/"), URLSafety.scheme(of: url) == nil else {
            return nil
        }
        return ("'\(url)' is a file path: internal links are term:, briefing:, cite:, assets/… or #anchor",
                suggestion(for: url))
    }

    /// The form the editor most likely meant, from the path's folders.
    static func suggestion(for url: String) -> String {
        if url.hasPrefix("//") { return "write another site's full address, starting with https:" }
        let path = url.prefix { $0 != "?" && $0 != "#" }
        let fragment = url.firstIndex(of: "#").map { String(url[url.index(after: $0)...]) }
        let parts = path.split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
        func name(after folder: String) -> String? {
            guard let index = parts.firstIndex(of: folder), index + 1 < parts.count else { return nil }
            let item = parts[index + 1]
            return item.hasSuffix(".md") ? String(item.dropLast(3)) : item
        }
        if let index = parts.lastIndex(of: "assets") {
            var rest = Array(parts[(index + 1)...])
            if rest.first == "content" { rest.removeFirst() }
            if !rest.isEmpty { return "did you mean 'assets/\(rest.joined(separator: "/"))'?" }
        }
        if let id = name(after: "glossary") { return "did you mean 'term:\(id)'?" }
        if let slug = name(after: "briefings") {
            return "did you mean 'briefing:\(slug)\(fragment.map { "#" + $0 } ?? "")'?"
        }
        if parts.contains("sources"), let fragment, fragment.hasPrefix("source-") {
            return "did you mean 'cite:\(fragment.dropFirst("source-".count))'?"
        }
        if let scheme = ["term", "briefing", "cite", "claim"].first(where: { path == $0 }) {
            return "did you mean '\(scheme):…'? (a colon, then the id)"
        }
        return "a file of Content/assets/ is 'assets/…'; another site needs its full https:// address"
    }

    /// A link nested in a link: CommonMark keeps the inner one and prints the outer `[…](…)` as text,
    /// so `node` (a text node after a link, among the same inlines) holds the outer link's `](`.
    /// Returns the outer link's destination and where its `[` is, or nil when `node` is not such a leftover.
    static func nestedLink(at node: MarkdownNode) -> (destination: String, location: SourceLocation)? {
        var literal = node.literal
        // Most texts after a link hold no `](` at all: answered on the bytes, before making an array
        // of every scalar (that array was 1.7 % of a build's samples in perf).
        let mayHoldOne = literal.withUTF8 { bytes in
            bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: "]") && bytes[$0 + 1] == UInt8(ascii: "(") }
        }
        guard mayHoldOne else { return nil }
        let scalars = Array(literal.unicodeScalars)
        // The first `](` whose `]` closes no `[` of this same text.
        var balance = 0
        var close: Int?
        for index in scalars.indices {
            if scalars[index] == "[" { balance += 1 }
            if scalars[index] == "]" {
                if balance == 0 {
                    if index + 1 < scalars.count && scalars[index + 1] == "(" { close = index }
                    break
                }
                balance -= 1
            }
        }
        guard let close else { return nil }
        var destination = ""
        var depth = 0
        for scalar in scalars[(close + 2)...] {
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            if scalar == " " || scalar == "\n" { break }
            destination.unicodeScalars.append(scalar)
        }
        // Back through the inlines before it, to the `[` that this `]` closes, past at least one link.
        var open = -1
        var passedLink = false
        var sibling = node.previous
        while let current = sibling {
            if current.kind == .link { passedLink = true }
            if current.kind == .text {
                let text = Array(current.literal.unicodeScalars)
                for index in text.indices.reversed() {
                    if text[index] == "]" { open -= 1 }
                    if text[index] == "[" {
                        open += 1
                        if open == 0 {
                            guard passedLink else { return nil }
                            var location = current.location
                            location.column += index
                            return (destination, location)
                        }
                    }
                }
            }
            sibling = current.previous
        }
        return nil
    }

    /// The diagnostic for a nested link whose outer destination is `destination`.
    static func reportNested(_ destination: String, at location: SourceLocation, into diagnostics: inout Diagnostics) {
        let hint = destination.hasPrefix("claim:")
            ? "glossary names inside a claim are linked automatically: remove the inner link"
            : "take the inner link out of the outer one"
        diagnostics.error("a link inside a link: the outer '[…](\(destination))' would be published as plain text",
                          at: location, hint: hint)
    }

    /// Reports every fragment link whose anchor is not among `ids` (the element ids the page will have).
    static func checkFragments(_ links: [FragmentLink], against ids: Set<String>, page: String,
                               into diagnostics: inout Diagnostics) {
        for link in links {
            let anchor = link.anchor.removingPercentEncoding ?? link.anchor
            if anchor.isEmpty || ids.contains(anchor) || HeadingSlugger.templateIDs.contains(anchor) { continue }
            diagnostics.error("no element '#\(anchor)' on \(page)", at: link.location,
                              hint: NearestName.hint(for: anchor, in: ids))
        }
    }
}
