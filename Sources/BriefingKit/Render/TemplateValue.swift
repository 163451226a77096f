/// A value handed to a template: the typed models become these only at the template edge.
/// Text is escaped by `{{name}}`; `html` holds markup Briefing made itself and is written with `{{{name}}}`.
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Markup produced by Briefing (rendered Markdown, JSON-LD); the template writes it unescaped.
    public static func html(_ markup: String) -> TemplateValue { .text(markup) }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension Optional where Wrapped == String {
    /// A field that is left out when absent (a missing key renders empty and is false in a section).
    var templateValue: TemplateValue? { map(TemplateValue.text) }
}

extension Dictionary where Key == String, Value == TemplateValue {
    /// Sets `key` only when `value` is present, so a template section on it is skipped otherwise.
    mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = .text(value) }
    }
}
