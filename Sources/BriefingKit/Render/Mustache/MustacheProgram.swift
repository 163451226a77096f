/// One step of a compiled template. Bodies are the operations that follow, up to `end`, so a whole
/// template set is one flat array walked by index: no tree to chase and nothing to look up by name.
/// Plain numbers only, pointing into the program's tables: reading an operation retains nothing
/// (operations holding arrays were retained and released at every step, a tenth of running them).
enum MustacheOp: Sendable {
    /// Literal text: `program.text[start..<end]`.
    case text(start: Int32, end: Int32)
    /// A line of template source starts here; an enclosing partial's or block's indentation goes here.
    case lineStart
    /// `{{name}}` / `{{{name}}}`: `program.paths[path]`, the name split on dots at compile time;
    /// empty for `{{.}}`.
    case variable(path: Int32, escaped: Bool)
    /// `{{#name}}`: the body is the next operations up to `end`.
    case section(path: Int32, end: Int32)
    /// `{{^name}}`: the body is the next operations up to `end`.
    case inverted(path: Int32, end: Int32)
    /// `{{>name}}`, resolved to a template index (`-1`: no such template, renders empty), and its
    /// indentation, `program.indentations[indentation]` (`-1`: none).
    case partial(template: Int32, indentation: Int32)
    /// `{{<name}}`: the parent's index, and the arguments, `program.arguments[arguments]`, whose
    /// bodies lie between this and `end`.
    case parent(template: Int32, indentation: Int32, arguments: Int32, end: Int32)
    /// `{{$name}}` outside a parent: filled by an argument with the same block number, or its own body.
    case slot(block: Int32, indentation: Int32, end: Int32)
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
    /// The literal text of every template, one after the other.
    private(set) var text: [UInt8] = []
    /// Each variable's and section's name, split on dots.
    private(set) var paths: [[String]] = []
    /// Each standalone partial's, parent's or block's indentation.
    private(set) var indentations: [[UInt8]] = []
    /// Each parent's arguments.
    private(set) var arguments: [[MustacheArgument]] = []
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
                let start = Int32(text.count)
                text += bytes
                ops.append(.text(start: start, end: Int32(text.count)))
            case .lineStart:
                ops.append(.lineStart)
            case .variable(let path, let escaped, _):
                ops.append(.variable(path: Self.add(path, to: &paths), escaped: escaped))
            case .section(let path, let inverted, let body, _):
                let at = reserve()
                let number = Self.add(path, to: &paths)
                emit(body)
                let end = Int32(ops.count)
                ops[at] = inverted ? .inverted(path: number, end: end) : .section(path: number, end: end)
            case .partial(let name, let indentation, _):
                ops.append(.partial(template: Int32(templateIndex[name] ?? -1),
                                    indentation: indentation.map { Self.add($0, to: &indentations) } ?? -1))
            case .parent(let name, let indentation, let arguments, _):
                let at = reserve()
                var compiled: [MustacheArgument] = []
                for argument in arguments {
                    let start = ops.count
                    emit(argument.body)
                    compiled.append(MustacheArgument(block: blockNumber(argument.name), start: start, end: ops.count))
                }
                ops[at] = .parent(template: Int32(templateIndex[name] ?? -1),
                                  indentation: indentation.map { Self.add($0, to: &indentations) } ?? -1,
                                  arguments: Self.add(compiled, to: &self.arguments), end: Int32(ops.count))
            case .block(let block):
                let at = reserve()
                emit(block.body)
                ops[at] = .slot(block: Int32(blockNumber(block.name)), indentation: Self.add(block.indentation, to: &indentations),
                                end: Int32(ops.count))
            }
        }
    }

    /// Where `item` is put in `table`.
    private static func add<Item>(_ item: Item, to table: inout [Item]) -> Int32 {
        table.append(item)
        return Int32(table.count - 1)
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
