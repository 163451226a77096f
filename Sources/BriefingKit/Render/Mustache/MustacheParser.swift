/// Why a template does not parse, and the byte offset of the tag at fault.
struct MustacheParseError: Error, Sendable, Equatable {
    var message: String
    var offset: Int
}

/// Reads one template's UTF-8 bytes into `MustacheNode`s, applying the spec's whitespace rules as it goes.
///
/// Whitespace is decided here, once, so rendering never inspects text: a line holding only one
/// standalone-capable tag (section, inverted, close, comment, partial, parent, block, delimiters)
/// disappears with its indentation and line ending; every other line starts with `.lineStart`, so a
/// standalone partial's indentation lands on each line of its *source*, never inside interpolated data.
/// Inheritance follows the spec's block-reindentation rules: a block's own indentation is removed
/// from its content where it is written and added back where it is expanded.
struct MustacheParser {
    private let bytes: [UInt8]
    private var pos = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// The next byte begins a line whose indentation has not been read yet.
    private var freshLine = true
    /// Only whitespace has been read on the current line, so a tag here may be standalone.
    private var lineStart = true
    /// The current line's indentation, held back until the line turns out not to be standalone.
    private var pendingSpace: [UInt8] = []
    /// The current line's `.lineStart` marker is still to be written.
    private var pendingMarker = false
    /// Indentation removed from each line inside the blocks being read.
    private var dedent: [UInt8] = []
    /// Set when a standalone block opens: the next line's indentation becomes the block's own.
    private var captureIndent = false
    private var capturedIndent: [UInt8] = []

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses a whole template.
    static func parse(_ text: String) throws(MustacheParseError) -> [MustacheNode] {
        var parser = MustacheParser(text)
        return try parser.parseContent(closing: nil, openedAt: 0)
    }

    /// The kinds of tag, after the sigil has been read.
    private enum Tag {
        case variable(String, escaped: Bool)
        case section(String, inverted: Bool)
        case close(String)
        case comment
        case partial(String)
        case parent(String)
        case block(String)
        case delimiters([UInt8], [UInt8])
    }

    /// Reads content up to the `{{/closing}}` tag (or the end, for the template itself).
    private mutating func parseContent(closing: String?, openedAt: Int) throws(MustacheParseError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        while true {
            if freshLine { beginLine() }
            let textStart = pos
            while pos < bytes.count, bytes[pos] != Self.newline, !opensTag(at: pos) { pos += 1 }
            if pos > textStart {
                flushLine(&nodes)
                appendText(bytes[textStart..<pos], to: &nodes)
                lineStart = false
            }
            guard pos < bytes.count else {
                if !pendingSpace.isEmpty { flushLine(&nodes) }
                if let closing { throw MustacheParseError(message: "{{#\(closing)}} is never closed", offset: openedAt) }
                return nodes
            }
            if bytes[pos] == Self.newline {
                flushLine(&nodes)
                appendText(bytes[pos..<pos + 1], to: &nodes)
                pos += 1
                freshLine = true
                continue
            }
            let tagStart = pos
            switch try readTag() {
            case .variable(let name, let escaped):
                inline(&nodes)
                nodes.append(.variable(path: Self.path(name), escaped: escaped, offset: tagStart))
            case .comment:
                if !standalone() { inline(&nodes) }
            case .delimiters(let newOpen, let newClose):
                if !standalone() { inline(&nodes) }
                open = newOpen
                close = newClose
            case .section(let name, let inverted):
                if !standalone() { inline(&nodes) }
                let body = try parseContent(closing: name, openedAt: tagStart)
                nodes.append(.section(path: Self.path(name), inverted: inverted, body: body, offset: tagStart))
            case .close(let name):
                guard name == closing else {
                    let expected = closing.map { "{{/\($0)}}" } ?? "nothing"
                    throw MustacheParseError(message: "{{/\(name)}} found where \(expected) was expected", offset: tagStart)
                }
                // `{{/a}}{{/b}}` alone on a line: leave the line undecided, the next tag may make it standalone.
                if !standalone(), !(lineStart && opensTag(at: pos)) { inline(&nodes) }
                return nodes
            case .partial(let name):
                let space = pendingSpace
                if standalone() {
                    nodes.append(.partial(name: name, indentation: space, offset: tagStart))
                } else {
                    inline(&nodes)
                    nodes.append(.partial(name: name, indentation: nil, offset: tagStart))
                }
            case .parent(let name):
                var indentation: [UInt8]? = nil
                let atLineStart = lineStart
                if lineStart {
                    // Written with the parent's own lines, not here: the parent takes the line's indentation.
                    indentation = pendingSpace
                    if let next = blankRestOfLine() { pos = next; freshLine = true }
                    pendingSpace = []
                    pendingMarker = false
                } else {
                    inline(&nodes)
                }
                let arguments = try parseArguments(parent: name, openedAt: tagStart, atLineStart: atLineStart)
                nodes.append(.parent(name: name, indentation: indentation, arguments: arguments, offset: tagStart))
            case .block(let name):
                nodes.append(.block(try parseBlock(name, openedAt: tagStart, inParent: false, nodes: &nodes)))
            }
        }
    }

