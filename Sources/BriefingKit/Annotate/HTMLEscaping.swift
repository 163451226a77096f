/// The one escaping routine for editors' text in HTML text and attribute values alike.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON string contents safe inside a `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`.
    public static func jsonString(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendJSONString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `jsonString(text)` appended to `output` as UTF-8. Works on bytes and copies runs that need no
    /// escaping whole (JSON-LD and card data are a large part of a page).
    public static func appendJSONString(_ text: String, to output: inout [UInt8]) {
        // A native string's bytes are read in place, without a copy of the string (a retain and a
        // release for every string of a page's JSON).
        if text.utf8.withContiguousStorageIfAvailable({ appendJSONString(bytes: $0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { appendJSONString(bytes: $0, to: &output) }
        }
    }

    private static func appendJSONString(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Bytes that need nothing are skipped (`mayNeedEscaping`): only ASCII bytes and the
        // separators' three-byte sequences (E2 80 A8 / A9) are ever escaped.
        output.append(0x22)
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if !mayNeedEscaping(byte) {
                index += 1
                continue
            }
            let length = byte == 0xE2 ? separatorLength(bytes, at: index) : 1
            guard length > 0 else {
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            appendEscape(byte, length == 3 ? bytes[index + 2] : 0, to: &output)
            index += length
            runStart = index
        }
        if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
        output.append(0x22)
    }

    /// Whether `appendJSONString` looks at a byte twice: control characters, `"`, `\`, `<`, `>`, `&`,
    /// and 0xE2, which starts the line separators. Below 0x40 by a bit mask (bits 0–31, 0x22, 0x26,
    /// 0x3C, 0x3E), not a table: a global array was retained and released for every string.
    @inline(__always)
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x40 ? (0x5000_0044_FFFF_FFFF as UInt64) >> byte & 1 == 1 : byte == 0x5C || byte == 0xE2
    }

    /// 3 when a line or paragraph separator (E2 80 A8 / A9), which ends a line in JavaScript, starts
    /// at `index`, else 0.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
    }

    /// The escape of an ASCII byte, or (`byte` 0xE2) of the separator whose last byte is `last`.
    private static func appendEscape(_ byte: UInt8, _ last: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
        case 0xE2: output.append(contentsOf: last == 0xA8 ? separatorEscapes.0 : separatorEscapes.1)
        default:
            output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 15)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// What follows the backslash for U+2028 and U+2029.
    private static let separatorEscapes = (Array("u2028".utf8), Array("u2029".utf8))
}
