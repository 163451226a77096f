/// `~~text~~` as `<del>` (DESIGN §7): a pair of `~~` in text nodes of the same inline container,
/// never in code (code spans are not text nodes). What lies between may hold other inlines.
enum Strikethrough {
    /// Rewrites every pair in `document`.
    static func apply(to document: MarkdownDocument) {
        // Text nodes with `~~`, grouped by parent in document order.
        var groups: [(parent: MarkdownNode, markers: [(node: MarkdownNode, offset: Int)])] = []
        document.walk { event in
            guard case .enter(let node) = event, node.kind == .text, let parent = node.parent else { return }
            let offsets = markerOffsets(in: node.literal)
            guard !offsets.isEmpty else { return }
            let found = offsets.map { (node: node, offset: $0) }
            if let last = groups.last, last.parent == parent {
                groups[groups.count - 1].markers += found
            } else {
                groups.append((parent, found))
            }
        }
        for group in groups {
            var pairs: [(open: (node: MarkdownNode, offset: Int), close: (node: MarkdownNode, offset: Int))] = []
            var index = 0
            while index + 1 < group.markers.count {
                pairs.append((group.markers[index], group.markers[index + 1]))
                index += 2
            }
            // Last pair first: its changes leave the earlier nodes and offsets as they were.
            for pair in pairs.reversed() {
                let close = pair.close, open = pair.open
                if open.node == close.node && close.offset == open.offset + 2 { continue }
                close.node.literal = removing(2, at: close.offset, from: close.node.literal)
                open.node.literal = removing(2, at: open.offset, from: open.node.literal)
                let closeOffset = open.node == close.node ? close.offset - 2 : close.offset
                document.wrapSiblings(from: open.node, offset: open.offset, to: close.node, offset: closeOffset,
                                      enter: "<del>", exit: "</del>")
            }
        }
    }

    /// Byte offsets of `~~` runs of exactly two tildes.
    static func markerOffsets(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var result: [Int] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "~") else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count && bytes[end] == UInt8(ascii: "~") { end += 1 }
            if end - index == 2 { result.append(index) }
            index = end
        }
        return result
    }

    private static func removing(_ count: Int, at offset: Int, from text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[..<offset] + bytes[(offset + count)...], as: UTF8.self)
    }
}