    /// Reads the `{{$block}}` arguments of a parent tag up to its `{{/name}}`; text between them is ignored.
    private mutating func parseArguments(parent name: String, openedAt: Int, atLineStart: Bool)
        throws(MustacheParseError) -> [MustacheBlock]
    {
        var arguments: [MustacheBlock] = []
        var ignored: [MustacheNode] = []
        var regionLineStart = atLineStart
        while true {
            if freshLine {
                beginLine()
                regionLineStart = true
            }
            while pos < bytes.count, bytes[pos] != Self.newline, !opensTag(at: pos) {
                if bytes[pos] != Self.space, bytes[pos] != Self.tab { regionLineStart = false }
                pos += 1
            }
            guard pos < bytes.count else {
                throw MustacheParseError(message: "{{<\(name)}} is never closed", offset: openedAt)
            }
            if bytes[pos] == Self.newline {
                pos += 1
                freshLine = true
                continue
            }
            let tagStart = pos
            // Nothing in this region is written, so a tag at its start counts as being at the start of a line.
            lineStart = regionLineStart
            switch try readTag() {
            case .comment:
                _ = standalone()
            case .delimiters(let newOpen, let newClose):
                _ = standalone()
                open = newOpen
                close = newClose
            case .block(let blockName):
                let argument = try parseBlock(blockName, openedAt: tagStart, inParent: true, nodes: &ignored)
                arguments.removeAll { $0.name == blockName }
                arguments.append(argument)
                regionLineStart = lineStart
            case .close(let closeName):
                guard closeName == name else {
                    throw MustacheParseError(message: "{{/\(closeName)}} found where {{/\(name)}} was expected",
                                             offset: tagStart)
                }
                if !standalone() {
                    lineStart = false
                    pendingSpace = []
                    pendingMarker = false
                }
                return arguments
            default:
                throw MustacheParseError(message: "only {{$block}} tags may appear directly inside {{<\(name)}}",
                                         offset: tagStart)
            }
        }
    }

    /// Reads a block's content after its `{{$name}}` tag, working out the indentation it is written at.
    ///
    /// Standalone opening tag: the first content line's indentation is the block's own. Otherwise, a slot
    /// that starts a line keeps its whitespace in place and uses it as the indentation of the later lines.
    private mutating func parseBlock(_ name: String, openedAt: Int, inParent: Bool, nodes: inout [MustacheNode])
        throws(MustacheParseError) -> MustacheBlock
    {
        let savedDedent = dedent
        var indentation: [UInt8] = []
        if lineStart, let next = blankRestOfLine() {
            pos = next
            pendingSpace = []
            pendingMarker = false
            freshLine = true
            captureIndent = true
            beginLine()
            indentation = capturedIndent
        } else if lineStart && !inParent {
            indentation = pendingSpace
            dedent += pendingSpace
            inline(&nodes)
        } else {
            inline(&nodes)
        }
        let body = try parseContent(closing: name, openedAt: openedAt)
        dedent = savedDedent
        return MustacheBlock(name: name, body: body, indentation: indentation)
    }

    /// Reads the indentation of a new line, less what the enclosing blocks remove.
    private mutating func beginLine() {
        let start = pos
        while pos < bytes.count, bytes[pos] == Self.space || bytes[pos] == Self.tab { pos += 1 }
        var kept = start
        var index = 0
        while index < dedent.count, kept < pos, bytes[kept] == dedent[index] {
            kept += 1
            index += 1
        }
        pendingSpace = Array(bytes[kept..<pos])
        if captureIndent {
            capturedIndent = pendingSpace
            dedent += pendingSpace
            pendingSpace = []
            captureIndent = false
        }
        pendingMarker = true
        lineStart = true
        freshLine = false
    }

