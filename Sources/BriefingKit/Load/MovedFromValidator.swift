/// Checks `moved-from` lists (DESIGN §7 Permanence): an old address must not be one that exists
/// (its redirect or kept anchor would replace the real page or element), and may belong to one
/// thing only (else the old address would lead to two places).
struct MovedFromValidator: Sendable {
    /// Every `moved-from` of the site: briefings, glossary entries, each briefing's claims, sources.
    func validate(_ site: Site) -> Diagnostics {
        var diagnostics = Diagnostics()
        Self.check(site.briefings.map { ($0.slug, $0.movedFrom) }, what: "briefing", idName: "slug", &diagnostics)
        Self.check(site.glossary.map { ($0.id, $0.movedFrom) }, what: "glossary entry", idName: "id", &diagnostics)
        // Most briefings move no claim: their claims are not gathered (the preview validates on every save).
        for briefing in site.briefings where briefing.claims.contains(where: { !$0.movedFrom.isEmpty }) {
            Self.check(briefing.claims.map { ($0.id, $0.movedFrom) }, what: "claim", idName: "id", &diagnostics)
        }
        Self.check(site.sources.map { ($0.id, $0.movedFrom) }, what: "source", idName: "id", &diagnostics)
        return diagnostics
    }

    /// One kind of thing: `owners` in the order they are reported (briefings and entries sorted by
    /// id, claims and sources in file order), each with its `moved-from` list.
    private static func check(_ owners: [(id: String, movedFrom: [IDReference])], what: String, idName: String,
                              _ diagnostics: inout Diagnostics) {
        guard owners.contains(where: { !$0.movedFrom.isEmpty }) else { return }
        let existing = Set(owners.map(\.id))
        var claimedBy: [String: String] = [:]
        for owner in owners {
            for old in owner.movedFrom {
                if existing.contains(old.id) {
                    let whose = old.id == owner.id ? "this \(what)'s own \(idName)" : "the \(idName) of an existing \(what)"
                    diagnostics.error("moved-from '\(old.id)' is \(whose)", at: old.location,
                                      hint: "an old \(idName) must be one nothing has now; remove '\(old.id)' from moved-from")
                } else if let first = claimedBy[old.id] {
                    let by = first == owner.id ? "this \(what) already" : "\(what) '\(first)' already"
                    diagnostics.error("moved-from '\(old.id)' is claimed by \(by)", at: old.location,
                                      hint: "an old \(idName) can lead to one \(what) only")
                } else {
                    claimedBy[old.id] = owner.id
                }
            }
        }
    }
}
