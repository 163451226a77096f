/// HTML escaping of the same five characters swift-mustache escapes (`&<>"'`, `'` as `&#39;`).
///
/// Scans the UTF-8 bytes once; text without special characters (most of it) is appended whole, and
/// otherwise each run between special characters is appended as one slice. All five are ASCII, so a
/// run never splits a character, and the output stays a `String` that never needs re-validating.
enum MustacheEscaping {
    /// Appends `text` to `output`, escaped for HTML.
    static func appendEscaped(_ text: String, to output: inout String) {
        var text = text
        // `withUTF8` reads a small (inline) string's bytes in place, without allocating.
        let hasSpecial = text.withUTF8 { bytes in bytes.contains { $0 <= 0x3E && replacement(for: $0) != nil } }
        guard hasSpecial else {
            output.append(text)
            return
        }
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte <= 0x3E, let replacement = replacement(for: byte) {
                output.append(contentsOf: text[runStart..<index])
                output.append(replacement)
                index = utf8.index(after: index)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output.append(contentsOf: text[runStart..<utf8.endIndex])
    }

    /// The entity for one of the five special bytes; nil for every other byte.
    @inline(__always)
    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
