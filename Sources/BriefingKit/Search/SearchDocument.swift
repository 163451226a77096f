/// One thing a reader can find with search: a briefing, one of its sections or claims, a glossary
/// entry, a source. The renderer makes these from the annotated site; the index builder knows nothing else.
public struct SearchDocument: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case briefing, section, claim, term, source, page, update
    }

    /// A claim's verdict as its result shows it: the status (a CSS class) and its readable label.
    public struct Verdict: Sendable, Equatable {
        public var status: String
        public var label: String

        public init(status: String, label: String) {
            self.status = status
            self.label = label
        }
    }

    public var kind: Kind
    /// Relative to the site root, with the anchor the result opens at (`briefings/x/#claim-y`).
    public var url: String
    /// What the result is called: a briefing's or entry's name, a heading, a claim's marked text.
    public var title: String
    /// Words that weigh more than the text but less than the title: aliases, tags, a publisher, a verdict.
    public var keywords: [String]
    /// Plain text, blocks separated by newlines (long texts are cut into passages at them).
    public var text: String
    /// The title of the page it belongs to (a section's or claim's briefing).
    public var within: String?
    public var verdict: Verdict?

    public init(kind: Kind, url: String, title: String, keywords: [String] = [], text: String = "",
                within: String? = nil, verdict: Verdict? = nil) {
        self.kind = kind
        self.url = url
        self.title = title
        self.keywords = keywords
        self.text = text
        self.within = within
        self.verdict = verdict
    }

    /// How much a word in the title counts: pages' names above headings, headings above claims' text.
    var titleWeight: Int {
        switch kind {
        case .briefing, .term, .page: 16
        case .section: 12
        case .source: 8
        case .claim, .update: 5
        }
    }
}
