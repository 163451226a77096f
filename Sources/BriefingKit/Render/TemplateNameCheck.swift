/// Finds the names in templates that their pages' contexts never have (`{{site.titel}}` renders as
/// nothing, silently) and the site's own templates that no page uses.
///
/// Each page template is walked once from its context's shape, the way Mustache would render it:
/// a section over a list or object pushes its item's names, names resolve from the innermost scope
/// outward, partials and parents are walked in the scope they are included in, and a parent's
/// `{{$block}}` arguments where its slots are. A tag is reported when no walk that reached it could
/// resolve it (a partial used on several kinds of page may use a name only some of them have).
/// An unknown section's body is not checked further, so one typo gives one warning.
struct TemplateNameCheck {
    let templates: [String: ParsedTemplate]
    /// Each page template's context shape, merged over every page rendered with it.
    let roots: [String: ContextShape]
    /// The templates whose tags are reported (the others are walked for the scopes they push).
    let own: Set<String>

    /// A scope on the walk's stack: known names, or anything (inside an unknown section).
    private enum Scope {
        case shape(ContextShape)
        case anything
    }

    /// A `{{$block}}` argument passed to a parent, with the template it is written in.
    private struct Argument {
        var block: MustacheBlock
        var owner: String
    }

    /// What the walks found at one tag.
    private struct TagResult {
        var owner: String
        var offset: Int
        var name: String
        var kind: Kind
        var resolved: Bool
        /// The scopes of each walk that could not resolve it, for the did-you-mean hint (worked out
        /// only for what is reported, from the names of every page kind that missed it).
        var scopesWhereMissing: [[Scope]] = []
    }

    private enum Kind { case variable, section, inverted }

    /// Deeper inclusion than this is not followed (the renderer stops at the same depth).
    private static let maximumDepth = MustacheRenderer.maximumDepth
    /// A bound on template walks, so templates that include each other in many ways stay cheap.
    private static let maximumWalks = 10_000

    private var results: [String: [Int: TagResult]] = [:]
    private var visited: Set<String> = []
    private var includeStack: [String] = []
    private var walks = 0

    init(templates: [String: ParsedTemplate], roots: [String: ContextShape], own: Set<String>) {
        self.templates = templates
        self.roots = roots
        self.own = own
    }

    /// Warnings for the templates named in `own` (the site's files; the built-in ones are tested).
    static func check(_ templates: MustacheTemplates, roots: [String: ContextShape], own: Set<String>) -> Diagnostics {
        var check = TemplateNameCheck(templates: templates.parsed, roots: roots, own: own)
        check.walkAll()
        return check.diagnostics()
    }

    mutating func walkAll() {
        for name in roots.keys.sorted() {
            guard let root = roots[name] else { continue }
            include(name, scopes: [.shape(root)], arguments: [])
        }
    }

    func diagnostics() -> Diagnostics {
        var diagnostics = Diagnostics()
        for owner in own.sorted() {
            guard let template = templates[owner] else { continue }
            guard visited.contains(owner) else {
                // Past the bound on walks, "not used" may be untrue: say nothing rather than something false.
                if walks < Self.maximumWalks { reportUnused(owner, template: template, into: &diagnostics) }
                continue
            }
            for result in (results[owner] ?? [:]).values.sorted(by: { $0.offset < $1.offset }) where !result.resolved {
                let location = MustacheTemplates.location(of: result.offset, in: template.text, file: template.file)
                let message = switch result.kind {
                case .variable: "unknown variable '\(result.name)': no page that uses this template has it, so it renders as nothing"
                case .section: "unknown section '\(result.name)': no page that uses this template has it, so it is never shown"
                case .inverted: "unknown section '\(result.name)': no page that uses this template has it, so it is always shown"
                }
                diagnostics.warning(message, at: location, hint: Self.hint(for: result))
            }
        }
        return diagnostics
    }

    private func reportUnused(_ name: String, template: ParsedTemplate, into diagnostics: inout Diagnostics) {
        let location = SourceLocation(file: template.file, line: 1)
        if name.hasPrefix("partials/") {
            diagnostics.warning("partial '\(name)' is not used: no template includes it", at: location)
        } else {
            diagnostics.warning("template '\(name)' is not used: no page is rendered with it, and no template includes it",
                                at: location, hint: NearestName.hint(for: name, in: roots.keys))
        }
    }

