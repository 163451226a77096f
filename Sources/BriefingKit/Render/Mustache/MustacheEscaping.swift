/// HTML escaping of the same five characters swift-mustache escapes (`&<>"'`, `'` as `&#39;`), on
/// UTF-8 bytes: all five are ASCII, so a run between them never splits a character.
enum MustacheEscaping {
    /// Appends `text` to `output`, escaped for HTML.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        // `withUTF8` reads a native string's bytes in place, without allocating.
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte <= 0x3E, let replacement = replacement(for: byte) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: replacement)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    /// The entity for one of the five special bytes; nil for every other byte.
    @inline(__always)
    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): amp
        case UInt8(ascii: "<"): lt
        case UInt8(ascii: ">"): gt
        case UInt8(ascii: "\""): quot
        case UInt8(ascii: "'"): apos
        default: nil
        }
    }
}
