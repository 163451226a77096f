/// Runs a `MustacheProgram` against typed context values, appending UTF-8 bytes to a buffer the
/// caller owns (and reuses from page to page).
///
/// One renderer serves one call to `render`, so rendering needs no locks: the program is shared and
/// read-only, and all mutable state (output, context stack, block overrides, indentation) lives here.
struct MustacheRenderer {
    private let program: MustacheProgram
    private var output: [UInt8] = []
    /// Where this render's output starts in `output` (a partial's indentation goes at a line start).
    private var start = 0
    /// The context stack, innermost last.
    private var stack: [TemplateValue]
    /// Arguments of the parents being rendered, outermost first: the outermost override of a block wins.
    private var overrides: [MustacheArgument] = []
    private var indentation: [UInt8] = []
    /// Partials, parents and slots currently open, to stop a template that includes itself forever.
    private var depth = 0

    /// Deeper inclusion than this renders nothing: far beyond real templates, well within a thread's stack.
    static let maximumDepth = 64
    private static let newline = UInt8(ascii: "\n")
    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    init(program: MustacheProgram, root: TemplateValue) {
        self.program = program
        stack = [root]
    }

    /// Renders template number `template`, appending to `buffer` (borrowed, not copied).
    mutating func render(_ template: Int, appendingTo buffer: inout [UInt8]) {
        swap(&output, &buffer)
        start = output.count
        include(template, indentation: nil)
        swap(&output, &buffer)
    }

    /// Renders template number `template`; `indentation` is set for a standalone partial or parent tag.
    mutating func include(_ template: Int, indentation extra: [UInt8]?) {
        guard template >= 0, template < program.entries.count, depth < Self.maximumDepth else { return }
        depth += 1
        defer { depth -= 1 }
        if let extra, !extra.isEmpty {
            let saved = indentation
            indentation += extra
            run(program.entries[template])
            indentation = saved
        } else {
            run(program.entries[template])
        }
    }

    private mutating func run(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch program.ops[index] {
            case .text(let start, let end):
                program.text.withUnsafeBufferPointer { text in
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[Int(start)..<Int(end)]))
                }
                index += 1
            case .lineStart:
                if !indentation.isEmpty, output.count == start || output.last == Self.newline {
                    output.append(contentsOf: indentation)
                }
                index += 1
            case .variable(let path, let escaped):
                if let value = lookup(program.paths[Int(path)]) { write(value, escaped: escaped) }
                index += 1
            case .section(let path, let end):
                section(lookup(program.paths[Int(path)]), body: index + 1..<Int(end))
                index = Int(end)
            case .inverted(let path, let end):
                if Self.isFalsey(lookup(program.paths[Int(path)])) { run(index + 1..<Int(end)) }
                index = Int(end)
            case .partial(let template, let extra):
                include(Int(template), indentation: extra < 0 ? nil : program.indentations[Int(extra)])
                index += 1
            case .parent(let template, let extra, let arguments, let end):
                let passed = program.arguments[Int(arguments)]
                overrides.append(contentsOf: passed)
                include(Int(template), indentation: extra < 0 ? nil : program.indentations[Int(extra)])
                overrides.removeLast(passed.count)
                index = Int(end)
            case .slot(let block, let extra, let end):
                slot(Int(block), indentation: program.indentations[Int(extra)], defaultBody: index + 1..<Int(end))
                index = Int(end)
            }
        }
    }

    /// `{{#name}}`: once for a true or non-list value (pushed unless a boolean), once per item of a list.
    private mutating func section(_ value: TemplateValue?, body: Range<Int>) {
        guard let value else { return }
        // `lookup` gives made values; a list's items may be lazy.
        switch value {
        case .bool(let flag):
            if flag { run(body) }
        case .list(let items):
            for item in items {
                if case .lazy = item { stack.append(item.resolved) } else { stack.append(item) }
                run(body)
                stack.removeLast()
            }
        case .lazyList(let list):
            for index in 0..<list.count {
                let item = list[index]
                if case .lazy = item { stack.append(item.resolved) } else { stack.append(item) }
                run(body)
                stack.removeLast()
            }
        case .text, .object:
            // swift-mustache treats every string as true, the empty one too; so do we.
            stack.append(value)
            run(body)
            stack.removeLast()
        case .lazy:
            break // `lookup` made it
        }
    }

    private mutating func slot(_ block: Int, indentation extra: [UInt8], defaultBody: Range<Int>) {
        guard depth < Self.maximumDepth else { return }
        var body = defaultBody
        for argument in overrides where argument.block == block {
            body = argument.start..<argument.end
            break
        }
        depth += 1
        defer { depth -= 1 }
        if extra.isEmpty {
            run(body)
        } else {
            let saved = indentation
            indentation += extra
            run(body)
            indentation = saved
        }
    }

    /// Missing, false and the empty list are false; everything else (the empty string too) is true.
    private static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .bool(false): true
        case .list(let items): items.isEmpty
        case .lazyList(let list): list.count == 0
        default: false
        }
    }

    /// Finds the first name on the stack, innermost first, then follows the rest of the path from there.
    /// A lazy value on the way is made (the stack holds made values only).
    private func lookup(_ path: [String]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let fields) = stack[level], let value = fields[first] {
                found = value
                break
            }
            level -= 1
        }
        // Tested before made: `resolved` copies the value, and most values are not lazy.
        guard var value = found else { return nil }
        if case .lazy = value { value = value.resolved }
        for name in path.dropFirst() {
            guard case .object(let fields) = value, let child = fields[name] else { return nil }
            value = child
            if case .lazy = value { value = value.resolved }
        }
        return value
    }

    /// Text is written escaped or raw; a boolean as `true`/`false`; a list or object writes nothing.
    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped {
                MustacheEscaping.appendEscaped(text, to: &output)
            } else {
                var text = text
                text.withUTF8 { output.append(contentsOf: $0) }
            }
        case .bool(let flag):
            output.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
        case .list, .lazyList, .object, .lazy:
            break
        }
    }
}
