/// One element of a parsed Mustache template, before it is flattened into operations.
///
/// The parser has already applied the spec's whitespace rules: standalone lines are gone, and every
/// line of template source that survives starts with `.lineStart`, where a partial's indentation goes.
indirect enum MustacheNode: Sendable {
    /// Literal template text, as UTF-8 bytes.
    case text([UInt8])
    /// The start of a line of template source: indentation of an enclosing partial or block goes here.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw); an empty path is the implicit iterator `{{.}}`.
    /// `offset` (here and below) is the tag's byte offset in the template, for diagnostics.
    case variable(path: [String], escaped: Bool, offset: Int)
    /// `{{#name}}…{{/name}}` or, when inverted, `{{^name}}…{{/name}}`.
    case section(path: [String], inverted: Bool, body: [MustacheNode], offset: Int)
    /// `{{>name}}`; `indentation` is set only for a standalone tag (the whitespace before it).
    case partial(name: String, indentation: [UInt8]?, offset: Int)
    /// `{{<name}}…{{/name}}` with its `{{$block}}` arguments; `indentation` as for a partial.
    case parent(name: String, indentation: [UInt8]?, arguments: [MustacheBlock], offset: Int)
    /// `{{$name}}…{{/name}}` outside a parent tag: a slot a child template may fill; `body` is the default.
    case block(MustacheBlock)
}

/// A block's name, content and the indentation its content was written at (already removed from the content).
struct MustacheBlock: Sendable {
    var name: String
    var body: [MustacheNode]
    /// For a slot: indentation added to each line of whatever content fills it.
    var indentation: [UInt8]
}
