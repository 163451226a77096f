/// One earlier verdict of a claim (`history:` in the front matter), oldest first.
public struct ClaimHistoryEntry: Sendable {
    public var date: PartialDate
    public var status: ClaimStatus
    /// Inline Markdown: what was known then.
    public var note: MarkdownSource?
    /// Where the entry starts in the front matter.
    public var location: SourceLocation

    public init(date: PartialDate, status: ClaimStatus, note: MarkdownSource? = nil, location: SourceLocation) {
        self.date = date
        self.status = status
        self.note = note
        self.location = location
    }
}
