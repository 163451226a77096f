import Mustache

/// The site's Mustache templates, parsed once. Wraps the engine so it can change without touching a template.
public struct TemplateSet: Sendable {
    private var library: MustacheLibrary
    public private(set) var names: Set<String>

    /// Parses templates given as name (`partials/head`) → text; `paths` gives each name's file for diagnostics.
    public init(templates: [String: String], paths: [String: String] = [:], diagnostics: inout Diagnostics) {
        library = MustacheLibrary()
        names = []
        for name in templates.keys.sorted() {
            guard let text = templates[name] else { continue }
            do {
                try library.register(text, named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error("template does not parse: \(error.error)",
                                  at: SourceLocation(file: paths[name] ?? name, line: error.context.lineNumber,
                                                     column: error.context.columnNumber + 1))
            } catch {
                diagnostics.error("template does not parse: \(error)", at: SourceLocation(file: paths[name] ?? name, line: 1))
            }
        }
    }

    /// Renders template `name` with `context`; nil when there is no such template.
    public func render(_ name: String, _ context: [String: TemplateValue]) -> String? {
        guard names.contains(name) else { return nil }
        return library.render(context.mapValues(\.mustacheValue), withTemplate: name)
    }
}
