extension Annotator {
    /// Claims in the order of their first mark, then those never marked in front-matter order.
    func numberedClaims(_ briefing: Briefing, _ annotation: BodyAnnotation) -> [NumberedClaim] {
        let byID = Dictionary(briefing.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unmarked = briefing.claims.map(\.id).filter { annotation.marks[$0] == nil }
        let order = annotation.claimOrder + unmarked
        // Reserved, not grown by doubling: every briefing's claims are held until its pages are made.
        var claims: [NumberedClaim] = []
        claims.reserveCapacity(order.count)
        for (index, id) in order.enumerated() {
            guard let claim = byID[id] else { continue }
            claims.append(NumberedClaim(claim: claim, number: index + 1, markIDs: annotation.marks[id] ?? [],
                                        text: annotation.markTexts[id] ?? "", noteHTML: nil, correctionHTML: nil))
        }
        return claims
    }

    func check(_ link: PendingBriefingLink, in briefings: [String: AnnotatedBriefing], options: BuildOptions,
               diagnostics: inout Diagnostics) {
        guard let target = briefings[link.slug] else {
            diagnostics.error("unknown briefing '\(link.slug)'", at: link.location,
                              hint: NearestName.hint(for: link.slug, in: briefings.keys))
            return
        }
        if let reason = options.leftOutReason(target.briefing) {
            diagnostics.error("briefing '\(link.slug)' \(reason), left out of this build", at: link.location,
                              hint: target.briefing.draft ? nil : "build with --future to include it")
        }
        if let anchor = link.anchor, !target.anchors.contains(anchor) {
            diagnostics.error("no element '#\(anchor)' in briefing '\(link.slug)'", at: link.location,
                              hint: NearestName.hint(for: anchor, in: target.anchors))
        }
    }

}

/// One briefing's mentions and citations, grouped by term and by source in document order (for a
/// source: the claims that list it, in claim order, then its direct citations).
struct BacklinkShare: Sendable, Equatable {
    struct TermMentions: Sendable, Equatable {
        var term: String
        var mentions: [Backlinks.Mention]
    }

    struct SourceCitations: Sendable, Equatable {
        var source: String
        var citations: [Backlinks.Citation]
    }

    var mentions: [TermMentions] = []
    var citations: [SourceCitations] = []

    init() {}

    init(_ briefing: AnnotatedBriefing, _ annotation: BodyAnnotation) {
        let slug = briefing.briefing.slug
        var mentionIndex: [String: Int] = [:]
        for mention in annotation.mentions {
            let entry = Backlinks.Mention(briefing: slug, anchor: mention.anchor)
            if let index = mentionIndex[mention.term] {
                mentions[index].mentions.append(entry)
            } else {
                mentionIndex[mention.term] = mentions.count
                mentions.append(TermMentions(term: mention.term, mentions: [entry]))
            }
        }
        var citationIndex: [String: Int] = [:]
        func add(_ source: String, _ citation: Backlinks.Citation) {
            if let index = citationIndex[source] {
                citations[index].citations.append(citation)
            } else {
                citationIndex[source] = citations.count
                citations.append(SourceCitations(source: source, citations: [citation]))
            }
        }
        for claim in briefing.claims {
            let anchor = claim.markIDs.first ?? "note-\(claim.claim.id)"
            for source in claim.claim.sources {
                add(source.id, .init(briefing: slug, anchor: anchor, kind: .claim(id: claim.claim.id, number: claim.number)))
            }
        }
        for citation in annotation.citations {
            add(citation.source, .init(briefing: slug, anchor: citation.anchor, kind: .citation(number: citation.number)))
        }
    }
}
