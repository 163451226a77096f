import Foundation

/// Renders the inline Markdown of claim notes, corrections and source notes: `term:`, `cite:` and
/// `briefing:` links work there, but nothing is auto-linked and nothing gets a mention id.
public struct InlineMarkdown: Sendable {
    let sources: [String: Source]
    let glossary: [String: GlossaryEntry]
    let unsafeHTML: Bool
    /// Files of `Content/assets/` that `assets/…` links may name (empty: every such link is reported).
    var assets: Set<String> = []
    /// Ids of files that could not be read: references to them are not reported again.
    var unreadable = UnreadableContent()
    var imageSizes: [String: ImageSize] = [:]
    /// The language the HTML is for: its links lead into that language's folder (DESIGN §8).
    var language = LanguageLinks.root

    /// What rendering an inline field found besides its HTML.
    struct Findings {
        var diagnostics = Diagnostics()
        /// Sources its `cite:` links name.
        var citedSources: [String] = []
        /// Its `briefing:` links, checked once every briefing's anchors are known.
        var briefingLinks: [PendingBriefingLink] = []
        /// Its `#anchor` links, checked against the ids of the page the text belongs to.
        var fragmentLinks: [LinkCheck.FragmentLink] = []
        /// Glossary entries its `term:` links name (their pages embed these entries' hover cards).
        var terms: [String] = []
    }

    /// The HTML of `source` for a page linking with `links`, without the paragraph around it, and what it links to.
    /// `home` is the briefing a claim's note belongs to: its `#anchor` links point there from any page.
    func render(_ source: MarkdownSource, links: LinkContext, home: String? = nil, findings: inout Findings) -> String {
        let document = MarkdownDocument(parsing: source)
        var replacements: [InlineReplacement] = []
        var images: [(node: MarkdownNode, html: String)] = []
        document.walk { event in
            guard case .enter(let node) = event else { return }
            if node.kind == .text, let nested = LinkCheck.nestedLink(at: node) {
                LinkCheck.reportNested(nested.destination, at: nested.location, into: &findings.diagnostics)
            }
            if node.kind == .htmlInline || node.kind == .htmlBlock, !unsafeHTML {
                findings.diagnostics.warning("raw HTML is omitted from the page", at: node.location)
            }
            guard node.kind == .link || node.kind == .image else { return }
            let url = node.url
            let location = node.location
            switch LinkTarget(url) {
            case .term(let id):
                if LinkResolution.checkTerm(id, in: glossary, unreadable: unreadable, at: location, &findings.diagnostics) {
                    findings.terms.append(id)
                    replacements.append(InlineReplacement(
                        node: node, enter: LinkResolution.termOpening(id, anchor: nil, links: links), exit: "</a>"))
                }
            case .cite(let id):
                findings.citedSources.append(id)
                if LinkResolution.checkSource(id, in: sources, unreadable: unreadable, at: location, &findings.diagnostics) {
                    replacements.append(InlineReplacement(
                        node: node, enter: LinkResolution.citeOpening(id, anchor: nil, links: links), exit: "</a>"))
                }
            case .briefing(let slug, let anchor):
                findings.briefingLinks.append(PendingBriefingLink(slug: slug, anchor: anchor, location: location))
                replacements.append(InlineReplacement(
                    node: node, enter: "<a href=\"\(HTMLEscaping.escape(links.briefing(slug, anchor: anchor)))\">", exit: "</a>"))
            case .claim:
                findings.diagnostics.error("a claim can be marked only in the text of its briefing, not in a note", at: location)
            case .other:
                // Briefing writes these links itself: cmark would percent-escape the root placeholder.
                if url.hasPrefix("#") {
                    findings.fragmentLinks.append(LinkCheck.FragmentLink(anchor: String(url.dropFirst()), location: location))
                    if let home, node.kind == .link {
                        let href = HTMLEscaping.escape(links.briefing(home, anchor: String(url.dropFirst())))
                        replacements.append(InlineReplacement(node: node, enter: "<a href=\"\(href)\">", exit: "</a>"))
                    }
                } else if url.hasPrefix("assets/") {
                    let path = String(url.dropFirst("assets/".count))
                    let file = String(path.prefix { $0 != "?" && $0 != "#" }).removingPercentEncoding ?? path
                    if assets.contains(file) {
                        let href = HTMLEscaping.escape(links.file("assets/content/" + path))
                        if node.kind == .link {
                            replacements.append(InlineReplacement(node: node, enter: "<a href=\"\(href)\">", exit: "</a>"))
                        } else {
                            var image = "<img src=\"\(href)\" alt=\"\(HTMLEscaping.escape(node.plainText))\""
                            if let size = imageSizes[file] { image += " width=\"\(size.width)\" height=\"\(size.height)\"" }
                            images.append((node, image + " />"))
                        }
                    } else {
                        findings.diagnostics.error("missing asset 'assets/\(file)': no such file in the content's assets folder",
                                                   at: location, hint: NearestName.hint(for: file, in: assets))
                    }
                } else if URLSafety.isUnsafe(url) {
                    findings.diagnostics.warning("unsafe URL '\(url)' is dropped from the page", at: location)
                    replacements.append(InlineReplacement(node: node, enter: "", exit: ""))
                } else if let problem = LinkCheck.pathProblem(url) {
                    findings.diagnostics.error(problem.message, at: location, hint: problem.hint)
                }
            }
        }
        for replacement in replacements {
            replacement.node.replaceWithCustomInline(enter: replacement.enter, exit: replacement.exit)
        }
        for image in images { image.node.replaceWithHTMLInline(image.html) }
        let html = document.renderHTML(unsafe: unsafeHTML)
        return Self.unwrapParagraph(html)
    }

