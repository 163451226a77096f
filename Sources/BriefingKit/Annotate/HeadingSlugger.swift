/// Turns heading text into element ids by DESIGN §3: lower-case, letters and digits of any script kept,
/// other runs → `-`; reserved prefixes get `section-`; repeats and template ids get `-2`, `-3`.
public struct HeadingSlugger {
    /// Ids the page templates use, which a heading must not take.
    public static let templateIDs: Set<String> = [
        "top", "main", "content", "toc", "toc-title", "claims", "claims-title", "site-header", "site-footer",
        "site-nav", "glossary-card", "article-title", "skip", "search", "search-input", "search-results",
        "mentions", "cited-by", "parties", "related", "sources", "updates", "updates-title",
        "timeline-heading", "timeline-title", "timeline-events", "relations-heading", "relations-title", "relations-list",
    ]
    static let reservedPrefixes = ["claim-", "note-", "cite-", "mention-", "source-", "update-", "fn-", "fnref-"]
    /// Ids of sections a page may gain later (DESIGN §8): a heading never takes them, so adding a first
    /// update or footnote never renames a published heading.
    static let reservedSlugs: Set<String> = ["updates", "footnotes", "claims"]

    private var used: Set<String>

    public init(reserved: Set<String> = HeadingSlugger.templateIDs) {
        used = reserved
    }

    /// The next heading's unique id.
    public mutating func slug(for text: String) -> String {
        var base = Self.baseSlug(text)
        if Self.reservedPrefixes.contains(where: base.hasPrefix) || Self.reservedSlugs.contains(base) { base = "section-" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func baseSlug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            let keep = properties.isAlphabetic || properties.numericType == .decimal
                || properties.generalCategory == .nonspacingMark && !slug.isEmpty
            if keep {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
