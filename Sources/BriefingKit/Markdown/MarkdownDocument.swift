import CCmark
import Foundation

/// One parsed Markdown text. Owns its cmark tree: the only place a cmark tree is freed,
/// and (with `MarkdownNode`) the only code that touches cmark pointers.
public final class MarkdownDocument {
    let root: OpaquePointer
    let source: MarkdownSource
    /// Byte offset of each line's start in `source.text`'s UTF-8, for byte → scalar column conversion.
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    /// Positions of nodes moved in from a table cell, which cmark cannot be told.
    var positionOverrides: [OpaquePointer: SourceLocation] = [:]
    /// The tags (custom inlines) of table cells, whose paragraph is unwrapped into them before rendering.
    var tableCells: [OpaquePointer] = []

    /// Parses `source.text` as CommonMark. Never fails: cmark accepts every input.
    public init(parsing source: MarkdownSource) {
        self.source = source
        let bytes = Array(source.text.utf8)
        utf8 = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
        root = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        cmark_consolidate_text_nodes(root)
    }

    deinit {
        cmark_node_free(root)
    }

    public var rootNode: MarkdownNode { MarkdownNode(self, root) }

    /// Visits every node in document order without recursion (cmark's iterator), entering and exiting
    /// containers. Do not change the tree inside `visit`: collect nodes and change them afterwards.
    public func walk(_ visit: (MarkdownEvent) -> Void) {
        walk(from: root, visit)
    }

    func walk(from start: OpaquePointer, _ visit: (MarkdownEvent) -> Void) {
        guard let iterator = cmark_iter_new(start) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = MarkdownNode(self, pointer)
            if event == CMARK_EVENT_ENTER {
                visit(.enter(node))
            } else if event == CMARK_EVENT_EXIT {
                visit(.exit(node))
            }
        }
    }

    /// The whole document as HTML, through cmark's renderer. Without `unsafe`, editors' raw HTML
    /// becomes `<!-- raw HTML omitted -->` and unsafe URLs are dropped.
    /// Table cells render as `<td>text</td>`: each cell's paragraph (there for the annotator, which
    /// reads paragraphs) gives its inline children to the cell's tags first.
    public func renderHTML(unsafe: Bool = false) -> String {
        unwrapTableCells()
        return Self.render(root, unsafe: unsafe)
    }

    private func unwrapTableCells() {
        for tags in tableCells {
            guard let paragraph = cmark_node_next(tags), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else {
                continue
            }
            while let child = cmark_node_first_child(paragraph), cmark_node_append_child(tags, child) == 1 {}
            if cmark_node_first_child(paragraph) == nil {
                cmark_node_unlink(paragraph)
                cmark_node_free(paragraph)
            }
        }
        tableCells = []
    }

    static func render(_ node: OpaquePointer, unsafe: Bool) -> String {
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// The file position of a node: cmark's 1-based line and byte column, moved by where the text
    /// sits in its file and converted to a column in Unicode scalars. Unknown positions (0) give the text's start.
    func location(line: Int32, byteColumn: Int32) -> SourceLocation {
        guard line > 0 else { return SourceLocation(file: source.file, line: source.firstLine, column: source.firstColumn) }
        let lineIndex = Int(line) - 1
        var column = 1
        if lineIndex < lineStarts.count, byteColumn > 0 {
            let start = lineStarts[lineIndex]
            let end = min(start + Int(byteColumn) - 1, utf8.count)
            if start < end {
                column = 1 + utf8[start..<end].reduce(0) { count, byte in (byte & 0xC0) == 0x80 ? count : count + 1 }
            }
        }
        if lineIndex == 0 { column += source.firstColumn - 1 }
        return SourceLocation(file: source.file, line: source.firstLine + lineIndex, column: column)
    }
}

/// A step of a walk over a document.
public enum MarkdownEvent {
    case enter(MarkdownNode)
    case exit(MarkdownNode)
}

/// The cmark version this binary links, e.g. "0.30.2".
public var cmarkVersion: String { String(cString: cmark_version_string()) }
