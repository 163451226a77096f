/// The names a template's context can hold, merged over many contexts of one page kind: an object's
/// keys, each with the shape of its values, and a list's items merged into one shape. Made from
/// real `TemplateValue`s (see `TemplateSpecimen`), so it cannot drift from the code that builds them.
struct ContextShape: Sendable, Equatable {
    /// An object's keys, each with the merged shape of its values.
    var fields: [String: ContextShape] = [:]
    /// A list's items merged: empty, or one shape (an array because a struct cannot hold itself directly).
    private var itemShapes: [ContextShape] = []

    init() {}

    /// The shape of one value. Contexts nest a few levels deep (page → briefing → claims → sources),
    /// and they are made by Briefing, not by editors, so recursing over them is bounded.
    init(_ value: TemplateValue) {
        switch value {
        case .text, .bool:
            break
        case .object(let values):
            fields = values.mapValues(ContextShape.init)
        case .list(let items):
            itemShapes = [Self.merged(items)]
        case .lazyList(let list):
            itemShapes = [Self.merged(list.items)]
        case .lazy(let lazy):
            self = ContextShape(lazy.value)
        }
    }

    /// One shape with every name of `items`.
    private static func merged(_ items: [TemplateValue]) -> ContextShape {
        var merged = ContextShape()
        for item in items { merged.merge(ContextShape(item)) }
        return merged
    }

    /// The shape of a whole page context.
    init(context: TemplateFields) { self.init(.object(context)) }

    /// Adds every name `other` has.
    mutating func merge(_ other: ContextShape) {
        for (key, shape) in other.fields {
            fields[key, default: ContextShape()].merge(shape)
        }
        if let otherItem = other.itemShapes.first {
            if itemShapes.isEmpty { itemShapes = [otherItem] } else { itemShapes[0].merge(otherItem) }
        }
    }

    /// What `{{#name}}` pushes for a value of this shape: the item of a list, the object itself
    /// (a text or boolean pushes nothing with names).
    var sectionScope: ContextShape {
        guard let item = itemShapes.first else { return self }
        var scope = item
        for (key, shape) in fields { scope.fields[key, default: ContextShape()].merge(shape) }
        return scope
    }

    /// The shape at `path` below this object (dotted names go through objects only, as in Mustache).
    func shape(at path: ArraySlice<String>) -> ContextShape? {
        var current = self
        for name in path {
            guard let next = current.fields[name] else { return nil }
            current = next
        }
        return current
    }

    /// Every dotted name that reaches a value from here (`site`, `site.title`, …), for did-you-mean
    /// hints; names inside lists are left out (they are reached through a section).
    func dottedNames(limit depth: Int = 4) -> [String] {
        var names: [String] = []
        var pending: [(prefix: String, shape: ContextShape, depth: Int)] = [("", self, 0)]
        while let (prefix, shape, level) = pending.popLast() {
            for (key, child) in shape.fields {
                let name = prefix.isEmpty ? key : prefix + "." + key
                names.append(name)
                if level + 1 < depth { pending.append((name, child, level + 1)) }
            }
        }
        return names
    }
}
