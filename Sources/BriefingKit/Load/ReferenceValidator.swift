/// Checks what front matter and `sources.yaml` say about each other, once everything is loaded:
/// ids in `sources`, `parties` and `related` lists, names claimed twice, claims lacking sources or
/// a correction. Links in Markdown bodies are the annotator's to check.
public struct ReferenceValidator: Sendable {
    public init() {}

    /// What one briefing's claims say of the sources: unknown ids, no sources, no correction. It
    /// depends on the briefing and the source ids only, so the loader keeps it with the parsed file.
    func checkClaims(of briefing: Briefing, sourceIDs: Set<String>, sources: [Source],
                     byID: [String: Source]) -> Diagnostics {
        var diagnostics = Diagnostics()
        if let reviews = briefing.reviews {
            Self.check([reviews], against: sourceIDs, all: { sources.map(\.id) }, what: "source", &diagnostics)
        }
        for claim in briefing.claims {
            Self.check(claim.sources, against: sourceIDs, all: { sources.map(\.id) }, what: "source", &diagnostics)
            Self.check(claim.appearance, against: sourceIDs, all: { sources.map(\.id) }, what: "source", &diagnostics)
            checkTrust(of: claim, sources: byID, &diagnostics)
            if claim.status != .opinion && claim.sources.isEmpty {
                diagnostics.warning("claim '\(claim.id)' has no sources", at: claim.location)
            }
            if claim.status == .incorrect && claim.correction == nil {
                diagnostics.warning("claim '\(claim.id)' is incorrect but has no correction", at: claim.location)
            }
        }
        return diagnostics
    }

    /// What glossary entries say of sources and of each other, names claimed twice, and the glossary
    /// entries timeline events name (checked here as the glossary can change without the briefing).
    func checkGlossary(_ site: Site, sourceIDs: Set<String>) -> Diagnostics {
        var diagnostics = checkEntries(site.glossary, unreadable: site.unreadable.glossary, sourceIDs: sourceIDs)
        diagnostics.append(checkTimelineTerms(site))
        return diagnostics
    }

    /// The glossary's own references (sources, parties, related entries) and names: what depends on
    /// the entries and the source ids alone (a preview rebuild after a briefing's edit keeps it).
    /// Entries whose files could not be read (`unreadable`) count as known: their own error is the one to fix.
    func checkEntries(_ glossary: [GlossaryEntry], unreadable: Set<String>, sourceIDs: Set<String>) -> Diagnostics {
        var diagnostics = Diagnostics()
        let glossaryIDs = Set(glossary.map(\.id)).union(unreadable)
        let allSources = { sourceIDs.sorted() }, allEntries = { glossary.map(\.id) }
        for entry in glossary {
            Self.check(entry.sources, against: sourceIDs, all: allSources, what: "source", &diagnostics)
            Self.check(entry.parties, against: glossaryIDs, all: allEntries, what: "glossary entry", &diagnostics)
            Self.check(entry.related, against: glossaryIDs, all: allEntries, what: "glossary entry", &diagnostics)
        }
        checkNames(glossary, into: &diagnostics)
        return diagnostics
    }

    /// The `term` of every briefing's timeline events.
    func checkTimelineTerms(_ site: Site) -> Diagnostics {
        var diagnostics = Diagnostics()
        let glossaryIDs = Set(site.glossary.map(\.id)).union(site.unreadable.glossary)
        let allEntries = { site.glossary.map(\.id) }
        for briefing in site.briefings where !briefing.timeline.isEmpty {
            Self.check(briefing.timeline.compactMap(\.term), against: glossaryIDs, all: allEntries,
                       what: "glossary entry", &diagnostics)
        }
        return diagnostics
    }

    /// Unknown ids among `references`, each with the nearest known one (sorted only then, so that a
    /// site without a wrong reference sorts nothing).
    private static func check(_ references: [IDReference], against known: Set<String>, all: () -> [String],
                              what: String, _ diagnostics: inout Diagnostics) {
        for reference in references where !known.contains(reference.id) {
            diagnostics.error("unknown \(what) '\(reference.id)'", at: reference.location,
                              hint: NearestName.hint(for: reference.id, in: all().sorted()))
        }
    }

    /// A name or alias may belong to one entry only (as auto-linking would match it); reported at
    /// both places, each naming the other entry, whichever of the two files was edited last.
    func checkNames(_ glossary: [GlossaryEntry], into diagnostics: inout Diagnostics) {
        var owners: [[UInt32]: (id: String, name: String, location: SourceLocation, what: String)] = [:]
        for entry in glossary {
            let names = [(entry.name, entry.nameLocation, "name")]
                + zip(entry.aliases, entry.aliasLocations).map { ($0, $1, "alias") }
            var own: Set<[UInt32]> = []
            for (name, location, what) in names {
                // The key auto-linking matches with, so two names it cannot tell apart collide here.
                let key = GlossaryText.foldName(name)
                if key.isEmpty || own.contains(key) { continue }
                own.insert(key)
                if let owner = owners[key] {
                    diagnostics.error("\(what) '\(name)' is already claimed by glossary entry '\(owner.id)'", at: location,
                                      hint: "\(owner.what) at \(owner.location)")
                    diagnostics.error("\(owner.what) '\(owner.name)' is also claimed by glossary entry '\(entry.id)'",
                                      at: owner.location, hint: "\(what) at \(location)")
                } else {
                    owners[key] = (entry.id, name, location, what)
                }
            }
        }
    }
}
