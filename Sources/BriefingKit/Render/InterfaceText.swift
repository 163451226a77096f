/// Every word Briefing itself prints on a page — verdict and kind names, page titles, labels,
/// month names — from one table, so that languages (DESIGN §8) are one more table, not a change to
/// every feature. Templates get the same table as `words`.
public struct InterfaceText: Sendable, Equatable {
    /// Key → text; `{name}` marks where a value goes.
    public var words: [String: String]

    /// The language the table is written in (`en`, `pt-br`): it picks the plural rule of `count`.
    public var language: String

    public init(language: String = "en", words: [String: String]) {
        self.language = language
        self.words = words
    }

    /// The built-in English table (with the trust features' words, `trustEnglish`, and the sentence,
    /// plural and date forms of `formsEnglish`).
    public static let english = InterfaceText(
        language: "en",
        words: coreEnglish.merging(trustEnglish) { core, _ in core }.merging(formsEnglish) { core, _ in core })

    private static let coreEnglish: [String: String] = [
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
        "footnote.section": "Footnotes", "footnote.backToReference": "Back to reference {number}",
        "month.1": "January", "month.2": "February", "month.3": "March", "month.4": "April", "month.5": "May",
        "month.6": "June", "month.7": "July", "month.8": "August", "month.9": "September", "month.10": "October",
        "month.11": "November", "month.12": "December",
        "shortMonth.1": "Jan", "shortMonth.2": "Feb", "shortMonth.3": "Mar", "shortMonth.4": "Apr", "shortMonth.5": "May",
        "shortMonth.6": "Jun", "shortMonth.7": "Jul", "shortMonth.8": "Aug", "shortMonth.9": "Sep", "shortMonth.10": "Oct",
        "shortMonth.11": "Nov", "shortMonth.12": "Dec",
        // Pictures (DESIGN §7): titles, link words, and the words inside the drawings.
        "picture.timelineOfBriefing": "Timeline of “{title}”", "picture.timelineOfEntry": "Timeline of {name}",
        "picture.everyEvent": "Every dated event", "picture.claim": "claim {number}",
        "picture.briefingClaim": "{briefing}, claim {number}", "picture.glossaryDate": "{entry}: {label}",
        "picture.party": "party", "picture.related": "related", "picture.parties": "parties",
        "picture.relatedPlural": "related", "picture.node": "{name} ({kind}, {relation})",
        "picture.kind.state": "state", "picture.kind.person": "person", "picture.kind.organisation": "organisation",
        "picture.kind.bloc": "bloc", "picture.kind.treaty": "treaty", "picture.kind.agreement": "agreement",
        "picture.kind.declaration": "declaration", "picture.kind.resolution": "resolution",
        "picture.kind.charter": "charter", "picture.kind.place": "place", "picture.kind.event": "event",
        "picture.kind.concept": "concept",
        // Glossary date labels (`dates: {in-force: …}`); a label not listed reads with its hyphens as spaces.
        "dateLabel.signed": "signed", "dateLabel.in-force": "in force", "dateLabel.ratified": "ratified",
        "dateLabel.founded": "founded", "dateLabel.joined": "joined", "dateLabel.left": "left",
        "dateLabel.adopted": "adopted", "dateLabel.expired": "expired",
        // Words the templates print, as {{{words.<key>}}}.
        "badge.draft": "Draft",
        "badge.scheduled": "Scheduled",
        "claim.confidence": "confidence:",
        "claim.correction": "Correction:",
        "claim.theEvidence": "the evidence",
        "claims.latest": "— latest",
        "claims.none": "No claim has this verdict.",
        "claims.title": "Claims and evidence",
        "entry.also": "Also:",
        "entry.keyDates": "Key dates",
        "entry.mentionedIn": "Mentioned in",
        "entry.parties": "Parties",
        "entry.partyTo": "Party to",
        "entry.related": "Related",
        "footer.builtWith": "Built with Briefing",
        "footer.feed": "Atom feed",
        "glossary.empty": "The glossary is empty.",
        "glossary.kinds": "Kinds",
        "glossary.lede": "The actors, instruments, places and events the briefings mention.",
        "home.empty": "No briefings yet.",
        "label.claimsByVerdict": "Claims by verdict",
        "label.sources": "Sources",
        "label.tags": "Tags",
        "nav.briefings": "Briefings",
        "nav.claims": "Claims",
        "nav.glossary": "Glossary",
        "nav.main": "Main",
        "nav.search": "Search",
        "nav.skip": "Skip to content",
        "nav.sources": "Sources",
        "nav.tags": "Tags",
        "nav.timeline": "Timeline",
        "nav.languages": "Languages",
        "notFound.home": "Go to the list of briefings",
        "notFound.lede": "There is no page at this address. It may have moved, or the link may be mistyped.",
        "notFound.title": "Page not found",
        "picture.connections": "Connections",
        "picture.timeline": "Timeline",
        "pagination.newer": "← Newer",
        "pagination.older": "Older →",
        "pagination.pages": "Pages",
        "redirect.moved": "Moved:",
        "search.help": "Results appear as you type; the last word counts as the start of a word. Arrow keys move through them; Enter opens one.",
        "search.label": "Search for",
        "search.lede": "The full text of the briefings, their claims and verdicts, their updates, the glossary, the sources and the other pages.",
        "search.resultsLabel": "Results",
        "search.more": "More results",
        "search.claimNumber": "Claim {number}",
        // search.js's words (handed to it as JSON in the page); `{query}`, `{shown}`, `{total}` are filled in there.
        "search.kind.briefing": "Briefing", "search.kind.section": "Section", "search.kind.claim": "Claim",
        "search.kind.term": "Glossary", "search.kind.source": "Source", "search.kind.page": "Page",
        "search.kind.update": "Update", "search.in": "In {title}",
        "search.noResults": "No results for “{query}”.",
        "search.firstOf": "The first {shown} of about {total} results for “{query}”.",
        "search.oneResult": "1 result for “{query}”.",
        "search.manyResults": "{shown} results for “{query}”.",
        "search.failed": "The search index could not be loaded.",
        "source.archived": "archived copy",
        "source.citedBy": "Cited by",
        "source.glossary": "Glossary:",
        "source.original": "original",
        "sources.empty": "No sources yet.",
        "sources.lede": "Everything the briefings cite, with what cites it.",
        "tags.empty": "No briefing has tags yet.",
        "timeline.empty": "No briefing or glossary entry has dated events yet.",
        "timeline.lede": "Every dated event in the briefings and the glossary, newest first in the list.",
        "timeline.title": "Timeline",
        "toc.title": "Contents",
        "word.and": "and",
    ]