    /// Walks template `name` in `scopes`, as `{{>name}}` or `{{<name}}` would render it.
    private mutating func include(_ name: String, scopes: [Scope], arguments: [Argument]) {
        // A template that includes itself is walked once per chain: its names were checked on entry.
        guard let template = templates[name], !includeStack.contains(name), includeStack.count < Self.maximumDepth,
              walks < Self.maximumWalks else { return }
        walks += 1
        visited.insert(name)
        includeStack.append(name)
        walk(template.nodes, owner: name, scopes: scopes, arguments: arguments)
        includeStack.removeLast()
    }

    /// Walks `nodes`, written in template `owner`. Template nesting is as deep as the parser (which
    /// recurses the same way) accepted.
    private mutating func walk(_ nodes: [MustacheNode], owner: String, scopes: [Scope], arguments: [Argument]) {
        for node in nodes {
            switch node {
            case .text, .lineStart:
                break
            case .variable(let path, _, let offset):
                // A built-in template's variables push nothing: only the site's own need resolving.
                guard own.contains(owner) else { continue }
                _ = resolve(path, kind: .variable, owner: owner, offset: offset, scopes: scopes)
            case .section(let path, let inverted, let body, let offset):
                let found = resolve(path, kind: inverted ? .inverted : .section, owner: owner, offset: offset, scopes: scopes)
                guard let found else {
                    // Unknown: reported once at its tag; its body's names are not knock-on warnings.
                    walk(body, owner: owner, scopes: scopes + [.anything], arguments: arguments)
                    continue
                }
                if inverted || path.isEmpty {
                    walk(body, owner: owner, scopes: scopes, arguments: arguments)
                } else {
                    walk(body, owner: owner, scopes: scopes + [found], arguments: arguments)
                }
            case .partial(let name, _, _):
                // As in the renderer, a slot inside a partial is filled by the enclosing parent's arguments.
                include(name, scopes: scopes, arguments: arguments)
            case .parent(let name, _, let passed, _):
                // The outermost override of a block wins, so the caller's arguments come first.
                include(name, scopes: scopes, arguments: arguments + passed.map { Argument(block: $0, owner: owner) })
            case .block(let block):
                if let argument = arguments.first(where: { $0.block.name == block.name }) {
                    walk(argument.block.body, owner: argument.owner, scopes: scopes, arguments: arguments)
                } else {
                    walk(block.body, owner: owner, scopes: scopes, arguments: arguments)
                }
            }
        }
    }

    /// Resolves `path` from the innermost scope outward and records the result at its tag; returns
    /// the scope a section on it pushes, or nil when no scope has the name.
    private mutating func resolve(_ path: [String], kind: Kind, owner: String, offset: Int, scopes: [Scope]) -> Scope? {
        var found: Scope?
        if path.isEmpty { found = scopes.last }
        for scope in scopes.reversed() where found == nil && !path.isEmpty {
            switch scope {
            case .anything:
                found = .anything
            case .shape(let shape):
                // A name an inner scope has but whose rest it lacks may still come from an outer
                // scope on other pages (shapes are merged), so keep looking outward.
                if let value = shape.shape(at: path[...]) { found = .shape(value.sectionScope) }
            }
        }
        guard own.contains(owner) else { return found }
        var result = results[owner, default: [:]][offset]
            ?? TagResult(owner: owner, offset: offset, name: path.isEmpty ? "." : path.joined(separator: "."), kind: kind,
                         resolved: false)
        if found != nil {
            result.resolved = true
        } else if !result.resolved {
            result.scopesWhereMissing.append(scopes)
        }
        results[owner, default: [:]][offset] = result
        return found
    }

    /// The nearest name that the scopes where the tag was missed have, dotted (`site.title`).
    private static func hint(for result: TagResult) -> String? {
        var candidates: Set<String> = []
        for scopes in result.scopesWhereMissing {
            for case .shape(let shape) in scopes { candidates.formUnion(shape.dottedNames()) }
        }
        return NearestName.hint(for: result.name, in: candidates)
    }
}
