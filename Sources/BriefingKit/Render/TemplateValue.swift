/// A value handed to a template: the typed models become these only at the template edge.
/// Text is escaped by `{{name}}`; `html` holds markup Briefing made itself and is written with `{{{name}}}`.
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    /// A list whose items are made one at a time as a section reaches them (a page of 2,000 sources
    /// need not hold every source's fields at once, nor make those of a list its template skips).
    case lazyList(TemplateList)
    case object(TemplateFields)
    /// A value made when a template reaches it (again each time), for a field that costs and that
    /// some templates never show: a claim's sources on a claims page, the sentence naming its briefing
    /// on the briefing's own page.
    case lazy(TemplateLazy)

    /// Markup produced by Briefing (rendered Markdown, JSON-LD); the template writes it unescaped.
    public static func html(_ markup: String) -> TemplateValue { .text(markup) }

    /// Equal when they are once made: a lazy value equals the value it makes.
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a.resolved, b.resolved) {
        case (.text(let x), .text(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.lazyList(let x), .lazyList(let y)): x == y
        case (.object(let x), .object(let y)): x == y
        default: false
        }
    }

    /// The value with every lazy value in it made, however deep (lazy lists stay lazy): for values
    /// kept and shown again and again, whose lazy parts would be made again each time.
    public var madeWhole: TemplateValue {
        switch self {
        case .text, .bool, .lazyList: self
        case .list(let items): .list(items.map(\.madeWhole))
        case .object(let fields): .object(fields.madeWhole)
        case .lazy(let lazy): lazy.value.madeWhole
        }
    }

    /// The value itself: a lazy one made.
    public var resolved: TemplateValue {
        var value = self
        while case .lazy(let lazy) = value { value = lazy.value }
        return value
    }
}

/// How to make a `lazy` value (the maker must give equal values each time it is asked).
public struct TemplateLazy: Sendable, Equatable {
    private let make: @Sendable () -> TemplateValue

    public init(_ make: @escaping @Sendable () -> TemplateValue) { self.make = make }

    public var value: TemplateValue { make() }

    /// Equal when the values they make are.
    public static func == (a: TemplateLazy, b: TemplateLazy) -> Bool { a.value == b.value }
}

/// The items of a `lazyList`: how many, and how to make the item at an index (made again each time
/// it is asked for, so the maker must give equal items for equal indexes).
public struct TemplateList: Sendable, Equatable {
    public let count: Int
    private let make: @Sendable (Int) -> TemplateValue

    public init(count: Int, item: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = count
        make = item
    }

    /// The list of `items`, each made by `transform` when it is reached.
    public init<Item: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> TemplateValue) {
        self.init(count: items.count) { transform(items[$0]) }
    }

    public subscript(index: Int) -> TemplateValue { make(index) }

    /// Every item made.
    public var items: [TemplateValue] { (0..<count).map(make) }

    /// Equal when their items are (each made again to compare).
    public static func == (a: TemplateList, b: TemplateList) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }
}

/// An object's fields for a template. Kept as a short list looked up by comparing keys, not hashed:
/// a page's context is a few hundred small objects of a few fields each, made once and read a few
/// times, and hashing them into dictionaries was a seventh of a build's samples. Setting a key
/// again replaces its value.
public struct TemplateFields: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: TemplateValue)
    private var entries: [Element] = []

    public init() {}

    /// A literal's keys are distinct (checked in debug builds), so its fields are appended as they
    /// come: setting each in turn compared every key with those before it (a literal of a claim's
    /// dozen fields made 66 comparisons).
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { appendNew(key, value) }
    }

    /// Adds a field whose key the object does not hold yet (a literal's).
    fileprivate mutating func appendNew(_ key: String, _ value: TemplateValue) {
        assert(index(of: key) == nil, "the key '\(key)' appears twice in a literal")
        entries.append((key, value))
    }

    /// Where `key` is. Lengths first: most keys differ in length, and a length is read without a call
    /// (two short keys that differ otherwise go through the standard library's general comparison: a
    /// twentieth of running the templates in perf).
    private func index(of key: String) -> Int? {
        let length = key.utf8.count
        return entries.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }

    public subscript(key: String) -> TemplateValue? {
        get {
            let length = key.utf8.count
            for entry in entries where entry.key.utf8.count == length && entry.key == key { return entry.value }
            return nil
        }
        set {
            if let index = index(of: key) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

    /// Sets each of `other`'s fields, replacing those of the same key.
    public mutating func merge(_ other: TemplateFields) {
        for (key, value) in other { self[key] = value }
    }

    /// Each field's value transformed, keys and order kept.
    public func mapValues<T>(_ transform: (TemplateValue) throws -> T) rethrows -> [String: T] {
        var result: [String: T] = [:]
        for (key, value) in entries { result[key] = try transform(value) }
        return result
    }

    /// Equal when they hold the same keys with equal values, in any order (as dictionaries are).
    public static func == (a: TemplateFields, b: TemplateFields) -> Bool {
        a.count == b.count && a.entries.allSatisfy { b[$0.key] == $0.value }
    }

    /// The fields with every lazy value in them made (see `TemplateValue.madeWhole`).
    public var madeWhole: TemplateFields {
        var made = self
        for index in made.entries.indices { made.entries[index].value = made.entries[index].value.madeWhole }
        return made
    }

    /// Sets `key` only when `value` is present, so a template section on it is skipped otherwise.
    mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = .text(value) }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var fields = TemplateFields()
        for (key, value) in elements { fields.appendNew(key, value) }
        self = .object(fields)
    }
}

extension Optional where Wrapped == String {
    /// A field that is left out when absent (a missing key renders empty and is false in a section).
    var templateValue: TemplateValue? { map(TemplateValue.text) }
}
