/// Every word Briefing itself prints on a page — verdict and kind names, page titles, labels,
/// month names — from one table, so that languages (DESIGN §8) are one more table, not a change to
/// every feature. Templates get the same table as `words`.
public struct InterfaceText: Sendable, Equatable {
    /// Key → text; `{name}` marks where a value goes.
    public var words: [String: String]

    /// The built-in English table.
    public static let english = InterfaceText(words: [
        "verdict.supported": "Supported", "verdict.disputed": "Disputed", "verdict.incorrect": "Incorrect",
        "verdict.unverified": "Unverified", "verdict.opinion": "Opinion",
        "kind.state": "State", "kind.person": "Person", "kind.organisation": "Organisation", "kind.bloc": "Bloc",
        "kind.treaty": "Treaty", "kind.agreement": "Agreement", "kind.declaration": "Declaration",
        "kind.resolution": "Resolution", "kind.charter": "Charter", "kind.place": "Place", "kind.event": "Event",
        "kind.concept": "Concept",
        "kinds.state": "States", "kinds.person": "People", "kinds.organisation": "Organisations", "kinds.bloc": "Blocs",
        "kinds.treaty": "Treaties", "kinds.agreement": "Agreements", "kinds.declaration": "Declarations",
        "kinds.resolution": "Resolutions", "kinds.charter": "Charters", "kinds.place": "Places", "kinds.event": "Events",
        "kinds.concept": "Concepts",
        "title.glossary": "Glossary", "title.sources": "Sources", "title.claims": "Claims by verdict",
        "title.claimsOfVerdict": "{verdict} claims", "title.tags": "Tags", "title.tag": "Tagged “{tag}”",
        "title.search": "Search", "title.notFound": "Page not found", "title.homePage": "{site} — page {number}",
        "claim.unmarked": "(not marked in the text)", "citedBy.claim": "claim {number}",
        "citedBy.citation": "citation {number}",
        "month.1": "January", "month.2": "February", "month.3": "March", "month.4": "April", "month.5": "May",
        "month.6": "June", "month.7": "July", "month.8": "August", "month.9": "September", "month.10": "October",
        "month.11": "November", "month.12": "December",
    ])

    /// The text for `key` with each `{name}` replaced; the key itself when the table lacks it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = words[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    public func verdict(_ status: ClaimStatus) -> String { text("verdict." + status.rawValue) }
    public func kind(_ kind: GlossaryKind) -> String { text("kind." + kind.rawValue) }
    public func kinds(_ kind: GlossaryKind) -> String { text("kinds." + kind.rawValue) }

    /// `5 November 2024`, `November 2024` or `2024`.
    public func date(_ date: PartialDate) -> String {
        guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
        let name = text("month.\(month)")
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day) \(name) \(date.year)"
    }
}
