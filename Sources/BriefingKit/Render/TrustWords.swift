/// Every interface word the trust features print from Swift (DESIGN §7), in one place so that it can
/// move into a translation table. Words inside templates stay in the templates.
enum TrustWords {
    static let unrated = "unrated"
    static let repostOf = "repost of"
    static let reliability = "Reliability"
    static let unknownKind = "Other sources"
    static let methodologyTitle = "Methodology"
    static let correctionsTitle = "Corrections and updates"
    static let correctionsFeedTitle = "corrections and updates"

    /// What each verdict means, for `methodology/`.
    static func definition(of status: ClaimStatus) -> String {
        switch status {
        case .supported: "The evidence cited supports the claim as worded."
        case .disputed: "Credible sources disagree, or the evidence supports only part of the claim."
        case .incorrect: "The evidence contradicts the claim; its correction says what is true instead."
        case .unverified: "Not enough evidence either way yet; the verdict may change as evidence appears."
        case .opinion: "A judgement or forecast rather than a statement of fact: it is not rated."
        }
    }

    /// What each confidence level means, for `methodology/`.
    static func definition(of confidence: Confidence) -> String {
        switch confidence {
        case .low: "The verdict rests on thin or indirect evidence and may well change."
        case .moderate: "The verdict rests on credible evidence with gaps, or on sources that are not independent of each other."
        case .high: "The verdict rests on several independent, reliable sources."
        }
    }

    /// "confidence: high" as the claim notes print it.
    static func confidenceLabel(_ confidence: Confidence) -> String { "confidence: \(confidence.rawValue)" }

    /// The accessible name of a reliability letter's link ("Reliability B: usually reliable").
    static func gradeName(_ grade: Reliability) -> String { "\(reliability) \(grade.rawValue): \(grade.meaning)" }

    /// "1 claim" / "3 claims".
    static func claimCount(_ count: Int) -> String { count == 1 ? "1 claim" : "\(count) claims" }
}
