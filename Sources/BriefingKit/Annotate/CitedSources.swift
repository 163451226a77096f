/// Which sources some body cites — in a claim's `sources`, a `cite:` link, or a link in a note —
/// for the "never cited" warning. Counted per briefing, so that a rebuild replaces only the
/// re-annotated briefings' share instead of gathering every citation of the site again.
struct CitedSources: Sendable {
    /// Sources cited by the glossary (entries' lists, bodies) and by the sources' own notes: these
    /// change only with a change that forgets every annotation, and this index with them.
    private let fixed: Set<String>
    private var counts: [String: Int] = [:]
    private var byBriefing: [String: Set<String>] = [:]

    init(fixed: Set<String>) {
        self.fixed = fixed
    }

    func isCited(_ source: String) -> Bool {
        fixed.contains(source) || counts[source, default: 0] > 0
    }

    /// Takes `cited` as the sources the briefing `slug` cites, replacing what it cited before.
    mutating func set(_ slug: String, cites cited: Set<String>) {
        remove(slug)
        byBriefing[slug] = cited
        for source in cited { counts[source, default: 0] += 1 }
    }

    /// Forgets the briefings not among `present` (deleted or renamed since).
    mutating func keepOnly(_ present: [String]) {
        guard byBriefing.count != present.count else { return }
        let kept = Set(present)
        for slug in byBriefing.keys where !kept.contains(slug) { remove(slug) }
    }

    private mutating func remove(_ slug: String) {
        guard let old = byBriefing.removeValue(forKey: slug) else { return }
        for source in old {
            counts[source, default: 0] -= 1
            if counts[source] == 0 { counts[source] = nil }
        }
    }
}
