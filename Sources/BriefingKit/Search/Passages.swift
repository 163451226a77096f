/// Cuts a long text into passages at line (block) breaks, or at a sentence or word when one block is
/// too long, so that a result's record carries the passage its words are in rather than the whole text.
enum Passages {
    /// About what a result's snippet source may weigh: enough for a few sentences around the match.
    static let maxCharacters = 700

    static func split(_ text: String, max: Int = maxCharacters) -> [String] {
        var passages: [String] = []
        var current = ""
        var currentCount = 0
        func flush() {
            if !current.isEmpty { passages.append(current) }
            current = ""
            currentCount = 0
        }
        // Lines found and measured on the UTF-8 bytes (scalars = bytes that are not continuations):
        // splitting by Character would find grapheme clusters in every passage of the site.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let count = bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            let line = Substring(bytes)
            if count > max {
                flush()
                passages += cut(line, max: max)
                continue
            }
            if currentCount > 0 && currentCount + 1 + count > max { flush() }
            if currentCount > 0 {
                current += "\n"
                currentCount += 1
            }
            current += line
            currentCount += count
        }
        flush()
        return passages
    }

    /// One over-long block in pieces of at most `max` characters, ending after a sentence where one
    /// ends in the second half of a piece, else after a space, else anywhere.
    private static func cut(_ line: Substring, max: Int) -> [String] {
        // Plain ASCII (most prose): characters are bytes, so cut the bytes, with the same rule.
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return cutASCII(Array(line.utf8), max: max) }
        var pieces: [String] = []
        var rest = line[...]
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
    private static func cutASCII(_ line: [UInt8], max: Int) -> [String] {
        var pieces: [String] = []
        var start = 0
        func piece(_ range: Range<Int>) -> String {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper && line[lower] == UInt8(ascii: " ") { lower += 1 }
            while upper > lower && line[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
            return String(decoding: line[lower..<upper], as: UTF8.self)
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
