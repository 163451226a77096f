/// Prints diagnostics as compilers do: `path:line:col: severity: message`, the source line and a caret.
public struct DiagnosticFormatter {
    /// Reads a file's text for the source excerpt; nil when it cannot be read.
    let readFile: (String) -> String?
    /// Each file's UTF-8 bytes (byte order mark dropped) and where its lines start.
    private var cache: [String: (bytes: [UInt8], lineStarts: [Int])] = [:]

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
            guard let text = readFile(file) else { return nil }
            var bytes = Array(text.utf8)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            var starts = [0]
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
            cache[file] = (bytes, starts)
        }
        guard let (bytes, starts) = cache[file], number >= 1, number <= starts.count else { return nil }
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > starts[number - 1], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Substring(String(decoding: bytes[starts[number - 1]..<end], as: UTF8.self))
        return line.unicodeScalars.count > 300 ? Substring(line.unicodeScalars.prefix(300)) : line
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
