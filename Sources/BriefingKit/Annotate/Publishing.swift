import Foundation

/// Which briefings a build publishes: one rule, applied where the annotator picks the briefings to
/// render (so listings, feeds, sitemap, search, tags, claims and backlinks all follow it) and where
/// it checks `briefing:` links.
extension BuildOptions {
    /// Why `briefing` is left out of this build (`is a draft`, `is scheduled for …`), or nil.
    public func leftOutReason(_ briefing: Briefing) -> String? {
        if briefing.draft && !includeDrafts { return "is a draft" }
        if isScheduled(briefing) && !includeFuture { return "is scheduled for \(briefing.date)" }
        return nil
    }

    /// Whether `briefing` has a page in this build.
    public func publishes(_ briefing: Briefing) -> Bool { leftOutReason(briefing) == nil }

    /// Dated after `now`.
    public func isScheduled(_ briefing: Briefing) -> Bool { briefing.date > now }

    /// Whether its pages mark `briefing` "Scheduled" (the preview only).
    public func marksAsScheduled(_ briefing: Briefing) -> Bool { marksScheduled && isScheduled(briefing) }
}

extension PartialDate {
    /// Today's date in UTC: the default publishing date, the same wherever the build runs.
    public static func todayUTC(_ instant: Date = Date()) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return PartialDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// A `YYYY-MM-DD` date as `--now` takes it, or nil.
    public init?(fullDate text: String) {
        guard let date = ContentLoader.Rules.fullDate(text) else { return nil }
        self = date
    }
}
