import CCmark

/// The kinds of node a cmark tree holds.
public enum MarkdownNodeKind: Equatable, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
    case unknown

    init(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: self = .customInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        default: self = .unknown
        }
    }

}

/// A node of a `MarkdownDocument`. Holds its document, so it never outlives the tree it points into.
public struct MarkdownNode: Hashable {
    let document: MarkdownDocument
    let pointer: OpaquePointer

    init(_ document: MarkdownDocument, _ pointer: OpaquePointer) {
        self.document = document
        self.pointer = pointer
    }

    public static func == (a: MarkdownNode, b: MarkdownNode) -> Bool { a.pointer == b.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    /// Text of a text, code, code block or HTML node.
    public var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// Destination of a link or image.
    public var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    /// Title of a link or image (`[a](url "title")`); empty when there is none.
    public var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }

    /// The lines of the source this block spans (cmark's 1-based start and end line), without the
    /// text's own line offset; nil when cmark does not know them (nodes made by Briefing).
    public var sourceLineRange: ClosedRange<Int>? {
        let start = Int(cmark_node_get_start_line(pointer)), end = Int(cmark_node_get_end_line(pointer))
        guard start > 0, end >= start, document.positionOverrides[pointer] == nil else { return nil }
        return start...end
    }

    public var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    // Neighbours, for the prose conventions that look around a node (figures, footnotes, strike,
    // nested links); walks over a whole document use `MarkdownDocument.walk`.
    var parent: MarkdownNode? { cmark_node_parent(pointer).map { MarkdownNode(document, $0) } }
    var next: MarkdownNode? { cmark_node_next(pointer).map { MarkdownNode(document, $0) } }
    var previous: MarkdownNode? { cmark_node_previous(pointer).map { MarkdownNode(document, $0) } }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map { MarkdownNode(document, $0) } }

    /// Where the node starts in its file (line and column in Unicode scalars).
    public var location: SourceLocation {
        if let moved = document.positionOverrides[pointer] { return moved }
        return document.location(line: Int32(cmark_node_get_start_line(pointer)),
                                 byteColumn: Int32(cmark_node_get_start_column(pointer)))
    }

    /// The visible text under this node (text, code, soft breaks as spaces), e.g. a heading's or image's text.
    public var plainText: String {
        var text = ""
        document.walk(from: pointer) { event in
            guard case .enter(let node) = event else { return }
            switch node.kind {
            case .text, .code: text += node.literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }

    // MARK: Changes (call only after a walk has finished)

    /// Replaces this inline node (a link) by a custom inline that keeps its children and renders
    /// `enter` before and `exit` after them verbatim. Escape what goes in.
    func replaceWithCustomInline(enter: String, exit: String) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        moveChildren(into: custom)
        cmark_node_replace(pointer, custom)
        cmark_node_free(pointer)
    }

    /// Replaces this block (a heading) by a custom block that keeps its inline children, so nodes inside
    /// stay valid and can still be changed, and renders `enter` before and `exit` after them verbatim on
    /// one line: the custom block (which cmark puts on lines of its own) holds a custom inline that holds them.
    func replaceWithCustomBlock(enter: String, exit: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        cmark_node_set_on_enter(inline, enter)
        cmark_node_set_on_exit(inline, exit)
        moveChildren(into: inline)
        cmark_node_append_child(block, inline)
        cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }

    /// Replaces this node (and its children) by a custom inline rendering `html` verbatim.
    func replaceWithHTMLInline(_ html: String) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, html)
        cmark_node_set_on_exit(custom, "")
        cmark_node_replace(pointer, custom)
        cmark_node_free(pointer)
    }

    /// Takes this node out of its tree and frees it with its children.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Splits a text node at a UTF-8 offset; returns the node holding the second part
    /// (this node keeps the first). Offsets at either end split nothing and return self or the next node's would-be start.
    func split(atByte offset: Int) -> MarkdownNode {
        let bytes = Array(literal.utf8)
        guard offset > 0, offset < bytes.count, let second = cmark_node_new(CMARK_NODE_TEXT) else { return self }
        cmark_node_set_literal(second, String(decoding: bytes[offset...], as: UTF8.self))
        literal = String(decoding: bytes[..<offset], as: UTF8.self)
        cmark_node_insert_after(pointer, second)
        if let moved = document.positionOverrides[pointer] { document.positionOverrides[second] = moved }
        return MarkdownNode(document, second)
    }

    private func moveChildren(into target: OpaquePointer) {
        while let child = cmark_node_first_child(pointer) {
            cmark_node_unlink(child)
            cmark_node_append_child(target, child)
        }
    }
}

