/// One step of a compiled template. Bodies are the operations that follow, up to `end`, so a whole
/// template set is one flat array walked by index: no tree to chase and nothing to look up by name.
enum MustacheOp: Sendable {
    /// Literal text, as UTF-8.
    case text([UInt8])
    /// A line of template source starts here; an enclosing partial's or block's indentation goes here.
    case lineStart
    /// `{{name}}` / `{{{name}}}`: the name split on dots at compile time; empty for `{{.}}`.
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}`: the body is the next operations up to `end`.
    case section(path: [String], end: Int)
    /// `{{^name}}`: the body is the next operations up to `end`.
    case inverted(path: [String], end: Int)
    /// `{{>name}}`, resolved to a template index (`-1`: no such template, renders empty).
    case partial(template: Int, indentation: [UInt8]?)
    /// `{{<name}}`: the parent's index, and the arguments, whose bodies lie between this and `end`.
    case parent(template: Int, indentation: [UInt8]?, arguments: [MustacheArgument], end: Int)
    /// `{{$name}}` outside a parent: filled by an argument with the same block number, or its own body.
    case slot(block: Int, indentation: [UInt8], end: Int)
}

/// A `{{$block}}` passed to a parent: which block it fills and where its body's operations are.
struct MustacheArgument: Sendable {
    var block: Int
    var start: Int
    var end: Int
}

/// Every template of a set compiled into one array of operations, with partial names already resolved.
struct MustacheProgram: Sendable {
    private(set) var ops: [MustacheOp] = []
    /// Each template's operations, by template index.
    private(set) var entries: [Range<Int>] = []
    /// Template name → index.
    private(set) var templateIndex: [String: Int] = [:]
    /// Block name → number, shared by all templates so a child's argument finds its parent's slot.
    private var blockNumbers: [String: Int] = [:]

    init(_ templates: [(name: String, nodes: [MustacheNode])]) {
        for (index, template) in templates.enumerated() { templateIndex[template.name] = index }
        for template in templates {
            let start = ops.count
            emit(template.nodes)
            entries.append(start..<ops.count)
        }
    }

    private mutating func emit(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                ops.append(.text(bytes))
            case .lineStart:
                ops.append(.lineStart)
            case .variable(let path, let escaped, _):
                ops.append(.variable(path: path, escaped: escaped))
            case .section(let path, let inverted, let body, _):
                let at = reserve()
                emit(body)
                ops[at] = inverted ? .inverted(path: path, end: ops.count) : .section(path: path, end: ops.count)
            case .partial(let name, let indentation, _):
                ops.append(.partial(template: templateIndex[name] ?? -1, indentation: indentation))
            case .parent(let name, let indentation, let arguments, _):
                let at = reserve()
                var compiled: [MustacheArgument] = []
                for argument in arguments {
                    let start = ops.count
                    emit(argument.body)
                    compiled.append(MustacheArgument(block: blockNumber(argument.name), start: start, end: ops.count))
                }
                ops[at] = .parent(template: templateIndex[name] ?? -1, indentation: indentation,
                                  arguments: compiled, end: ops.count)
            case .block(let block):
                let at = reserve()
                emit(block.body)
                ops[at] = .slot(block: blockNumber(block.name), indentation: block.indentation, end: ops.count)
            }
        }
    }

    /// A place for an operation whose body end is known only once the body is emitted.
    private mutating func reserve() -> Int {
        ops.append(.lineStart)
        return ops.count - 1
    }

    private mutating func blockNumber(_ name: String) -> Int {
        if let number = blockNumbers[name] { return number }
        let number = blockNumbers.count
        blockNumbers[name] = number
        return number
    }
}
