import Foundation
import CCmark

/// A pipe table written in a fenced code block with the info string `table`.
public struct PipeTable: Equatable, Sendable {
    public enum Alignment: String, Sendable { case none, left, center, right }

    public struct Cell: Equatable, Sendable {
        public var text: String
        /// 0-based line within the block and 1-based scalar column within that line.
        public var line: Int
        public var column: Int
    }

    public var header: [Cell]
    public var alignments: [Alignment]
    public var rows: [[Cell]]

    /// Reads `| a | b |` rows: the first is the header; an optional `|---|:--:|` line sets alignment.
    /// `\|` is a literal bar in a cell. Returns nil when there is no row at all.
    public init?(parsing text: String) {
        var parsedRows: [[Cell]] = []
        var alignments: [Alignment] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let cells = Self.cells(of: String(line), lineIndex: index)
            if parsedRows.count == 1, alignments.isEmpty, let parsed = Self.alignments(of: cells) {
                alignments = parsed
                continue
            }
            parsedRows.append(cells)
        }
        guard let first = parsedRows.first else { return nil }
        header = first
        rows = Array(parsedRows.dropFirst())
        self.alignments = alignments
    }

    private static func cells(of line: String, lineIndex: Int) -> [Cell] {
        var cells: [Cell] = []
        var current = ""
        var currentStart = 1
        var column = 0
        var escaped = false
        var scalars = Array(line.unicodeScalars)
        // Drop one leading and one trailing bar (outside the text), keeping columns right.
        var leading = 0
        while leading < scalars.count, scalars[leading] == " " || scalars[leading] == "\t" { leading += 1 }
        var startIndex = leading
        if startIndex < scalars.count, scalars[startIndex] == "|" { startIndex += 1 }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        if scalars.count > startIndex, scalars.last == "|", scalars.count >= 2, scalars[scalars.count - 2] != "\\" {
            scalars.removeLast()
        }
        column = startIndex
        currentStart = startIndex + 1
        func finish() {
            let text = current.trimmingCharacters(in: .whitespaces)
            let leadingSpaces = current.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            cells.append(Cell(text: text, line: lineIndex, column: currentStart + leadingSpaces))
            current = ""
        }
        for index in startIndex..<max(startIndex, scalars.count) {
            let scalar = scalars[index]
            column = index + 1
            if escaped {
                if scalar != "|" { current.unicodeScalars.append("\\") }
                current.unicodeScalars.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "|" {
                finish()
                currentStart = column + 1
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if escaped { current.unicodeScalars.append("\\") }
        finish()
        return cells
    }

    private static func alignments(of cells: [Cell]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in cells {
            let text = cell.text
            let core = text.trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
            switch (text.hasPrefix(":"), text.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result
    }
}


extension MarkdownNode {
    /// Replaces a `table` code block or a pipe-table paragraph by a table whose cells are paragraphs
    /// of inline Markdown, parsed now so that the annotator walks (and auto-links) them like any other
    /// text; the paragraphs are moved into the cell's tags when the document is rendered:
    /// `<td>text</td>`. `firstRowLine` is the file line of a plain pipe table's first row (nil for a
    /// code block, whose rows start after the fence).
    func replaceWithTable(_ table: PipeTable, firstRowLine: Int? = nil) {
        let blockLocation = location
        let rowsStart = firstRowLine ?? blockLocation.line + 1
        // A plain pipe table has the header's columns (extra cells are dropped, as in GFM); a fenced
        // one keeps its widest row, as it always has.
        let width = firstRowLine != nil ? table.header.count : max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard let tableNode = Self.customBlock("<table>", "</table>") else { return }
        cmark_node_replace(pointer, tableNode)
        cmark_node_free(pointer)

        func appendRow(_ row: [PipeTable.Cell], tag: String, to section: OpaquePointer) {
            guard let rowNode = Self.customBlock("<tr>", "</tr>") else { return }
            cmark_node_append_child(section, rowNode)
            for column in 0..<width {
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                let attribute = alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
                // The cell's tags are a custom inline inside an empty custom block: cmark puts line
                // breaks around a custom block's tags, and none around an inline's.
                guard let cellNode = Self.customBlock("", ""), let tags = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                cmark_node_set_on_enter(tags, "<\(tag)\(attribute)>")
                cmark_node_set_on_exit(tags, "</\(tag)>")
                cmark_node_append_child(rowNode, cellNode)
                cmark_node_append_child(cellNode, tags)
                document.tableCells.append(tags)
                let cell = column < row.count ? row[column] : PipeTable.Cell(text: "", line: 0, column: 1)
                if let paragraph = paragraph(for: cell, line: rowsStart + cell.line, column: blockLocation.column) {
                    cmark_node_append_child(cellNode, paragraph)
                }
            }
        }
        if let head = Self.customBlock("<thead>", "</thead>") {
            cmark_node_append_child(tableNode, head)
            appendRow(table.header, tag: "th", to: head)
        }
        if !table.rows.isEmpty, let body = Self.customBlock("<tbody>", "</tbody>") {
            cmark_node_append_child(tableNode, body)
            for row in table.rows { appendRow(row, tag: "td", to: body) }
        }
    }

    private static func customBlock(_ enter: String, _ exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// The cell's inline Markdown as a paragraph node taken out of its own parse (empty for an empty
    /// cell), with positions recorded as the cell's place in the file.
    private func paragraph(for cell: PipeTable.Cell, line: Int, column: Int) -> OpaquePointer? {
        let cellColumn = column + cell.column - 1
        if !cell.text.isEmpty {
            let blocks = document.parseFragment(cell.text, firstLine: line, firstColumn: cellColumn)
            if blocks.count == 1, let only = blocks.first, only.kind == .paragraph { return only.pointer }
            for block in blocks { block.remove() }
        }
        // Empty, or text that is not one paragraph on its own (`# x`, `- x`): the text as it is.
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return nil }
        if !cell.text.isEmpty, let text = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, cell.text)
            cmark_node_append_child(paragraph, text)
            document.positionOverrides[text] = SourceLocation(file: location.file, line: line, column: cellColumn)
        }
        return paragraph
    }
}

extension MarkdownDocument {
    /// The text of a pipe table written as a paragraph (DESIGN §7): its first line a row of
    /// `|`-separated cells, its second a delimiter row with as many cells. Nil for any other paragraph.
    func pipeTableText(of paragraph: MarkdownNode) -> (text: String, firstLine: Int)? {
        guard let range = paragraph.sourceLineRange, range.count >= 2 else { return nil }
        let startColumn = max(1, Int(cmark_node_get_start_column(paragraph.pointer)))
        // Within a block quote or list item, drop the container's marks in front of each line.
        let lines = sourceLines(range).map { line -> Substring in
            var rest = line
            var dropped = 0
            while dropped < startColumn - 1, let first = rest.first, first == " " || first == ">" {
                rest = rest.dropFirst()
                dropped += 1
            }
            return rest
        }
        guard lines.count >= 2, lines[0].contains("|"), let header = PipeTable(parsing: String(lines[0])),
              let both = PipeTable(parsing: lines[0] + "\n" + lines[1]),
              !both.alignments.isEmpty, both.alignments.count == header.header.count, both.rows.isEmpty
        else { return nil }
        return (lines.joined(separator: "\n"), source.firstLine + range.lowerBound - 1)
    }
}
