extension ReferenceValidator {
    /// What a claim's verdict says against its own text, history and sources (DESIGN §7); every
    /// warning sits at the claim's id line.
    func checkTrust(of claim: Claim, sources: [String: Source], _ diagnostics: inout Diagnostics) {
        if claim.status == .supported && claim.correction != nil {
            diagnostics.warning("claim '\(claim.id)' is supported but has a correction", at: claim.location,
                                hint: "a corrected claim is 'incorrect' or 'disputed'")
        }
        if let last = claim.history.last, last.status != claim.status {
            diagnostics.warning("claim '\(claim.id)' has status '\(claim.status.rawValue)' but its last history entry says '\(last.status.rawValue)'",
                                at: claim.location, hint: "add a history entry for the current verdict")
        }
        if claim.confidence == .high {
            let cited = claim.sources.compactMap { sources[$0.id] }
            if !cited.isEmpty, cited.count == claim.sources.count, cited.allSatisfy(Self.isWeak) {
                diagnostics.warning("claim '\(claim.id)' has high confidence but rests only on reposts, state media, social posts or sources rated D to F",
                                    at: claim.location, hint: "cite a stronger source or lower the confidence")
            }
        }
    }

    /// A source that cannot carry a `high`-confidence claim on its own.
    static func isWeak(_ source: Source) -> Bool {
        (source.kind?.isWeak ?? false) || (source.reliability?.isWeak ?? false)
    }
}
