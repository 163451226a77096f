/// The search index made after the other pages (the preview's rebuilds, DESIGN §5): a plan made
/// with `defersSearch` holds each language's last search files where the new ones go, and
/// `planDeferredSearch` puts the new ones in their place. Nothing else in a plan depends on the
/// search files (no listing, sitemap entry or anchor comes from them), so the plan with the new
/// files is the plan a full build makes.
struct DeferredSearch: Sendable {
    /// The views the index is made from.
    let views: PlanViews
    /// The language's folder (`fr/`), empty for the default language.
    let folder: String
    /// Where the last search files stand in the plan's pages.
    let range: Range<Int>
}

extension Planner {
    /// `pages` with the search files of every index in `deferred` made now in place of the last ones;
    /// how long the indexes took, and where the new files are in `pages`.
    static func planDeferredSearch(_ deferred: [DeferredSearch], into pages: inout [Page], memo: inout PlanMemo)
        -> (seconds: Double, ranges: [Range<Int>]) {
        var seconds = 0.0
        var ranges: [Range<Int>] = []
        // In plan order, each range moved by what the replacements before it added or took away.
        var shift = 0
        for slot in deferred.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            // Each memo changed in place (a copy taken out would copy the index's memo when changed).
            let made = slot.folder.isEmpty
                ? slot.views.searchFiles(memo: &memo.search[PlanViews.searchFolder, default: SearchMemo()])
                : slot.views.searchFiles(memo: &memo.languages[slot.folder, default: PlanMemo()]
                                             .search[PlanViews.searchFolder, default: SearchMemo()])
            seconds += made.seconds
            let start = slot.range.lowerBound + shift
            let standIns = start..<(slot.range.upperBound + shift)
            // Which languages have the search page was worked out over the whole plan: the stand-in's.
            let alternates = Dictionary(pages[standIns].compactMap { page in page.input.head.map { (page.path, $0.alternates) } },
                                        uniquingKeysWith: { first, _ in first })
            pages.replaceSubrange(standIns, with: made.pages.map { made in
                let page = slot.folder.isEmpty ? made : made.inFolder(slot.folder)
                guard var head = page.input.head, let known = alternates[page.path], head.alternates != known else { return page }
                head.alternates = known
                var input = page.input
                input.head = head
                return page.withInput(input)
            })
            ranges.append(start..<(start + made.pages.count))
            shift += made.pages.count - slot.range.count
        }
        return (seconds, ranges)
    }
}
