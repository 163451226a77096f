import Foundation

/// A paragraph's or heading's visible text as the glossary matcher sees it, with the text nodes behind it.
struct TextBlock {
    var pieces: [TextPiece] = []
    /// The text node behind each piece (nil for soft breaks and opaque text).
    var nodes: [MarkdownNode?] = []
    var explicitTerms: [ExplicitTerm] = []
    /// Index of the section (level-1/2 headings start one) the block is in.
    var section: Int
    var isHeading: Bool
}

/// A `[text](term:ID)` link, placed among its block's pieces so mentions are numbered in document order.
struct ExplicitTerm {
    var node: MarkdownNode
    var term: String
    var pieceIndex: Int
}

/// A link node to be replaced by a custom inline.
struct InlineReplacement {
    var node: MarkdownNode
    var enter: String
    var exit: String
}

/// One walk over a body: records what to change and collects the text to auto-link. Changes nothing itself.
struct BodyScan {
    let context: AnnotationContext
    var result = BodyAnnotation()
    var blocks: [TextBlock] = []
    var replacements: [InlineReplacement] = []
    var urlChanges: [(node: MarkdownNode, url: String)] = []
    /// Images from `assets/`, replaced by Briefing's own `<img>` (with width and height).
    var images: [(node: MarkdownNode, html: String)] = []
    /// Paragraphs holding only a titled image from `assets/`: a `<figure>` with this caption.
    var figures: [(paragraph: MarkdownNode, caption: String)] = []
    var headingNodes: [MarkdownNode] = []

    private var current: TextBlock?
    private var section = 0
    private var run = 0
    /// Links (other than claim marks), images and headings entered: text inside is never auto-linked.
    private var opaqueDepth = 0
    private var citationCounts: [String: Int] = [:]

    init(context: AnnotationContext) {
        self.context = context
    }

    mutating func visit(_ event: MarkdownEvent) {
        switch event {
        case .enter(let node): enter(node)
        case .exit(let node): exit(node)
        }
    }

    private mutating func enter(_ node: MarkdownNode) {
        switch node.kind {
        case .paragraph:
            current = TextBlock(section: section, isHeading: false)
        case .heading:
            if node.headingLevel <= 2 { section += 1 }
            current = TextBlock(section: section, isHeading: true)
            headingNodes.append(node)
            opaqueDepth += 1
        case .text:
            if let nested = LinkCheck.nestedLink(at: node) {
                LinkCheck.reportNested(nested.destination, at: nested.location, into: &result.diagnostics)
                if nested.destination.hasPrefix("claim:") { result.claimsInNestedLinks.insert(String(nested.destination.dropFirst(6))) }
            }
            addPiece(node.literal, node: node)
        case .softBreak:
            addPiece("\n", node: nil)
        case .lineBreak:
            current?.pieces.append(TextPiece(text: "\n", kind: .lineBreak))
            current?.nodes.append(nil)
            run += 1
        case .code:
            run += 1
            current?.pieces.append(TextPiece(text: node.literal, kind: .opaque))
            current?.nodes.append(nil)
            run += 1
        case .emphasis, .strong, .customInline:
            run += 1
        case .htmlInline, .htmlBlock:
            run += 1
            if !context.unsafeHTML {
                result.diagnostics.warning("raw HTML is omitted from the page (set 'unsafeHTML: true' in site.yaml to allow it)",
                                           at: node.location)
            }
        case .link:
            run += 1
            let isClaim = enterLink(node)
            if !isClaim { opaqueDepth += 1 }
        case .image:
            run += 1
            opaqueDepth += 1
            checkPlainDestination(node)
        default:
            break
        }
    }

    private mutating func exit(_ node: MarkdownNode) {
        switch node.kind {
        case .paragraph:
            if let block = current { blocks.append(block) }
            current = nil
        case .heading:
            opaqueDepth -= 1
            if let block = current { blocks.append(block) }
            current = nil
        case .emphasis, .strong, .customInline:
            run += 1
        case .link:
            run += 1
            if case .claim = LinkTarget(node.url) {} else { opaqueDepth -= 1 }
        case .image:
            run += 1
            opaqueDepth -= 1
        default:
            break
        }
    }

    private mutating func addPiece(_ text: String, node: MarkdownNode?) {
        guard current != nil else { return }
        if opaqueDepth > 0 {
            current?.pieces.append(TextPiece(text: text, kind: .opaque))
            current?.nodes.append(nil)
        } else {
            current?.pieces.append(TextPiece(text: text, kind: .linkable(run: run)))
            current?.nodes.append(node)
        }
    }

    /// Handles a link by its scheme; returns whether it is a claim mark (whose text stays linkable).
    private mutating func enterLink(_ node: MarkdownNode) -> Bool {
        let location = node.location
        switch LinkTarget(node.url) {
        case .claim(let id):
            markClaim(node, id: id, at: location)
            return true
        case .cite(let id):
            cite(node, id: id, at: location)
        case .term(let id):
            if LinkResolution.checkTerm(id, in: context.glossary, unreadable: context.unreadable, at: location,
                                        &result.diagnostics) {
                let index = current?.pieces.count ?? 0
                current?.explicitTerms.append(ExplicitTerm(node: node, term: id, pieceIndex: index))
            }
        case .briefing(let slug, let anchor):
            result.briefingLinks.append(PendingBriefingLink(slug: slug, anchor: anchor, location: location))
            urlChanges.append((node, context.links.briefing(slug, anchor: anchor)))
        case .other:
            checkPlainDestination(node)
        }
        return false
    }

