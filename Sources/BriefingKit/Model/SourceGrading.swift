/// What kind of document a source is (DESIGN §7): it describes the document, not only the outlet,
/// so a treaty's text is `primary` wherever it is published. Its words are InterfaceText's
/// (`sourceKind.<raw>`, `sourceKinds.<raw>`, `sourceKindDefinition.<raw>`).
public enum SourceKind: String, Sendable, CaseIterable, Hashable {
    case primary, official, wire, newspaper, broadcaster, analysis, academic, reference, repost
    case stateMedia = "state-media"
    case social

    /// Kinds that add no independent evidence for a `high`-confidence claim on their own.
    public var isWeak: Bool { self == .repost || self == .stateMedia || self == .social }
}

/// The NATO/Admiralty grade of a source's reliability, A (completely reliable) to F (cannot be judged).
public enum Reliability: String, Sendable, CaseIterable, Hashable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    /// D, E and F: grades that do not carry a `high`-confidence claim on their own.
    public var isWeak: Bool { self >= .d }

    public static func < (a: Reliability, b: Reliability) -> Bool { a.rawValue < b.rawValue }
}
