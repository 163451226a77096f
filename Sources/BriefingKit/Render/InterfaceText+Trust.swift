/// The interface words of the trust features (DESIGN §7): grades, kinds, verdict histories,
/// corrections and the definitions `methodology/` shows. Kept apart from the main table so that a
/// translation can see at a glance which words belong to which feature.
extension InterfaceText {
    static let trustEnglish: [String: String] = [
        "title.methodology": "Methodology", "title.corrections": "Corrections and updates",
        "title.correctionsFeed": "{site} — corrections and updates",
        "claim.history": "Verdict history",
        "corrections.lede": "Every correction and update to a published briefing, newest first.",
        "corrections.followFeed": "Follow them as a feed", "corrections.empty": "No corrections or updates yet.",
        "corrections.all": "all corrections",
        "update.correction": "Correction", "update.update": "Update",
        "grade.unrated": "unrated", "grade.filter": "Show sources graded",
        "grade.any": "any grade", "grade.name": "Reliability {letter}: {meaning}",
        "sources.otherKinds": "Other sources",
        "methodology.verdicts": "Verdicts", "methodology.confidence": "Confidence",
        "methodology.confidenceLede": "How sure we are of a verdict, given the evidence cited.",
        "methodology.reliability": "Source reliability",
        "methodology.reliabilityLede": "Each source is graded on the NATO (Admiralty) scale, from A to F, by its record rather than by a single report.",
        "methodology.unrated": "We have not graded this source.", "methodology.kinds": "Kinds of source",
        "verdictDefinition.supported": "The evidence cited supports the claim as worded.",
        "verdictDefinition.disputed": "Credible sources disagree, or the evidence supports only part of the claim.",
        "verdictDefinition.incorrect": "The evidence contradicts the claim; its correction says what is true instead.",
        "verdictDefinition.unverified": "Not enough evidence either way yet; the verdict may change as evidence appears.",
        "verdictDefinition.opinion": "A judgement or forecast rather than a statement of fact: it is not rated.",
        "confidence.low": "low", "confidence.moderate": "moderate", "confidence.high": "high",
        "confidenceDefinition.low": "The verdict rests on thin or indirect evidence and may well change.",
        "confidenceDefinition.moderate": "The verdict rests on credible evidence with gaps, or on sources that are not independent of each other.",
        "confidenceDefinition.high": "The verdict rests on several independent, reliable sources.",
        "reliability.A": "completely reliable", "reliability.B": "usually reliable", "reliability.C": "fairly reliable",
        "reliability.D": "not usually reliable", "reliability.E": "unreliable", "reliability.F": "reliability cannot be judged",
        "reliabilityDefinition.A": "No doubt of authenticity, trustworthiness or competence; a history of complete reliability.",
        "reliabilityDefinition.B": "Minor doubt; a history of mostly valid information.",
        "reliabilityDefinition.C": "Doubt; has provided valid information in the past.",
        "reliabilityDefinition.D": "Significant doubt; has provided valid information only at times.",
        "reliabilityDefinition.E": "Lacking authenticity, trustworthiness and competence; a history of invalid information.",
        "reliabilityDefinition.F": "Not enough is known to judge the source.",
        "sourceKind.primary": "primary", "sourceKind.official": "official", "sourceKind.wire": "wire",
        "sourceKind.newspaper": "newspaper", "sourceKind.broadcaster": "broadcaster", "sourceKind.analysis": "analysis",
        "sourceKind.academic": "academic", "sourceKind.reference": "reference", "sourceKind.repost": "repost",
        "sourceKind.state-media": "state media", "sourceKind.social": "social",
        "sourceKinds.primary": "Primary documents", "sourceKinds.official": "Official statements",
        "sourceKinds.wire": "Wire services", "sourceKinds.newspaper": "Newspapers", "sourceKinds.broadcaster": "Broadcasters",
        "sourceKinds.analysis": "Analysis", "sourceKinds.academic": "Academic work", "sourceKinds.reference": "Reference works",
        "sourceKinds.repost": "Reposts", "sourceKinds.state-media": "State media", "sourceKinds.social": "Social media",
        "sourceKindDefinition.primary": "The document itself: a treaty's text, a resolution, a court record, a statement's full transcript.",
        "sourceKindDefinition.official": "What a government, an international body or an armed force says about itself or others.",
        "sourceKindDefinition.wire": "A news agency's report (AFP, AP, Reuters, Yonhap), written to be republished.",
        "sourceKindDefinition.newspaper": "An independent newspaper's or news site's own reporting.",
        "sourceKindDefinition.broadcaster": "An independent radio or television broadcaster's own reporting.",
        "sourceKindDefinition.analysis": "Commentary and analysis by a think tank, a journal or an expert.",
        "sourceKindDefinition.academic": "Peer-reviewed or scholarly work.",
        "sourceKindDefinition.reference": "An encyclopaedia, a database or another work of reference.",
        "sourceKindDefinition.repost": "A copy of another source's text, published elsewhere; it adds no evidence of its own.",
        "sourceKindDefinition.state-media": "An outlet under a state's editorial control.",
        "sourceKindDefinition.social": "A post on a social network or messaging channel.",
    ]

    public func confidence(_ level: Confidence) -> String { text("confidence." + level.rawValue) }
    public func updateKind(_ kind: UpdateKind) -> String { text("update." + kind.rawValue) }
    /// The kind in words, as citations print it ("state media").
    public func sourceKind(_ kind: SourceKind) -> String { text("sourceKind." + kind.rawValue) }
    /// Heading of the bibliography group of a kind; sources without one are "Other sources".
    public func sourceKinds(_ kind: SourceKind?) -> String {
        kind.map { text("sourceKinds." + $0.rawValue) } ?? text("sources.otherKinds")
    }
    /// The grade's name in the Admiralty code ("usually reliable").
    public func reliability(_ grade: Reliability) -> String { text("reliability." + grade.rawValue) }
    /// The accessible name of a reliability letter's link ("Reliability B: usually reliable").
    public func gradeName(_ grade: Reliability) -> String {
        text("grade.name", ["letter": grade.rawValue, "meaning": reliability(grade)])
    }
}