    private mutating func markClaim(_ node: MarkdownNode, id: String, at location: SourceLocation) {
        guard let claim = context.claims[id] else {
            let rule = context.links.language.folder.isEmpty ? "claims are defined under 'claims' in the front matter"
                : "a translation marks the claims its original defines"
            result.diagnostics.error("unknown claim '\(id)': \(rule)",
                                     at: location, hint: NearestName.hint(for: id, in: context.claims.keys))
            return
        }
        // Appended in place: copying the list out and back for every mark made many marks quadratic.
        let earlier = result.marks[id]?.count ?? 0
        if earlier == 0 {
            result.claimOrder.append(id)
            result.markTexts[id] = node.plainText
        }
        let anchor = earlier == 0 ? "claim-\(id)" : "claim-\(id)--\(earlier + 1)"
        result.marks[id, default: []].append(anchor)
        result.anchors.insert(anchor)
        let number = (result.claimOrder.firstIndex(of: id) ?? 0) + 1
        let status = claim.status.rawValue
        // The first mark keeps the ids the claim had before (`moved-from`), wrapped around it, so
        // that published links to `#claim-<old>` land on the same words (DESIGN §7 Permanence).
        let oldIDs = earlier == 0 ? claim.movedFrom.map { "claim-\($0.id)" } : []
        result.anchors.formUnion(oldIDs)
        replacements.append(InlineReplacement(
            node: node,
            enter: oldIDs.map { "<span id=\"\($0)\">" }.joined()
                + "<span class=\"claim claim--\(status)\" id=\"\(anchor)\">",
            exit: "</span><a class=\"claim-marker claim-marker--\(status)\" href=\"#note-\(id)\">"
                + "<span class=\"claim-marker__verdict\">\(context.words.verdict(claim.status))</span>"
                + "<span class=\"claim-marker__number\">\(number)</span></a>"
                + String(repeating: "</span>", count: oldIDs.count)))
    }

    private mutating func cite(_ node: MarkdownNode, id: String, at location: SourceLocation) {
        guard LinkResolution.checkSource(id, in: context.sources, unreadable: context.unreadable, at: location,
                                         &result.diagnostics) else { return }
        citationCounts[id, default: 0] += 1
        let number = citationCounts[id, default: 1]
        let anchor = "cite-\(id)-\(number)"
        result.citations.append((id, anchor, number))
        result.anchors.insert(anchor)
        replacements.append(InlineReplacement(
            node: node,
            enter: LinkResolution.citeOpening(id, anchor: anchor, links: context.links),
            exit: "</a>"))
    }

    /// Asset paths, same-page anchors, file paths, unsafe URLs and misspelt schemes in ordinary links and images.
    private mutating func checkPlainDestination(_ node: MarkdownNode) {
        let url = node.url
        let location = node.location
        if url.hasPrefix("#") {
            result.fragmentLinks.append(LinkCheck.FragmentLink(anchor: String(url.dropFirst()), location: location))
            return
        }
        if url.hasPrefix("assets/") {
            let path = String(url.dropFirst("assets/".count))
            let file = String(path.prefix { $0 != "?" && $0 != "#" }).removingPercentEncoding ?? path
            if context.assets.contains(file) {
                let link = context.links.file("assets/content/" + path)
                if node.kind == .image { image(node, src: link, file: file) } else { urlChanges.append((node, link)) }
            } else {
                result.diagnostics.error("missing asset 'assets/\(file)': no such file in the content's assets folder",
                                         at: location, hint: NearestName.hint(for: file, in: context.assets))
            }
            return
        }
        if URLSafety.isUnsafe(url) {
            result.diagnostics.warning("unsafe URL '\(url)' is dropped from the page", at: location)
            // The text stays, without a link (or, for an image, its description): never `<a href="">`.
            replacements.append(InlineReplacement(node: node, enter: "", exit: ""))
            return
        }
        if let problem = LinkCheck.pathProblem(url) {
            result.diagnostics.error(problem.message, at: location, hint: problem.hint)
            return
        }
        if let scheme = URLSafety.scheme(of: url), !URLSafety.webSchemes.contains(scheme),
           let nearest = NearestName.find(scheme, in: ["claim", "cite", "term", "briefing"]) {
            result.diagnostics.error("unknown link scheme '\(scheme):'", at: location, hint: "did you mean '\(nearest):'?")
        }
    }

    /// An image from `assets/` with its size; a figure when it stands alone in its paragraph with a title.
    private mutating func image(_ node: MarkdownNode, src: String, file: String) {
        let title = node.title
        let isFigure = !title.isEmpty && node.parent?.kind == .paragraph && node.previous == nil && node.next == nil
        var html = "<img src=\"\(URLSafety.escapedHref(src))\" alt=\"\(HTMLEscaping.escape(node.plainText))\""
        if !title.isEmpty && !isFigure { html += " title=\"\(HTMLEscaping.escape(title))\"" }
        if let size = context.imageSizes[file] {
            html += " width=\"\(size.width)\" height=\"\(size.height)\""
        } else if ImageSize.extensions.contains(file.split(separator: ".").last.map { $0.lowercased() } ?? "") {
            result.diagnostics.warning("cannot read the size of image 'assets/\(file)' from its file", at: node.location,
                                       hint: "is it a valid PNG, JPEG, GIF, WebP or SVG file?")
        }
        images.append((node, html + " />"))
        if isFigure, let paragraph = node.parent { figures.append((paragraph, title)) }
    }
}
