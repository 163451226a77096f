import Foundation

/// The links and element ids of one generated HTML page, read with regular expressions: the
/// generator writes every attribute double-quoted, so no HTML parser is needed.
struct HTMLPage {
    /// One `href` or `src` attribute, its value with character references decoded.
    struct Link: Hashable {
        var attribute: String
        var value: String
    }

    var links: [Link] = []
    var ids: [String] = []

    init(_ html: String) {
        // Script and style bodies and comments are not markup; their text could look like
        // attributes. The opening tag of a script stays, for its `src`.
        var markup = html.replacing(/<!--.*?-->/.dotMatchesNewlines(), with: "")
        markup = markup.replacing(/(<script\b[^>]*>).*?<\/script>/.dotMatchesNewlines().ignoresCase()) { $0.1 + "</script>" }
        markup = markup.replacing(/(<style\b[^>]*>).*?<\/style>/.dotMatchesNewlines().ignoresCase()) { $0.1 + "</style>" }
        for tag in markup.matches(of: /<[a-zA-Z][^>]*>/) {
            for attribute in tag.output.matches(of: /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/) {
                let name = attribute.output.1.lowercased()
                let value = Self.decode(String(attribute.output.2))
                if name == "href" || name == "src" {
                    links.append(Link(attribute: name, value: value))
                } else if name == "id" {
                    ids.append(value)
                }
            }
        }
    }

    /// Decodes the character references an attribute value may hold.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text.replacing(/&#[xX]([0-9a-fA-F]+);/) { match in
            UInt32(match.output.1, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.output.0)
        }
        result = result.replacing(/&#([0-9]+);/) { match in
            UInt32(match.output.1).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.output.0)
        }
        return result
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
