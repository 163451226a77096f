/// Cuts a long text into passages at line (block) breaks, or at a sentence or word when one block is
/// too long, so that a result's record carries the passage its words are in rather than the whole text.
enum Passages {
    /// About what a result's snippet source may weigh: enough for a few sentences around the match.
    static let maxCharacters = 700

    static func split(_ text: String, max: Int = maxCharacters) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var passages: [String] = []
            var current: [UInt8] = []
            var currentCount = 0
            func flush() {
                if !current.isEmpty { passages.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                currentCount = 0
            }
            // Lines found and measured on the UTF-8 bytes (scalars = bytes that are not continuations):
            // splitting by Character would find grapheme clusters in every passage of the site.
            var start = 0
            while start < bytes.count {
                var end = start
                var count = 0
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
                    if bytes[end] & 0xC0 != 0x80 { count += 1 }
                    end += 1
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.isEmpty { continue }
                if count > max {
                    flush()
                    passages += cut(line, max: max)
                    continue
                }
                if currentCount > 0 && currentCount + 1 + count > max { flush() }
                if currentCount > 0 {
                    current.append(UInt8(ascii: "\n"))
                    currentCount += 1
                }
                current.append(contentsOf: line)
                currentCount += count
            }
            flush()
            return passages
        }
    }

    /// One over-long block in pieces of at most `max` characters, ending after a sentence where one
    /// ends in the second half of a piece, else after a space, else anywhere.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, max: Int) -> [String] {
        // Plain ASCII (most prose): characters are bytes, so cut the bytes, with the same rule.
        if bytes.allSatisfy({ $0 < 0x80 }) { return cutASCII(bytes, max: max) }
        var pieces: [String] = []
        var rest = Substring(String(decoding: bytes, as: UTF8.self))
        while rest.count > max {
            let limit = rest.index(rest.startIndex, offsetBy: max)
            let half = rest.index(rest.startIndex, offsetBy: max / 2)
            let window = rest[half..<limit]
            var end = limit
            if let stop = window.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
                end = rest.index(after: stop)
            } else if let space = window.lastIndex(of: " ") {
                end = rest.index(after: space)
            }
            pieces.append(String(rest[..<end]).trimmingSpaces)
            rest = rest[end...]
        }
        let last = String(rest).trimmingSpaces
        if !last.isEmpty { pieces.append(last) }
        return pieces
    }
}

extension Passages {
    /// `cut` for a line of ASCII bytes, where a character is a byte (a line holds no `\r\n` pair: it
    /// was split at `\n`).
    private static func cutASCII(_ line: UnsafeBufferPointer<UInt8>, max: Int) -> [String] {
        var pieces: [String] = []
        var start = 0
        func piece(_ range: Range<Int>) -> String {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper && line[lower] == UInt8(ascii: " ") { lower += 1 }
            while upper > lower && line[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: line[lower..<upper]), as: UTF8.self)
        }
        while line.count - start > max {
            let limit = start + max
            var end = limit
            let window = (start + max / 2)..<limit
            if let stop = window.last(where: { line[$0] == UInt8(ascii: ".") || line[$0] == UInt8(ascii: "!") || line[$0] == UInt8(ascii: "?") }) {
                end = stop + 1
            } else if let space = window.last(where: { line[$0] == UInt8(ascii: " ") }) {
                end = space + 1
            }
            pieces.append(piece(start..<end))
            start = end
        }
        let last = piece(start..<line.count)
        if !last.isEmpty { pieces.append(last) }
        return pieces
    }
}

private extension String {
    var trimmingSpaces: String {
        var view = self[...]
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
