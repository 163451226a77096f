/// A place in a content file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in the content, with where it is and, for a misspelt name, the nearest valid one.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var hint: String?
    /// A file that could not be read at all: printed before everything else, as what it would have
    /// defined is missing from the rest of the check.
    public var isRootCause: Bool

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil,
                isRootCause: Bool = false) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.isRootCause = isRootCause
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Diagnostics collected through the pipeline; every stage appends, nothing throws.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }

    public mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(Diagnostic(.error, message, at: location, hint: hint))
    }

    public mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(Diagnostic(.warning, message, at: location, hint: hint))
    }

    public mutating func append(_ other: Diagnostics) { items.append(contentsOf: other.items) }
    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    /// Root causes first, then by file, line and column, so output is deterministic whatever the order of work.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            if a.element.isRootCause != b.element.isRootCause { return a.element.isRootCause }
            return a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }

    /// The same diagnostics, each marked as a root cause (those of a file that could not be read).
    public var asRootCauses: Diagnostics {
        Diagnostics(items.map { item in
            var item = item
            item.isRootCause = true
            return item
        })
    }
}
