/// The tables a plan makes from the settings, the glossary and the sources alone (the briefings'
/// dependencies, entries and sources by id, the parties of each entry): made again only when one
/// of those changed, so that a preview rebuild after a briefing's edit does not index 2,000
/// sources again. A class of constants: plans and their views share one.
final class SiteLookups: Sendable {
    /// What the tables are made from.
    struct Inputs: Equatable, Sendable {
        var settings: SiteSettings
        var words: InterfaceText
        var glossary: [GlossaryEntry]
        var sources: [Source]
        var marksScheduled: Bool
        var now: PartialDate
    }

    let inputs: Inputs
    let dependencies: BriefingDependencies
    let entriesByID: [String: GlossaryEntry]
    let sourcesByID: [String: Source]
    /// Entry id → the entries (treaties, blocs) listing it among their parties, A–Z.
    let partyOf: [String: [GlossaryEntry]]

    init(_ inputs: Inputs, options: BuildOptions) {
        self.inputs = inputs
        dependencies = BriefingDependencies(settings: inputs.settings, words: inputs.words, glossary: inputs.glossary,
                                            sources: inputs.sources, options: options)
        entriesByID = Dictionary(inputs.glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourcesByID = Dictionary(inputs.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var partyOf: [String: [GlossaryEntry]] = [:]
        for entry in inputs.glossary {
            for party in Set(entry.parties.map(\.id)) { partyOf[party, default: []].append(entry) }
        }
        self.partyOf = partyOf.mapValues { $0.sorted(by: PlanViews.alphabetical) }
    }
}

extension PlanMemo {
    /// The last plan's lookups when made from equal inputs, else new ones (kept for the next plan).
    mutating func lookups(_ inputs: SiteLookups.Inputs, options: BuildOptions) -> SiteLookups {
        if let lookups, lookups.inputs == inputs { return lookups }
        let made = SiteLookups(inputs, options: options)
        lookups = made
        return made
    }
}
