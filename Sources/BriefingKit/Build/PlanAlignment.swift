/// The last plan's pages matched to a new plan's by path, without hashing every path: two plans
/// list the same paths in the same order except where pages came, went or changed their names
/// (a new briefing, the search index's content-named files), so they agree on a common start and
/// a common end, and only the stretch between is matched by path.
struct PlanAlignment {
    private let old: [Page]
    private let newCount: Int
    /// How many pages the two plans share at their start, and after that at their end.
    private let prefix: Int, suffix: Int
    /// The old plan's place of each page between the two, by path.
    private let oldBetween: [String: Int]
    /// The old plan's paths that the new plan lacks.
    let vanished: [String]

    init(old: [Page], new: [Page]) {
        let shorter = min(old.count, new.count)
        var prefix = 0
        while prefix < shorter, old[prefix].path == new[prefix].path { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix, old[old.count - 1 - suffix].path == new[new.count - 1 - suffix].path { suffix += 1 }
        let oldRange = prefix..<(old.count - suffix), newRange = prefix..<(new.count - suffix)
        var oldBetween: [String: Int] = [:]
        for index in oldRange { oldBetween[old[index].path] = index }
        // A path is in one plan once, so an old path between is either between in the new plan too
        // or gone: outside the stretch both plans hold the same paths.
        let newBetween = Set(newRange.lazy.map { new[$0].path })
        vanished = oldRange.lazy.map { old[$0].path }.filter { !newBetween.contains($0) }
        self.old = old
        self.newCount = new.count
        self.prefix = prefix
        self.suffix = suffix
        self.oldBetween = oldBetween
    }

    /// The last plan's input for `page`, the new plan's page number `index`; nil for a new path.
    func oldInput(for page: Page, at index: Int) -> PageInput? {
        if index < prefix { return old[index].input }
        if index >= newCount - suffix { return old[index - newCount + old.count].input }
        return oldBetween[page.path].map { old[$0].input }
    }
}
