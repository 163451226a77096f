/// The small encodings the index files share with the page's script.
enum SearchEncoding {
    /// `value` as a JavaScript string literal: quotes, backslashes, control characters, `<`, `>`,
    /// `&` and the two line separators escaped, so the text is safe in any script.
    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 16)
        appendQuoted(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoted(value)` appended to `out` as UTF-8 (a bucket file is written this way, no string per
    /// field): a JSON string safe in a script, as `HTMLEscaping` writes them for pages.
    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        HTMLEscaping.appendJSONString(value, to: &out)
    }

    static func base36(_ value: Int) -> String { String(value, radix: 36) }

    /// Postings (record id, score), best first, as text: groups of equal score `score:id,+d,+d` joined by
    /// `;`, ids ascending within a group and written as differences from the previous one, in base 36.
    static func postings(_ sorted: [(id: Int, score: Int)]) -> String {
        var out: [UInt8] = []
        postings(sorted, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `postings(_:)` appended to `out` as UTF-8.
    static func postings(_ sorted: [(id: Int, score: Int)], into out: inout [UInt8]) {
        var index = 0
        while index < sorted.count {
            let score = sorted[index].score
            if index > 0 { out.append(UInt8(ascii: ";")) }
            appendBase36(score, to: &out)
            out.append(UInt8(ascii: ":"))
            var previous = -1
            var first = true
            while index < sorted.count && sorted[index].score == score {
                let id = sorted[index].id
                if !first { out.append(UInt8(ascii: ",")) }
                appendBase36(previous < 0 ? id : id - previous, to: &out)
                previous = id
                first = false
                index += 1
            }
        }
    }

    /// `String(value, radix: 36)` appended as bytes.
    static func appendBase36(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                let digit = UInt8(rest % 36)
                buffer[count] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                count += 1
                rest /= 36
            } while rest > 0
            while count > 0 {
                count -= 1
                out.append(buffer[count])
            }
        }
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

    /// The 64-bit FNV-1a hash, fed bytes piece by piece.
    struct Hash {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var hash = value
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            value = hash
        }

        /// 10 hex digits of the hash: a file name that changes when its bytes do.
        var hex: String {
            let hex = String(value >> 24, radix: 16)
            return String(repeating: "0", count: max(0, 10 - hex.count)) + hex
        }
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        var hash = Hash()
        text.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        return hash.value
    }

    /// 10 hex digits of the 64-bit FNV-1a hash of `text`: a file name that changes when its bytes do.
    static func contentHash(_ text: String) -> String {
        var text = text
        var hash = Hash()
        text.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        return hash.hex
    }

    /// A script that hands `payload` to the search page under `key` (JSONP, so it loads from `file://`).
    static func script(key: String, payload: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(payload.utf8.count + key.utf8.count + 32)
        appendScriptStart(key: key, to: &out)
        out.append(contentsOf: payload.utf8)
        out += scriptEnd
        return String(decoding: out, as: UTF8.self)
    }

    /// What `script` puts before the payload: `briefingSearchData("<key>",` (a bucket file writes its
    /// payload straight after it, then `scriptEnd`).
    static func appendScriptStart(key: String, to out: inout [UInt8]) {
        out.append(contentsOf: "briefingSearchData(".utf8)
        appendQuoted(key, to: &out)
        out.append(UInt8(ascii: ","))
    }

    /// What `script` puts after the payload.
    static let scriptEnd = Array(");\n".utf8)
}
