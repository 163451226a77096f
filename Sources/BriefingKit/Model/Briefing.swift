/// A calendar date as written in content: a year, a year and month, or a full day.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as written.
    public var description: String {
        var text = String(format4(year))
        if let month { text += "-" + format2(month) }
        if let day { text += "-" + format2(day) }
        return text
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}

public enum ClaimStatus: String, Sendable, CaseIterable, Hashable {
    case supported, disputed, incorrect, unverified, opinion
}

public enum Confidence: String, Sendable, CaseIterable, Hashable {
    case low, moderate, high
}

/// A claim defined in a briefing's front matter.
public struct Claim: Sendable {
    public var id: String
    public var status: ClaimStatus
    public var confidence: Confidence?
    public var sources: [IDReference]
    /// Inline Markdown.
    public var note: MarkdownSource?
    /// Inline Markdown: what is true instead.
    public var correction: MarkdownSource?
    /// Earlier verdicts, oldest first (the last one normally equals `status`).
    public var history: [ClaimHistoryEntry]
    /// Sources where the claim was made, when not in the briefing's `reviews`.
    public var appearance: [IDReference]
    /// Where the claim's id key is in the front matter.
    public var location: SourceLocation
    /// Ids the claim had before (`moved-from`): the page keeps `claim-<old>` and `note-<old>`.
    public var movedFrom: [IDReference] = []

    public init(id: String, status: ClaimStatus, confidence: Confidence? = nil, sources: [IDReference] = [],
                note: MarkdownSource? = nil, correction: MarkdownSource? = nil, history: [ClaimHistoryEntry] = [],
                appearance: [IDReference] = [], location: SourceLocation,
                movedFrom: [IDReference] = []) {
        self.id = id
        self.status = status
        self.confidence = confidence
        self.sources = sources
        self.note = note
        self.correction = correction
        self.history = history
        self.appearance = appearance
        self.location = location
        self.movedFrom = movedFrom
    }
}

/// `Content/briefings/<slug>.md`.
public struct Briefing: Sendable {
    public var slug: String
    public var path: String
    public var title: String
    public var date: PartialDate
    public var updated: PartialDate?
    public var authors: [String]
    public var summary: String?
    public var tags: [String]
    public var draft: Bool
    /// In front-matter order.
    public var claims: [Claim]
    /// The source whose claims the briefing checks (`reviews`).
    public var reviews: IDReference?
    /// Published corrections and updates, oldest first.
    public var updates: [BriefingUpdate]
    /// `timeline:` events in front-matter order.
    public var timeline: [TimelineEvent]
    public var body: MarkdownSource
    /// Slugs the briefing was published at before (`moved-from`): each gets a redirect page.
    public var movedFrom: [IDReference] = []

    public init(slug: String, path: String, title: String, date: PartialDate, updated: PartialDate? = nil,
                authors: [String] = [], summary: String? = nil, tags: [String] = [], draft: Bool = false,
                claims: [Claim] = [], reviews: IDReference? = nil, updates: [BriefingUpdate] = [],
                timeline: [TimelineEvent] = [], body: MarkdownSource,
                movedFrom: [IDReference] = []) {
        self.slug = slug
        self.path = path
        self.title = title
        self.date = date
        self.updated = updated
        self.authors = authors
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.claims = claims
        self.timeline = timeline
        self.reviews = reviews
        self.updates = updates
        self.body = body
        self.movedFrom = movedFrom
    }
}

extension Briefing {
    /// The date the page shows as "Updated": the later of `updated` and the last update's date.
    public var lastUpdated: PartialDate? {
        switch (updated, updates.last?.date) {
        case let (written?, logged?): max(written, logged)
        case let (written, logged): written ?? logged
        }
    }
}
