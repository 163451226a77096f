extension Annotator {
    /// Claims in the order of their first mark, then those never marked in front-matter order.
    func numberedClaims(_ briefing: Briefing, _ annotation: BodyAnnotation) -> [NumberedClaim] {
        let byID = Dictionary(briefing.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unmarked = briefing.claims.map(\.id).filter { annotation.marks[$0] == nil }
        return (annotation.claimOrder + unmarked).enumerated().compactMap { index, id in
            byID[id].map { claim in
                NumberedClaim(claim: claim, number: index + 1, markIDs: annotation.marks[id] ?? [],
                              text: annotation.markTexts[id] ?? "", noteHTML: nil, correctionHTML: nil)
            }
        }
    }

    func check(_ link: PendingBriefingLink, in briefings: [String: AnnotatedBriefing], includeDrafts: Bool,
               diagnostics: inout Diagnostics) {
        guard let target = briefings[link.slug] else {
            diagnostics.error("unknown briefing '\(link.slug)'", at: link.location,
                              hint: NearestName.hint(for: link.slug, in: briefings.keys))
            return
        }
        if target.briefing.draft && !includeDrafts {
            diagnostics.error("briefing '\(link.slug)' is a draft, left out of this build", at: link.location)
        }
        if let anchor = link.anchor, !target.anchors.contains(anchor) {
            diagnostics.error("no element '#\(anchor)' in briefing '\(link.slug)'", at: link.location,
                              hint: NearestName.hint(for: anchor, in: target.anchors))
        }
    }

    static func backlinks(_ briefings: [(AnnotatedBriefing, BodyAnnotation)], glossary: [GlossaryEntry]) -> Backlinks {
        var backlinks = Backlinks()
        for (briefing, annotation) in briefings {
            let slug = briefing.briefing.slug
            for mention in annotation.mentions {
                backlinks.mentions[mention.term, default: []].append(.init(briefing: slug, anchor: mention.anchor))
            }
            for claim in briefing.claims {
                let anchor = claim.markIDs.first ?? "note-\(claim.claim.id)"
                for source in claim.claim.sources {
                    backlinks.citations[source.id, default: []].append(
                        .init(briefing: slug, anchor: anchor, kind: .claim(id: claim.claim.id, number: claim.number)))
                }
            }
            for citation in annotation.citations {
                backlinks.citations[citation.source, default: []].append(
                    .init(briefing: slug, anchor: citation.anchor, kind: .citation(number: citation.number)))
            }
        }
        for entry in glossary {
            for source in entry.sources { backlinks.glossarySources[source.id, default: []].append(entry.id) }
        }
        return backlinks
    }
}
