/// Prints diagnostics as compilers do: `path:line:col: severity: message`, the source line and a caret.
public struct DiagnosticFormatter {
    /// Reads a file's text for the source excerpt; nil when it cannot be read.
    let readFile: (String) -> String?
    private var cache: [String: [Substring]] = [:]

    public init(readFile: @escaping (String) -> String?) {
        self.readFile = readFile
    }

    /// All diagnostics in file order, each with its excerpt, then the `N errors, M warnings` line.
    public mutating func text(for diagnostics: Diagnostics) -> String {
        var output = ""
        for diagnostic in diagnostics.sorted {
            output += format(diagnostic)
        }
        output += Self.summary(diagnostics) + "\n"
        return output
    }

    public mutating func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var output = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let hint = diagnostic.hint { output += "; \(hint)" }
        output += "\n"
        if let line = sourceLine(location.file, location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            // Keep tabs in the caret line so the caret sits under the right character.
            let before = line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            output += " \(number) | \(line)\n \(gutter) | \(before)^\n"
        }
        return output
    }

    public static func summary(_ diagnostics: Diagnostics) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private mutating func sourceLine(_ file: String, _ number: Int) -> Substring? {
        if cache[file] == nil {
            guard var text = readFile(file) else { return nil }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? $0.dropLast() : $0
            }
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return line.count > 300 ? line.prefix(300) : line
    }

    /// `[{"file":…,"line":…,"column":…,"severity":…,"message":…,"hint":…}]`, in file order.
    public static func json(for diagnostics: Diagnostics) -> String {
        let items = diagnostics.sorted.map { diagnostic -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("file", .string(diagnostic.location.file)),
                ("line", .number(diagnostic.location.line)),
                ("column", .number(diagnostic.location.column)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("message", .string(diagnostic.message)),
            ]
            if let hint = diagnostic.hint { fields.append(("hint", .string(hint))) }
            return .object(fields)
        }
        return JSONValue.array(items).serialized + "\n"
    }
}
