/// What kind of document a source is (DESIGN §7): it describes the document, not only the outlet,
/// so a treaty's text is `primary` wherever it is published.
public enum SourceKind: String, Sendable, CaseIterable, Hashable {
    case primary, official, wire, newspaper, broadcaster, analysis, academic, reference, repost
    case stateMedia = "state-media"
    case social

    /// The kind in words, as citations print it ("state media").
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }

    /// Heading of the bibliography group of this kind.
    public var pluralLabel: String {
        switch self {
        case .primary: "Primary documents"
        case .official: "Official statements"
        case .wire: "Wire services"
        case .newspaper: "Newspapers"
        case .broadcaster: "Broadcasters"
        case .analysis: "Analysis"
        case .academic: "Academic work"
        case .reference: "Reference works"
        case .repost: "Reposts"
        case .stateMedia: "State media"
        case .social: "Social media"
        }
    }

    /// What the kind means, for `methodology/`.
    public var definition: String {
        switch self {
        case .primary: "The document itself: a treaty's text, a resolution, a court record, a statement's full transcript."
        case .official: "What a government, an international body or an armed force says about itself or others."
        case .wire: "A news agency's report (AFP, AP, Reuters, Yonhap), written to be republished."
        case .newspaper: "An independent newspaper's or news site's own reporting."
        case .broadcaster: "An independent radio or television broadcaster's own reporting."
        case .analysis: "Commentary and analysis by a think tank, a journal or an expert."
        case .academic: "Peer-reviewed or scholarly work."
        case .reference: "An encyclopaedia, a database or another work of reference."
        case .repost: "A copy of another source's text, published elsewhere; it adds no evidence of its own."
        case .stateMedia: "An outlet under a state's editorial control."
        case .social: "A post on a social network or messaging channel."
        }
    }

    /// Kinds that add no independent evidence for a `high`-confidence claim on their own.
    public var isWeak: Bool { self == .repost || self == .stateMedia || self == .social }
}

/// The NATO/Admiralty grade of a source's reliability, A (completely reliable) to F (cannot be judged).
public enum Reliability: String, Sendable, CaseIterable, Hashable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    /// The grade's name in the Admiralty code ("usually reliable").
    public var meaning: String {
        switch self {
        case .a: "completely reliable"
        case .b: "usually reliable"
        case .c: "fairly reliable"
        case .d: "not usually reliable"
        case .e: "unreliable"
        case .f: "reliability cannot be judged"
        }
    }

    /// What the grade means, for `methodology/`.
    public var definition: String {
        switch self {
        case .a: "No doubt of authenticity, trustworthiness or competence; a history of complete reliability."
        case .b: "Minor doubt; a history of mostly valid information."
        case .c: "Doubt; has provided valid information in the past."
        case .d: "Significant doubt; has provided valid information only at times."
        case .e: "Lacking authenticity, trustworthiness and competence; a history of invalid information."
        case .f: "Not enough is known to judge the source."
        }
    }

    /// D, E and F: grades that do not carry a `high`-confidence claim on their own.
    public var isWeak: Bool { self >= .d }

    public static func < (a: Reliability, b: Reliability) -> Bool { a.rawValue < b.rawValue }
}
