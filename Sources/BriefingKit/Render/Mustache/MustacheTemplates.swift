/// The site's Mustache templates compiled once into operations, rendered from `TemplateValue`s.
///
/// The same templates and API as `TemplateSet` (swift-mustache), about the spec's features only
/// (variables, sections, inverted sections, comments, partials, set delimiters, inheritance), but
/// without `Any`, `Mirror` or per-render name splitting: see `MustacheParser`, `MustacheProgram`
/// and `MustacheRenderer`. A value type of immutable arrays, so several threads may render at once.
public struct MustacheTemplates: Sendable {
    private let program: MustacheProgram
    public private(set) var names: Set<String>
    /// Each template that parsed, by name: its nodes, text and file, for `TemplateNameCheck`.
    let parsed: [String: ParsedTemplate]

    /// Parses templates given as name (`partials/head`) → text; `paths` gives each name's file for diagnostics.
    /// A template that does not parse is reported and left out; a partial naming it renders empty.
    public init(templates: [String: String], paths: [String: String] = [:], diagnostics: inout Diagnostics) {
        var parsed: [(name: String, nodes: [MustacheNode])] = []
        var kept: [String: ParsedTemplate] = [:]
        for name in templates.keys.sorted() {
            guard let text = templates[name] else { continue }
            do {
                let nodes = try MustacheParser.parse(text)
                parsed.append((name, nodes))
                kept[name] = ParsedTemplate(nodes: nodes, text: text, file: paths[name] ?? name)
            } catch {
                diagnostics.error("template does not parse: \(error.message)",
                                  at: Self.location(of: error.offset, in: text, file: paths[name] ?? name))
            }
        }
        program = MustacheProgram(parsed)
        names = Set(parsed.map(\.name))
        self.parsed = kept
    }

    /// Renders template `name` with `context`; nil when there is no such template.
    public func render(_ name: String, _ context: TemplateFields) -> String? {
        render(name, root: .object(context))
    }

    /// Renders with any value at the bottom of the context stack (the spec's tests render lists and strings too).
    func render(_ name: String, root: TemplateValue) -> String? {
        var output: [UInt8] = []
        guard render(name, root: root, appendingTo: &output) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the rendering of template `name` to `output`; false when there is no such template.
    func render(_ name: String, root: TemplateValue, appendingTo output: inout [UInt8]) -> Bool {
        guard let template = program.templateIndex[name] else { return false }
        var renderer = MustacheRenderer(program: program, root: root)
        renderer.render(template, appendingTo: &output)
        return true
    }

    /// Line and column (counted in Unicode scalars, both from 1) of a byte offset into `text`.
    static func location(of offset: Int, in text: String, file: String) -> SourceLocation {
        let bytes = Array(text.utf8)
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// One template as parsed, kept beside the compiled program so names can be checked at their tags.
struct ParsedTemplate: Sendable {
    var nodes: [MustacheNode]
    var text: String
    /// The file it came from, as diagnostics name it.
    var file: String
}
