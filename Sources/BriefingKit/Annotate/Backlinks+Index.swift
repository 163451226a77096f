extension Backlinks {
    /// The index of the rendered briefings' shares (slug and share, in listing order) and of the
    /// sources glossary entries list.
    init(rendered: [(slug: String, share: BacklinkShare)], glossary: [GlossaryEntry]) {
        self.init()
        for (slug, share) in rendered {
            for group in share.mentions { mentions[group.term, default: []].append(group.mentions) }
            for group in share.citations { citations[group.source, default: []].append(group.citations) }
            shares[slug] = share
        }
        order = rendered.map(\.slug)
        for entry in glossary {
            for source in entry.sources { glossarySources[source.id, default: []].append(entry.id) }
        }
    }

    /// This index with the groups of the `changed` briefings replaced by their shares in `rendered`,
    /// equal to `Backlinks(rendered:glossary:)` with the same glossary; nil when the listing order is
    /// not the one this index was built for (then build it afresh).
    func replacing(_ changed: Set<String>, from rendered: [(slug: String, share: BacklinkShare)]) -> Backlinks? {
        guard rendered.count == order.count, zip(rendered, order).allSatisfy({ $0.slug == $1 }) else { return nil }
        var result = self
        var rank: [String: Int]?
        for (index, (slug, share)) in rendered.enumerated() where changed.contains(slug) {
            let old = shares[slug] ?? BacklinkShare()
            if old == share { continue }
            let ranks = rank ?? Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            rank = ranks
            func position<Entry>(in groups: [[Entry]], briefing: (Entry) -> String) -> Int {
                groups.firstIndex { group in group.first.map { ranks[briefing($0)] ?? Int.max } ?? Int.max > index }
                    ?? groups.count
            }
            for group in old.mentions {
                result.mentions[group.term]?.removeAll { $0.first?.briefing == slug }
                if result.mentions[group.term]?.isEmpty == true { result.mentions[group.term] = nil }
            }
            for group in share.mentions {
                let groups = result.mentions[group.term] ?? []
                result.mentions[group.term, default: []].insert(group.mentions, at: position(in: groups, briefing: \.briefing))
            }
            for group in old.citations {
                result.citations[group.source]?.removeAll { $0.first?.briefing == slug }
                if result.citations[group.source]?.isEmpty == true { result.citations[group.source] = nil }
            }
            for group in share.citations {
                let groups = result.citations[group.source] ?? []
                result.citations[group.source, default: []].insert(group.citations, at: position(in: groups, briefing: \.briefing))
            }
            result.shares[slug] = share
        }
        return result
    }
}
