/// The small encodings the index files share with the page's script.
enum SearchEncoding {
    /// `value` as a JavaScript string literal: quotes, backslashes, control characters, `<`, `>`,
    /// `&` and the two line separators escaped, so the text is safe in any script.
    static func quoted(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func base36(_ value: Int) -> String { String(value, radix: 36) }

    /// Postings (record id, score), best first, as text: groups of equal score `score:id,+d,+d` joined by
    /// `;`, ids ascending within a group and written as differences from the previous one, in base 36.
    static func postings(_ sorted: [(id: Int, score: Int)]) -> String {
        var out = ""
        var index = 0
        while index < sorted.count {
            let score = sorted[index].score
            if !out.isEmpty { out += ";" }
            out += base36(score) + ":"
            var previous = -1
            var first = true
            while index < sorted.count && sorted[index].score == score {
                let id = sorted[index].id
                if !first { out += "," }
                out += base36(previous < 0 ? id : id - previous)
                previous = id
                first = false
                index += 1
            }
        }
        return out
    }

    /// Reads `postings(_:)`'s text back (tests; the page's script has its own reader).
    static func decodePostings(_ text: String) -> [(id: Int, score: Int)] {
        var result: [(id: Int, score: Int)] = []
        for group in text.split(separator: ";") {
            let parts = group.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let score = Int(parts[0], radix: 36) else { continue }
            var id = -1
            for piece in parts[1].split(separator: ",") {
                guard let value = Int(piece, radix: 36) else { continue }
                id = id < 0 ? value : id + value
                result.append((id, score))
            }
        }
        return result
    }

    /// 10 hex digits of the 64-bit FNV-1a hash of `text`: a file name that changes when its bytes do.
    static func contentHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash >> 24, radix: 16)
        return String(repeating: "0", count: max(0, 10 - hex.count)) + hex
    }

    /// A script that hands `payload` to the search page under `key` (JSONP, so it loads from `file://`).
    static func script(key: String, payload: String) -> String {
        "briefingSearchData(" + quoted(key) + "," + payload + ");\n"
    }
}