    /// The HTML once for every page: links start at a placeholder that `RootRelativeHTML` replaces with
    /// each page's way to the root.
    func renderForAnyPage(_ source: MarkdownSource, portable: Bool, home: String? = nil,
                          findings: inout Findings) -> RootRelativeHTML {
        var source = source
        // The placeholder must come from Briefing alone: an editor's own U+0001 becomes U+FFFD
        // (one scalar for one, so diagnostics keep their columns).
        // (Searched as its one byte: Foundation's `contains` on a String was a percent of a build.)
        if source.text.utf8.contains(UInt8(ascii: "\u{1}")) {
            source.text = source.text.replacingOccurrences(of: RootRelativeHTML.root, with: "\u{FFFD}")
        }
        return RootRelativeHTML(html: render(source, links: LinkContext(rootPrefix: RootRelativeHTML.root, portable: portable,
                                                                                   language: language),
                                             home: home, findings: &findings))
    }

    /// Quiet rendering for pages: the annotator has reported the problems already.
    func render(_ source: MarkdownSource, links: LinkContext) -> String {
        var ignored = Findings()
        return render(source, links: links, findings: &ignored)
    }

    /// `<p>x</p>\n` → `x`; anything with more than one paragraph stays as it is.
    static func unwrapParagraph(_ html: String) -> String {
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        let inner = html.utf8.dropFirst(3).dropLast(5)
        let opening = Array("<p>".utf8)
        let hasAnother = inner.indices.contains { start in inner[start...].starts(with: opening) }
        return hasAnother ? html : String(decoding: inner, as: UTF8.self)
    }
}

/// HTML whose site links start at a placeholder, rendered once and placed on pages at any depth.
/// The placeholder is U+0001, taken out of the editor's text before rendering; every link that
/// carries it is written by Briefing itself (cmark would percent-escape it in a URL it escapes).
public struct RootRelativeHTML: Sendable, Equatable {
    static let root = "\u{1}"
    /// The HTML split at the placeholder, once, so placing it on a page is a join.
    let parts: [String]

    init(html: String) {
        parts = html.utf8.split(separator: 0x01, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The HTML for a page linking with `links`.
    public func resolved(for links: LinkContext) -> String {
        parts.count == 1 ? parts[0] : parts.joined(separator: links.rootPrefix)
    }
}
