/// What annotating one body needs to know about the rest of the site.
struct AnnotationContext {
    var claims: [String: Claim] = [:]
    var sources: [String: Source]
    var glossary: [String: GlossaryEntry]
    var matcher: GlossaryMatcher
    var autolink: AutolinkMode
    /// A glossary entry's own id: an entry never links itself.
    var selfTermID: String?
    var links: LinkContext
    var assets: Set<String>
    var unsafeHTML: Bool
    /// Ids of files that could not be read: references to them are not reported again.
    var unreadable = UnreadableContent()
    var imageSizes: [String: ImageSize] = [:]
    /// The words the body's own marks print (verdicts on claim markers, the footnotes' heading):
    /// the page language's table (DESIGN §8).
    var words = InterfaceText.english
    /// Element ids the page's template adds beyond `HeadingSlugger.templateIDs` (methodology/'s
    /// definitions), which a heading must not take.
    var reservedIDs: Set<String> = []
}

/// A `briefing:` link, checked once every briefing's anchors are known (its URL is set at once).
struct PendingBriefingLink: Sendable {
    var slug: String
    var anchor: String?
    var location: SourceLocation
}

/// What annotating one body found.
struct BodyAnnotation {
    var headings: [Heading] = []
    /// Claim ids in the order of their first mark.
    var claimOrder: [String] = []
    var marks: [String: [String]] = [:]
    var markTexts: [String: String] = [:]
    /// (term id, anchor) in document order.
    var mentions: [(term: String, anchor: String)] = []
    /// (source id, anchor, n) in document order.
    var citations: [(source: String, anchor: String, number: Int)] = []
    var briefingLinks: [PendingBriefingLink] = []
    /// `#anchor` links, checked once every id of the page is known.
    var fragmentLinks: [LinkCheck.FragmentLink] = []
    /// Claims whose mark is the outer link of a nested link (already an error): not "never marked" too.
    var claimsInNestedLinks: Set<String> = []
    var anchors: Set<String> = []
    /// Each footnote's plain text, in number order.
    var footnotes: [String] = []
    var diagnostics = Diagnostics()
}

/// Resolves the link schemes of one body, auto-links glossary names and gives headings their ids,
/// changing the cmark tree in place.
struct BodyAnnotator {
    let context: AnnotationContext

    func annotate(_ document: MarkdownDocument) -> BodyAnnotation {
        expandTables(in: document)
        var conventions = Diagnostics()
        let footnotes = Footnotes.apply(to: document, words: context.words, diagnostics: &conventions)
        Strikethrough.apply(to: document)
        var scan = BodyScan(context: context)
        document.walk { scan.visit($0) }
        var result = scan.result
        result.diagnostics.append(conventions)
        result.anchors.formUnion(footnotes.ids)
        result.footnotes = footnotes.texts
        let (textLinks, termLinks) = linkMentions(in: scan.blocks, result: &result)
        // Later matches first, so splitting a text node keeps the earlier offsets valid.
        for link in textLinks.reversed() {
            document.wrapText(from: link.start, offset: link.startOffset, to: link.end, offset: link.endOffset,
                              enter: link.enter, exit: "</a>")
        }
        for replacement in scan.replacements + termLinks {
            replacement.node.replaceWithCustomInline(enter: replacement.enter, exit: replacement.exit)
        }
        for change in scan.urlChanges { change.node.url = change.url }
        for image in scan.images { image.node.replaceWithHTMLInline(image.html) }
        for figure in scan.figures {
            figure.paragraph.replaceWithCustomBlock(
                enter: "<figure>", exit: "<figcaption>\(HTMLEscaping.escape(figure.caption))</figcaption></figure>")
        }
        giveHeadingsIDs(scan.headingNodes, result: &result)
        return result
    }

    /// `table` code blocks and pipe-table paragraphs as tables.
    private func expandTables(in document: MarkdownDocument) {
        var tableBlocks: [MarkdownNode] = []
        var paragraphs: [(node: MarkdownNode, text: String, line: Int)] = []
        document.walk { event in
            guard case .enter(let node) = event else { return }
            if node.kind == .codeBlock, node.fenceInfo.split(separator: " ").first == "table" {
                tableBlocks.append(node)
            } else if node.kind == .paragraph, let table = document.pipeTableText(of: node) {
                paragraphs.append((node, table.text, table.firstLine))
            }
        }
        for block in tableBlocks {
            if let table = PipeTable(parsing: block.literal) { block.replaceWithTable(table) }
        }
        for paragraph in paragraphs {
            if let table = PipeTable(parsing: paragraph.text) {
                paragraph.node.replaceWithTable(table, firstRowLine: paragraph.line)
            }
        }
    }