    /// The line is not standalone: write its marker and indentation before what follows.
    private mutating func inline(_ nodes: inout [MustacheNode]) {
        flushLine(&nodes)
        lineStart = false
    }

    private mutating func flushLine(_ nodes: inout [MustacheNode]) {
        if pendingMarker {
            nodes.append(.lineStart)
            pendingMarker = false
        }
        if !pendingSpace.isEmpty {
            appendText(pendingSpace[...], to: &nodes)
            pendingSpace = []
        }
    }

    /// If the tag just read stands alone on its line, drops the line (indentation and line ending).
    private mutating func standalone() -> Bool {
        guard lineStart, let next = blankRestOfLine() else { return false }
        pos = next
        pendingSpace = []
        pendingMarker = false
        freshLine = true
        return true
    }

    /// Where the next line starts when only spaces and tabs remain on this one; nil otherwise.
    private func blankRestOfLine() -> Int? {
        var index = pos
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        if index == bytes.count { return index }
        if bytes[index] == Self.newline { return index + 1 }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
            return index + 2
        }
        return nil
    }

    private func opensTag(at index: Int) -> Bool { matches(open, at: index) }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func appendText(_ text: ArraySlice<UInt8>, to nodes: inout [MustacheNode]) {
        if case .text(var previous) = nodes.last {
            nodes.removeLast()
            previous.append(contentsOf: text)
            nodes.append(.text(previous))
        } else {
            nodes.append(.text(Array(text)))
        }
    }

    /// Reads the tag at `pos` (which starts with the opening delimiter) and moves past it.
    private mutating func readTag() throws(MustacheParseError) -> Tag {
        let tagStart = pos
        pos += open.count
        let sigil: UInt8? = pos < bytes.count ? bytes[pos] : nil
        var terminator = close
        switch sigil {
        case UInt8(ascii: "{"): terminator = Array("}".utf8) + close
        case UInt8(ascii: "="): terminator = Array("=".utf8) + close
        default: break
        }
        let hasSigil = sigil.map { Array("{&#^/!><$=".utf8).contains($0) } ?? false
        let contentStart = hasSigil ? pos + 1 : pos
        guard let end = find(terminator, from: contentStart) else {
            let shown = String(decoding: terminator, as: UTF8.self)
            throw MustacheParseError(message: "tag is not closed with '\(shown)'", offset: tagStart)
        }
        let content = bytes[contentStart..<end]
        pos = end + terminator.count
        func name() throws(MustacheParseError) -> String { try Self.name(content, at: tagStart) }
        switch hasSigil ? sigil : nil {
        case UInt8(ascii: "{"), UInt8(ascii: "&"): return .variable(try name(), escaped: false)
        case UInt8(ascii: "#"): return .section(try name(), inverted: false)
        case UInt8(ascii: "^"): return .section(try name(), inverted: true)
        case UInt8(ascii: "/"): return .close(try name())
        case UInt8(ascii: "!"): return .comment
        case UInt8(ascii: ">"): return .partial(try name())
        case UInt8(ascii: "<"): return .parent(try name())
        case UInt8(ascii: "$"): return .block(try name())
        case UInt8(ascii: "="): return try Self.delimiters(content, at: tagStart)
        default: return .variable(try name(), escaped: true)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }

    /// A tag's name without its padding; it must be non-empty and contain no whitespace.
    private static func name(_ content: ArraySlice<UInt8>, at offset: Int) throws(MustacheParseError) -> String {
        let trimmed = content.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        guard !trimmed.isEmpty else { throw MustacheParseError(message: "tag has no name", offset: offset) }
        guard !trimmed.contains(where: isSpace) else {
            throw MustacheParseError(message: "tag name '\(String(decoding: trimmed, as: UTF8.self))' contains whitespace",
                                     offset: offset)
        }
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// `{{=<% %>=}}`: two delimiters separated by whitespace, neither containing `=`.
    private static func delimiters(_ content: ArraySlice<UInt8>, at offset: Int) throws(MustacheParseError) -> Tag {
        let parts = content.split(whereSeparator: isSpace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw MustacheParseError(message: "a set-delimiters tag needs two delimiters, like {{=<% %>=}}", offset: offset)
        }
        return .delimiters(Array(parts[0]), Array(parts[1]))
    }

    /// A dotted name split once, here; `.` is the empty path (the current item).
    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
