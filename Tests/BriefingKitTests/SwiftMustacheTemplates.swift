import Mustache
@testable import BriefingKit

/// The templates rendered by hummingbird-project/swift-mustache: the reference our own engine
/// (`MustacheTemplates`) is compared with, byte for byte.
struct TemplateSet: TemplateRendering {
    private var library: MustacheLibrary
    private(set) var names: Set<String>

    /// Parses templates given as name (`partials/head`) → text; `paths` gives each name's file for diagnostics.
    init(templates: [String: String], paths: [String: String] = [:], diagnostics: inout Diagnostics) {
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
    func render(_ name: String, _ context: TemplateFields) -> String? {
        guard names.contains(name) else { return nil }
        return library.render(context.mapValues(\.mustacheValue), withTemplate: name)
    }
}

extension TemplateValue {
    /// The value as swift-mustache reads it: strings, booleans, arrays and dictionaries.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .bool(let flag): flag
        case .list(let items): items.map(\.mustacheValue)
        case .lazyList(let list): list.items.map(\.mustacheValue)
        case .object(let fields): fields.mapValues(\.mustacheValue)
        case .lazy(let lazy): lazy.value.mustacheValue
        }
    }
}
