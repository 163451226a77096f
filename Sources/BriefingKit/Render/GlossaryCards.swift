/// The data behind glossary hover cards. Every page that links glossary entries (`data-term="<id>"` on a
/// term link, in its body, notes or corrections) embeds the entries it links, and only those, as JSON
/// in `<script type="application/json" id="glossary-data">`:
/// `{"<id>":{"name":…,"kind":…,"summary":…,"href":…}}`, keys sorted, `href` relative to the page. The
/// script reads it without a request, so cards work from `file://` too.
struct GlossaryCards: Sendable {
    struct Card: Sendable {
        var name: String
        var kind: String
        var summary: String
    }

    let cards: [String: Card]
    let portable: Bool

    init(_ entries: [GlossaryEntry], portable: Bool) {
        var cards: [String: Card] = [:]
        for entry in entries where cards[entry.id] == nil {
            cards[entry.id] = Card(name: entry.name, kind: entry.kind.label, summary: entry.summary)
        }
        self.cards = cards
        self.portable = portable
    }

    /// The JSON for a page at `pagePath` whose context is `context`, or nil when it links no entry.
    func data(for context: [String: TemplateValue], pagePath: String) -> String? {
        var ids: Set<String> = []
        for value in context.values { Self.collectTermIDs(in: value, into: &ids) }
        let linked = ids.filter { cards[$0] != nil }.sorted()
        guard !linked.isEmpty else { return nil }
        let links = LinkContext(pagePath: pagePath, portable: portable)
        return JSONValue.object(linked.map { id in
            let card = cards[id]!
            return (id, .object([
                ("name", .string(card.name)),
                ("kind", .string(card.kind)),
                ("summary", .string(card.summary)),
                ("href", .string(links.glossaryEntry(id))),
            ]))
        }).serialized
    }

    /// Walks a context without recursion on the Swift stack (contexts are shallow, but a list is long).
    static func collectTermIDs(in value: TemplateValue, into ids: inout Set<String>) {
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .text(let text): termIDs(in: text, into: &ids)
            case .bool: break
            case .list(let items): pending.append(contentsOf: items)
            case .object(let fields): pending.append(contentsOf: fields.values)
            }
        }
    }

    private static let marker = Array("data-term=\"".utf8)

    /// The values of every `data-term="…"` attribute in `text`.
    static func termIDs(in text: String, into ids: inout Set<String>) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count, markerCount = marker.count
            guard count > markerCount else { return }
            var index = 0
            while index + markerCount <= count {
                guard bytes[index] == UInt8(ascii: "d") else { index += 1; continue }
                var matches = true
                for offset in 1..<markerCount where bytes[index + offset] != marker[offset] {
                    matches = false
                    break
                }
                guard matches else { index += 1; continue }
                let start = index + markerCount
                var end = start
                while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                if end > start, end < count {
                    ids.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                index = end
            }
        }
    }
}
