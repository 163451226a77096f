/// Whether a published change to a briefing corrected a mistake or added something.
public enum UpdateKind: String, Sendable, CaseIterable, Hashable {
    case correction, update
}

/// One entry of a briefing's `updates:` (DESIGN §7), oldest first; numbered from 1 on the page.
public struct BriefingUpdate: Sendable {
    public var date: PartialDate
    public var kind: UpdateKind
    /// Inline Markdown: what changed and why.
    public var text: MarkdownSource
    /// Where the entry starts in the front matter.
    public var location: SourceLocation

    public init(date: PartialDate, kind: UpdateKind, text: MarkdownSource, location: SourceLocation) {
        self.date = date
        self.kind = kind
        self.text = text
        self.location = location
    }
}