extension MarkdownDocument {
    /// Wraps in a custom inline (`enter` … `exit`) the inlines from byte `startOffset` of text node
    /// `start` to byte `endOffset` of text node `end`, a later sibling (or the same node). Either offset
    /// may sit at its node's very start or end.
    public func wrapSiblings(from start: MarkdownNode, offset startOffset: Int, to end: MarkdownNode, offset endOffset: Int,
                             enter: String, exit: String) {
        let endLength = end.literal.utf8.count
        if endOffset > 0 && endOffset < endLength { _ = end.split(atByte: endOffset) }
        // The last node to move: `end` itself, or the one before it when nothing of `end` is inside.
        var last: OpaquePointer? = endOffset == 0 ? cmark_node_previous(end.pointer) : end.pointer
        let startLength = start.literal.utf8.count
        var first: OpaquePointer?
        if startOffset == 0 {
            first = start.pointer
        } else if startOffset >= startLength {
            first = cmark_node_next(start.pointer)
        } else {
            let second = start.split(atByte: startOffset)
            first = second.pointer
            if start == end && endOffset > 0 { last = second.pointer }
        }
        guard let from = first, let to = last, let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        cmark_node_insert_before(from, custom)
        var current: OpaquePointer? = from
        while let node = current {
            let following = cmark_node_next(node)
            cmark_node_unlink(node)
            cmark_node_append_child(custom, node)
            if node == to { break }
            current = following
        }
    }

    /// The source text's lines `range` (1-based, as cmark counts them).
    func sourceLines(_ range: ClosedRange<Int>) -> [Substring] {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        return range.compactMap { $0 - 1 < lines.count ? lines[$0 - 1] : nil }
    }

    /// Parses `text` (placed at `firstLine`/`firstColumn` of this document's file) and moves its
    /// top-level blocks out, their positions kept as overrides so diagnostics point into the file.
    func parseFragment(_ text: String, firstLine: Int, firstColumn: Int) -> [MarkdownNode] {
        let fragment = MarkdownDocument(parsing: MarkdownSource(text: text, file: source.file, firstLine: firstLine,
                                                                firstColumn: firstColumn))
        fragment.walk { event in
            if case .enter(let node) = event, node.kind != .document { positionOverrides[node.pointer] = node.location }
        }
        var blocks: [MarkdownNode] = []
        while let child = cmark_node_first_child(fragment.root) {
            cmark_node_unlink(child)
            blocks.append(MarkdownNode(self, child))
        }
        return blocks
    }

    /// Appends a custom block rendering `enter` and `exit` around `children` (blocks) at the end of the document.
    func appendBlock(enter: String, exit: String, children: [MarkdownNode]) -> MarkdownNode? {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(block, enter)
        cmark_node_set_on_exit(block, exit)
        for child in children { cmark_node_append_child(block, child.pointer) }
        cmark_node_append_child(root, block)
        return MarkdownNode(self, block)
    }

    /// A new custom block holding `children`, not yet in a tree's place: append it with `append(_:to:)`.
    func customBlock(enter: String, exit: String, children: [MarkdownNode]) -> MarkdownNode? {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(block, enter)
        cmark_node_set_on_exit(block, exit)
        for child in children { cmark_node_append_child(block, child.pointer) }
        return MarkdownNode(self, block)
    }

    /// Appends a custom inline rendering `html` as the last child of `node` (a paragraph).
    func appendHTMLInline(_ html: String, to node: MarkdownNode) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, html)
        cmark_node_set_on_exit(custom, "")
        cmark_node_append_child(node.pointer, custom)
    }

    /// Wraps the inline siblings from `start` (at UTF-8 offset `startOffset` in its text) to `end`
    /// (exclusive offset `endOffset` in its text) in a custom inline rendering `enter` and `exit`
    /// around them. `start` and `end` are text nodes with the same parent, `start` not after `end`.
    func wrapText(from start: MarkdownNode, offset startOffset: Int, to end: MarkdownNode,
                         offset endOffset: Int, enter: String, exit: String) {
        // Split the end first, so the start's offsets stay valid when start == end.
        let endLength = end.literal.utf8.count
        if endOffset < endLength { _ = end.split(atByte: endOffset) }
        let first = startOffset > 0 ? start.split(atByte: startOffset) : start
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        cmark_node_insert_before(first.pointer, custom)
        var current: OpaquePointer? = first.pointer
        while let node = current {
            let following = cmark_node_next(node)
            cmark_node_unlink(node)
            cmark_node_append_child(custom, node)
            if node == end.pointer || (start == end && node == first.pointer) { break }
            current = following
        }
    }
}