    private struct TextLink {
        var start: MarkdownNode, startOffset: Int, end: MarkdownNode, endOffset: Int, enter: String
    }

    /// Decides which mentions become links (DESIGN §2 auto-linking modes) and numbers every mention.
    private func linkMentions(in blocks: [TextBlock], result: inout BodyAnnotation)
        -> (text: [TextLink], terms: [InlineReplacement]) {
        var counts: [String: Int] = [:]
        var linkedInSection: Set<String> = []
        var linkedAnywhere: Set<String> = []
        var currentSection = 0
        var links: [TextLink] = []
        var termLinks: [InlineReplacement] = []

        func nextMentionID(_ term: String) -> String {
            counts[term, default: 0] += 1
            let anchor = "mention-\(term)-\(counts[term, default: 1])"
            result.mentions.append((term, anchor))
            result.anchors.insert(anchor)
            return anchor
        }

        for block in blocks {
            if block.section != currentSection {
                currentSection = block.section
                linkedInSection = []
            }
            let matches = (context.autolink == .off || block.isHeading) ? [] : context.matcher.matches(in: block.pieces)
            var events: [(piece: Int, match: GlossaryMatch?, explicit: ExplicitTerm?)] =
                matches.map { ($0.startPiece, $0, nil) } + block.explicitTerms.map { ($0.pieceIndex, nil, $0) }
            events.sort { $0.piece < $1.piece || ($0.piece == $1.piece && $0.explicit != nil && $1.explicit == nil) }
            for event in events {
                if let explicit = event.explicit {
                    let anchor = nextMentionID(explicit.term)
                    linkedInSection.insert(explicit.term)
                    linkedAnywhere.insert(explicit.term)
                    termLinks.append(InlineReplacement(node: explicit.node, enter: termLinkOpening(explicit.term, anchor: anchor),
                                                       exit: "</a>"))
                    continue
                }
                guard let match = event.match, match.termID != context.selfTermID else { continue }
                switch context.autolink {
                case .off: continue
                case .first where linkedAnywhere.contains(match.termID): continue
                case .firstInSection where linkedInSection.contains(match.termID): continue
                default: break
                }
                guard let start = block.nodes[match.startPiece], let end = endNode(of: match, in: block) else { continue }
                linkedInSection.insert(match.termID)
                linkedAnywhere.insert(match.termID)
                let anchor = nextMentionID(match.termID)
                links.append(TextLink(start: start, startOffset: match.startOffset, end: end.node, endOffset: end.offset,
                                      enter: termLinkOpening(match.termID, anchor: anchor)))
            }
        }
        return (links, termLinks)
    }

    private func endNode(of match: GlossaryMatch, in block: TextBlock) -> (node: MarkdownNode, offset: Int)? {
        var piece = match.endPiece
        var offset = match.endOffset
        if offset == 0 && piece > match.startPiece {
            piece -= 1
            offset = block.pieces[piece].text.utf8.count
        }
        guard let node = block.nodes[piece] else { return nil }
        return (node, offset)
    }

    func termLinkOpening(_ term: String, anchor: String?) -> String {
        LinkResolution.termOpening(term, anchor: anchor, links: context.links)
    }

    private func giveHeadingsIDs(_ headings: [MarkdownNode], result: inout BodyAnnotation) {
        var slugger = HeadingSlugger(reserved: HeadingSlugger.templateIDs.union(context.reservedIDs))
        for heading in headings {
            let text = heading.plainText
            let slug = slugger.slug(for: text)
            let level = heading.headingLevel
            result.headings.append(Heading(level: level, text: text, slug: slug))
            result.anchors.insert(slug)
            // The heading's children stay in the tree: a `briefing:` link inside is resolved (its node
            // changed) after every body is annotated, so freeing them here would leave it dangling.
            heading.replaceWithCustomBlock(
                enter: "<h\(level) id=\"\(slug)\">",
                exit: "<a class=\"heading-anchor\" href=\"#\(slug)\" aria-label=\"Link to this section\">#</a></h\(level)>")
        }
    }
}
