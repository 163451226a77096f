import Yams

extension ContentLoader.BriefingLoader {
    static let timelineKeys = ["date", "text", "claim", "term"]

    /// `timeline:` → events, each checked at its own keys: a date of §2's form, some text, and a
    /// `claim` that this briefing defines. (A `term` is checked against the glossary once it is loaded.)
    static func timeline(from reader: ContentLoader.MappingReader, claims: [Claim],
                         _ diagnostics: inout Diagnostics) -> [TimelineEvent] {
        guard let (_, value) = reader.entry("timeline") else { return [] }
        let yaml = reader.yaml
        guard case .sequence(let items) = value else {
            diagnostics.error("'timeline' must be a list of events ({date, text})", at: yaml.location(of: value))
            return []
        }
        let claimIDs = claims.map(\.id)
        var events: [TimelineEvent] = []
        for item in items {
            let location = yaml.location(of: item)
            guard case .mapping(let mapping) = item else {
                diagnostics.error("a timeline event must be a mapping with 'date' and 'text'", at: location)
                continue
            }
            let event = ContentLoader.MappingReader(mapping, at: location, yaml: yaml, allowedKeys: timelineKeys,
                                                    diagnostics: &diagnostics)
            let date = event.require("date", event.date("date", full: false, &diagnostics), &diagnostics)
            let text = event.require("text", event.markdown("text", &diagnostics), &diagnostics)
            let claim = event.string("claim", &diagnostics).flatMap { id -> IDReference? in
                let reference = IDReference(id, at: event.entry("claim").map { yaml.location(of: $0.value) } ?? location)
                guard claimIDs.contains(id) else {
                    diagnostics.error("unknown claim '\(id)' in timeline", at: reference.location,
                                      hint: NearestName.hint(for: id, in: claimIDs))
                    return nil
                }
                return reference
            }
            let term = event.string("term", &diagnostics).map { id in
                IDReference(id, at: event.entry("term").map { yaml.location(of: $0.value) } ?? location)
            }
            guard let date, let text else { continue }
            events.append(TimelineEvent(date: date, text: text, claim: claim, term: term, location: location))
        }
        return events
    }
}
