/// One dated event of a briefing's `timeline:` list.
public struct TimelineEvent: Sendable, Equatable {
    public var date: PartialDate
    /// Inline Markdown: plain text inside the picture, with its links in the list.
    public var text: MarkdownSource
    /// A claim of the same briefing the event stands for; the event links to its first mark.
    public var claim: IDReference?
    /// A glossary entry the event is about; the entry's page shows the event.
    public var term: IDReference?
    /// Where the event's list item starts.
    public var location: SourceLocation

    public init(date: PartialDate, text: MarkdownSource, claim: IDReference? = nil, term: IDReference? = nil,
                location: SourceLocation) {
        self.date = date
        self.text = text
        self.claim = claim
        self.term = term
        self.location = location
    }
}

/// One labelled date of a glossary entry's `dates:` (`signed: 2024-06-19`).
public struct GlossaryDate: Sendable, Equatable {
    /// The label as written (`in-force`); pages read its hyphens as spaces.
    public var label: String
    public var date: PartialDate
    /// Where the label is.
    public var location: SourceLocation

    public init(label: String, date: PartialDate, location: SourceLocation) {
        self.label = label
        self.date = date
        self.location = location
    }

    /// The date as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var value: String { date.description }

    /// The label as readers see it: hyphens read as spaces (`in-force` → `in force`).
    public var readableLabel: String { String(label.map { $0 == "-" ? " " : $0 }) }
}