    /// The text for `key` with each `{name}` replaced; the key itself when the table lacks it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var template = words[key] ?? key
        guard !values.isEmpty else { return template }
        // One pass over the table's text, on its bytes (a page asks for hundreds of these): a value
        // that itself holds `{name}` (an editor's title) is left as written, whatever order the
        // values come in; a `{` that opens no known name stays. A name is found by comparing its
        // bytes with the few values' names, not by making a string of it to hash.
        return template.withUTF8 { source in
            var text: [UInt8] = []
            text.reserveCapacity(source.count + 64)
            var index = 0
            while index < source.count {
                if source[index] == UInt8(ascii: "{"),
                   let close = source[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
                   let value = Self.value(named: UnsafeBufferPointer(rebasing: source[(index + 1)..<close]), in: values) {
                    text.append(contentsOf: value.utf8)
                    index = close + 1
                } else {
                    text.append(source[index])
                    index += 1
                }
            }
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// The value whose name is `name`'s bytes.
    private static func value(named name: UnsafeBufferPointer<UInt8>, in values: [String: String]) -> String? {
        for (key, value) in values where key.utf8.count == name.count && key.utf8.elementsEqual(name) { return value }
        return nil
    }

    /// The table as templates see it: `words.<group>.<name>` for each key `<group>.<name>`.
    public var templateValue: TemplateValue {
        var groups: [String: TemplateFields] = [:]
        for (key, text) in words {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            groups[parts[0], default: [:]][parts[1]] = .text(text)
        }
        var fields = TemplateFields()
        for (name, group) in groups.sorted(by: { $0.key < $1.key }) { fields[name] = .object(group) }
        return .object(fields)
    }

    public func verdict(_ status: ClaimStatus) -> String { text("verdict." + status.rawValue) }
    public func kind(_ kind: GlossaryKind) -> String { text("kind." + kind.rawValue) }
    public func kinds(_ kind: GlossaryKind) -> String { text("kinds." + kind.rawValue) }

    /// A glossary date's label as readers see it: the table's words for it, else the label with its
    /// hyphens read as spaces (`in-force` → `in force`).
    public func dateLabel(_ label: String) -> String {
        words["dateLabel." + label] ?? String(label.map { $0 == "-" ? " " : $0 })
    }
}
