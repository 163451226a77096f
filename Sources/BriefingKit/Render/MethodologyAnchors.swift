/// The element ids of `methodology/`'s definitions (DESIGN §7), which verdict pills, confidence
/// labels and reliability letters across the site link to.
enum MethodologyAnchors {
    static let path = "methodology/"
    static func verdict(_ status: ClaimStatus) -> String { "verdict-\(status.rawValue)" }
    static func confidence(_ level: Confidence) -> String { "confidence-\(level.rawValue)" }
    static func reliability(_ grade: Reliability) -> String { "reliability-\(grade.rawValue.lowercased())" }
    static let unrated = "reliability-unrated"
    static func kind(_ kind: SourceKind) -> String { "kind-\(kind.rawValue)" }

    /// Every id the methodology template writes, which a heading of its introduction must not take.
    static let allIDs: Set<String> = {
        var ids: Set<String> = [unrated, "verdicts-title", "confidence-title", "reliability-title", "kinds-title"]
        ids.formUnion(ClaimStatus.allCases.map(verdict))
        ids.formUnion(Confidence.allCases.map(confidence))
        ids.formUnion(Reliability.allCases.map(reliability))
        ids.formUnion(SourceKind.allCases.map(kind))
        return ids
    }()
}
